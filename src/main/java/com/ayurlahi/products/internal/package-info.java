/**
 * Start-up work of the catalog: the dev profile's demo products.
 */
@NullMarked
package com.ayurlahi.products.internal;

import org.jspecify.annotations.NullMarked;
