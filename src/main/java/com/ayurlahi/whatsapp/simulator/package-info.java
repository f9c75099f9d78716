/**
 * The embedded WhatsApp simulator, the development and test stand-in for Gupshup and a
 * user's phone (the WhatsApp counterpart of the payments sandbox). When
 * {@code ayurlahi.whatsapp.simulator.enabled} is true and no Gupshup API key is set, the
 * channel is {@link com.ayurlahi.whatsapp.simulator.SimulatedChannel}: it takes messages
 * as Gupshup would (or fails them as told), keeps them in an in-memory phone book and
 * reports their delivery to our own webhook as Gupshup's version 2 callbacks, over real
 * HTTP with the webhook token. Its page, {@code /dev/whatsapp}, is the user's phone: it
 * shows what the channel sent and posts what the user types or taps as Gupshup's
 * {@code message} callbacks. The prod profile refuses to start with it switched on.
 */
@NullMarked
package com.ayurlahi.whatsapp.simulator;

import org.jspecify.annotations.NullMarked;
