/**
 * The WhatsApp module's own: the Gupshup adapter and the callback parser, and the choice
 * of channel by configuration (Gupshup, the simulator or off).
 */
@NullMarked
package com.ayurlahi.whatsapp.internal;

import org.jspecify.annotations.NullMarked;
