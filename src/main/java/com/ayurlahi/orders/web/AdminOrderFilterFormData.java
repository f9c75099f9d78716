package com.ayurlahi.orders.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import com.ayurlahi.orders.OrderFilter;
import com.ayurlahi.orders.OrderStatus;

/**
 * The admin console's order list filters, all optional: the status, text in the clinic's
 * or the manufacturer's name, and the days the orders were placed on. A value that names
 * no status, or a date that is not one, filters nothing.
 */
record AdminOrderFilterFormData(@Nullable OrderStatus status, @Nullable String clinic, @Nullable String manufacturer,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

	OrderFilter toFilter() {
		Set<OrderStatus> statuses = status == null ? Set.of() : EnumSet.of(status);
		return new OrderFilter(statuses, clinic, manufacturer, null, from, to);
	}
}
