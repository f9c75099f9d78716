package com.ayurlahi.orders.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import com.ayurlahi.common.web.Pages;
import com.ayurlahi.common.web.RequestParams;
import com.ayurlahi.orders.OrderStatus;

/**
 * Reading the filters of an order list from a portal link, leniently: what names nothing
 * filters nothing.
 */
final class OrderListParams {

	static final int PAGE_SIZE = 20;

	private OrderListParams() {
	}

	static Set<OrderStatus> status(@Nullable String status) {
		OrderStatus one = RequestParams.constant(OrderStatus.class, status);
		return one == null ? Set.of() : EnumSet.of(one);
	}

	static @Nullable LocalDate date(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	static Pageable page(int page) {
		return PageRequest.of(Pages.bounded(page), PAGE_SIZE);
	}

}
