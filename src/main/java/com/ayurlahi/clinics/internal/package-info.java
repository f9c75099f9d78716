/**
 * The dev profile's demo clinics.
 */
@NullMarked
package com.ayurlahi.clinics.internal;

import org.jspecify.annotations.NullMarked;
