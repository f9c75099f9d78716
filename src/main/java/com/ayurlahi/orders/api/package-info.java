/**
 * {@code /api/orders}: placing, reading, moving and cancelling orders over JSON.
 */
@NullMarked
package com.ayurlahi.orders.api;

import org.jspecify.annotations.NullMarked;
