/**
 * The orders' portal pages: the clinic's cart, checkout and orders, the manufacturer's
 * order queue, and the admin console's orders.
 */
@NullMarked
package com.ayurlahi.orders.web;

import org.jspecify.annotations.NullMarked;
