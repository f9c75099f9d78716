/**
 * {@code /api/orders}: placing, reading, moving and cancelling orders over JSON. The JSON
 * controller and its request and response records; internal to the orders module (other
 * modules use the module's top-level API).
 */
@NullMarked
package com.ayurlahi.orders.rest;

import org.jspecify.annotations.NullMarked;
