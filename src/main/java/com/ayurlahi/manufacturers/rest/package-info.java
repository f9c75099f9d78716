/**
 * {@code /api/manufacturers}: manufacturer profiles over JSON, as in the API contract.
 */
@NullMarked
package com.ayurlahi.manufacturers.rest;

import org.jspecify.annotations.NullMarked;
