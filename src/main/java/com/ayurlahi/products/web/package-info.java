/**
 * The catalog's portal pages: the manufacturer's products and stock import, the clinics'
 * catalog.
 */
@NullMarked
package com.ayurlahi.products.web;

import org.jspecify.annotations.NullMarked;
