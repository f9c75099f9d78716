/**
 * The orders' portal pages: the clinic's cart, checkout and orders, the manufacturer's
 * order queue, and the admin console's orders. The three order pages share
 * {@link com.ayurlahi.orders.web.OrderActions} (a status change with its shipment,
 * cancelling the order, cancelling an item, the order on its page), whose forms are
 * records shown again with a refusal next to its field; the lists read their filters from
 * records too. htmx actions (the queue's moves, the cart's lines, adding to the cart)
 * leave their refusals to the portals' exception handler, which puts them in the form's
 * error slot.
 */
@NullMarked
package com.ayurlahi.orders.web;

import org.jspecify.annotations.NullMarked;
