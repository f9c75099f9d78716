/**
 * The dev profile's demo manufacturers.
 */
@NullMarked
package com.ayurlahi.manufacturers.internal;

import org.jspecify.annotations.NullMarked;
