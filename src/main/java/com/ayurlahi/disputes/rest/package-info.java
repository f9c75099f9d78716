/**
 * The JSON API of disputes under {@code /api/disputes}.
 */
@NullMarked
package com.ayurlahi.disputes.rest;

import org.jspecify.annotations.NullMarked;
