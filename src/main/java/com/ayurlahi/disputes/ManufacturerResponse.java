package com.ayurlahi.disputes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The manufacturer's answer to a dispute: accept it (a refund in full, or a replacement
 * when {@code replacement} says how it ships), offer {@code lines}, or contest it with a
 * reason ({@code note}).
 */
public record ManufacturerResponse(Action action, List<OfferLine> lines, @Nullable String note,
		@Nullable Shipment replacement) {

	public ManufacturerResponse {
		lines = List.copyOf(lines);
	}

	public enum Action {

		ACCEPT, OFFER, CONTEST

	}

	/** How a replacement ships: carrier and tracking number. */
	public record Shipment(String carrier, String trackingNumber) {
	}

}
