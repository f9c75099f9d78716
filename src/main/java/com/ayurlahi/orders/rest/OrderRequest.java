package com.ayurlahi.orders.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderPlacement;

/**
 * {@code POST /api/orders}: products of one manufacturer and, optionally, where they go
 * (the clinic's own address otherwise).
 */
record OrderRequest(
		@NotEmpty(
				message = "must list at least one item") @Size(max = OrderPlacement.MAX_LINES,
						message = "must have at most 100 items") @Nullable List<@Valid @NotNull(
								message = "must not be null") Item> items,
		@Valid @Nullable AddressJson shippingAddress) {

	List<OrderLine> lines() {
		return items == null ? List.of()
				: items.stream().map(item -> new OrderLine(item.productId(), item.quantity())).toList();
	}

	record Item(@NotNull(message = "is required") UUID productId, int quantity) {
	}
}
