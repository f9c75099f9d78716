package com.ayurlahi.disputes.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.disputes.Decision;
import com.ayurlahi.disputes.DisputeResolution;
import com.ayurlahi.common.validation.PlainText;

/**
 * {@code POST /api/disputes/{id}/decide}: the resolution, lines (for amounts), a note.
 */
record DecideRequest(@NotNull @Nullable DisputeResolution resolution,
		@Size(max = 100) @Valid @Nullable List<OfferLineRequest> lines,
		@Size(max = 1000) @PlainText(multiLine = true) @Nullable String note) {

	Decision toDecision() {
		return new Decision(resolution,
				lines == null ? List.of() : lines.stream().map(OfferLineRequest::toOfferLine).toList(), note);
	}

}
