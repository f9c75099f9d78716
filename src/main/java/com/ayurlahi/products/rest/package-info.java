/**
 * {@code /api/products}: the catalog over JSON.
 */
@NullMarked
package com.ayurlahi.products.rest;

import org.jspecify.annotations.NullMarked;
