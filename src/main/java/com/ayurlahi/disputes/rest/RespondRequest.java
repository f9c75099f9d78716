package com.ayurlahi.disputes.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.disputes.ManufacturerResponse;
import com.ayurlahi.common.validation.PlainText;

/**
 * {@code POST /api/disputes/{id}/respond}: ACCEPT (with {@code replacement} to ship the
 * units again), OFFER with {@code lines}, or CONTEST with a {@code note}.
 */
record RespondRequest(@NotNull ManufacturerResponse.@Nullable Action action,
		@Size(max = 100) @Valid @Nullable List<OfferLineRequest> lines,
		@Size(max = 1000) @PlainText(multiLine = true) @Nullable String note,
		@Valid @Nullable Replacement replacement) {

	ManufacturerResponse toResponse() {
		return new ManufacturerResponse(action,
				lines == null ? List.of() : lines.stream().map(OfferLineRequest::toOfferLine).toList(), note,
				replacement == null ? null : new ManufacturerResponse.Shipment(String.valueOf(replacement.carrier()),
						String.valueOf(replacement.trackingNumber())));
	}

	record Replacement(@Size(max = 60) @PlainText @Nullable String carrier,
			@Size(max = 60) @PlainText @Nullable String trackingNumber) {
	}

}
