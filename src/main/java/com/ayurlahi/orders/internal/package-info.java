/**
 * Start-up work of the orders module: the dev profile's demo orders.
 */
@NullMarked
package com.ayurlahi.orders.internal;

import org.jspecify.annotations.NullMarked;
