/**
 * Places and tracks orders: the clinic's cart (kept in the database), checkout into one
 * order per manufacturer with the tax of each line frozen in a snapshot, stock reserved
 * as the order is placed and given back exactly once when it or an item is cancelled, and
 * the order's strict status machine ({@link com.ayurlahi.orders.OrderTransitions}) with
 * its history. Publishes {@link OrderPlaced}, {@link OrderStatusChanged} and
 * {@link OrderItemCancelled}; every change is audited in its transaction.
 */
@NullMarked
package com.ayurlahi.orders;

import org.jspecify.annotations.NullMarked;
