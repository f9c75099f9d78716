/**
 * The WhatsApp API: Gupshup's callbacks, number verification, and the team's message log.
 */
@NullMarked
package com.ayurlahi.whatsapp.rest;

import org.jspecify.annotations.NullMarked;
