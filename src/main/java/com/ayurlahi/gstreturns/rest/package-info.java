/** The GST returns' JSON API. */
@NullMarked
package com.ayurlahi.gstreturns.rest;

import org.jspecify.annotations.NullMarked;
