/**
 * Invoices in the portals: lists, an order's documents, PDF downloads and the HTML view.
 */
@NullMarked
package com.ayurlahi.invoices.web;

import org.jspecify.annotations.NullMarked;
