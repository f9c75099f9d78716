/**
 * The dashboards' dev-profile demo history.
 */
@NullMarked
package com.ayurlahi.dashboards.internal;

import org.jspecify.annotations.NullMarked;
