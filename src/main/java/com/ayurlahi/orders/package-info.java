/**
 * Places and tracks orders. The module's API is this package:
 * <ul>
 * <li>{@link com.ayurlahi.orders.Cart} (the clinic's cart, kept in the database) and
 * {@link com.ayurlahi.orders.Checkout}, which turns it into one order per manufacturer,
 * each placed by {@link com.ayurlahi.orders.OrderPlacement}: the clinic's and the
 * manufacturer's checks, the products' checks, the order's terms from the clinic's plan
 * ({@link com.ayurlahi.orders.OrderAllowance}, which the subscriptions module implements:
 * it gives the order its dispute window), stock reserved, the lines frozen in a snapshot
 * with their tax, the order numbered, audited and announced, and last counted against the
 * plan (which may refuse it).</li>
 * <li>{@link com.ayurlahi.orders.OrderManagement}: what happens to an order once placed
 * (status changes through the strict status machine of
 * {@link com.ayurlahi.orders.OrderTransitions}, cancellations of the order or of single
 * items, whose stock goes back exactly once, and what the payments module reports about
 * its money) and the reads, each role seeing only the orders it may.</li>
 * <li>{@link com.ayurlahi.orders.OrderView} and friends ({@code OrderSummary},
 * {@code OrderFilter}, {@code OrderLine}, {@code Shipment}, the statuses): what other
 * modules and the pages work with. The {@code Order} aggregate, its items and its history
 * rows ({@code OrderHistoryEntry}) are package-private.</li>
 * <li>The events {@link OrderPlaced}, {@link OrderStatusChanged} and
 * {@link OrderItemCancelled}; every change is also audited in its transaction.</li>
 * </ul>
 * {@code web} holds the portal pages (cart, checkout, the three portals' order pages and
 * lists, sharing their order actions), {@code rest} the JSON API under
 * {@code /api/orders}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "clinics", "manufacturers", "products", "users" })
package com.ayurlahi.orders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
