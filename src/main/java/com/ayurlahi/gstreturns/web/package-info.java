/** The GST returns pages of the manufacturer portal and the admin console. */
@NullMarked
package com.ayurlahi.gstreturns.web;

import org.jspecify.annotations.NullMarked;
