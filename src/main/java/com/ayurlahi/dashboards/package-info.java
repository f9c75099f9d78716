/**
 * Dashboards: each portal's home tells its user what needs doing and how business goes.
 * The module's API is one read service per portal:
 * <ul>
 * <li>{@link com.ayurlahi.dashboards.TeamDashboard}: the team's counts of what needs a
 * person (each the size of a filtered list elsewhere) and the marketplace's figures;</li>
 * <li>{@link com.ayurlahi.dashboards.ManufacturerDashboard}: orders to pack and ship,
 * products running low, disputes to answer, sales and payouts, dispute rate;</li>
 * <li>{@link com.ayurlahi.dashboards.ClinicDashboard}: orders on their way, spend, the
 * products it orders often, open disputes and its plan's usage.</li>
 * </ul>
 * They only read, with indexed SQL over the other modules' tables (a reporting read
 * model: no entity of another module is loaded or changed). Daily figures come from
 * {@code daily_sales}, which a trigger on the append-only settlement ledger keeps up to
 * date in the transaction that settles a payment, so a page view reads at most a month of
 * rows per manufacturer whatever the number of orders. Charts are
 * {@link com.ayurlahi.dashboards.BarChart}s, drawn as SVG by the templates.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "profiles", "profiles::web", "users", "subscriptions" })
package com.ayurlahi.dashboards;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
