package com.ayurlahi.orders;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which orders a list shows: any of {@code statuses} (all when empty), a clinic's or
 * manufacturer's name containing the given text, an order number containing
 * {@code number}, and placed on or between the given days (in India).
 */
public record OrderFilter(Set<OrderStatus> statuses, @Nullable String clinic, @Nullable String manufacturer,
		@Nullable String number, @Nullable LocalDate from, @Nullable LocalDate to) {

	public static OrderFilter all() {
		return new OrderFilter(Set.of(), null, null, null, null, null);
	}

	public static OrderFilter of(Set<OrderStatus> statuses) {
		return new OrderFilter(statuses, null, null, null, null, null);
	}
}
