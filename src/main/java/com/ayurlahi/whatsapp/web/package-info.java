/**
 * The portals' WhatsApp pages: a clinic's or manufacturer's number and notifications.
 */
@NullMarked
package com.ayurlahi.whatsapp.web;

import org.jspecify.annotations.NullMarked;
