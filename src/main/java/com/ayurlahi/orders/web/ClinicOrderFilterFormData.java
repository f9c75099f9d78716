package com.ayurlahi.orders.web;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.orders.OrderFilter;
import com.ayurlahi.orders.OrderStatus;

/**
 * The clinic's order list filter: one status, or all orders. A value that names no status
 * filters nothing.
 */
record ClinicOrderFilterFormData(@Nullable OrderStatus status) {

	OrderFilter toFilter() {
		return OrderFilter.of(status == null ? Set.of() : EnumSet.of(status));
	}
}
