/**
 * {@code /api/clinics}: clinic profiles over JSON, as in the API contract.
 */
@NullMarked
package com.ayurlahi.clinics.rest;

import org.jspecify.annotations.NullMarked;
