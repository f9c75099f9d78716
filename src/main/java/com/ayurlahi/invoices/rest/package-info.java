/**
 * {@code /api/invoices}: invoices and credit notes as JSON and PDF.
 */
@NullMarked
package com.ayurlahi.invoices.rest;

import org.jspecify.annotations.NullMarked;
