/**
 * {@code /api/products}: the catalog over JSON.
 */
@NullMarked
package com.ayurlahi.products.api;

import org.jspecify.annotations.NullMarked;
