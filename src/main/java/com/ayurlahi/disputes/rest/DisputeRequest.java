package com.ayurlahi.disputes.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.disputes.DisputeReason;
import com.ayurlahi.disputes.NewDispute;
import com.ayurlahi.common.validation.PlainText;

/**
 * {@code POST /api/disputes}: the order, the lines with units and reasons, what happened.
 */
record DisputeRequest(@NotNull @Nullable UUID orderId, @NotEmpty @Size(max = 100) @Valid @Nullable List<Line> lines,
		@NotBlank @Size(max = 2000) @PlainText(multiLine = true) @Nullable String description) {

	NewDispute toNewDispute() {
		return new NewDispute(orderId, lines.stream().map(Line::toLine).toList(), description);
	}

	record Line(@NotNull @Nullable UUID orderItemId, @NotNull @Min(1) @Max(100_000) @Nullable Integer quantity,
			@NotNull @Nullable DisputeReason reason) {

		NewDispute.Line toLine() {
			return new NewDispute.Line(orderItemId, quantity, reason);
		}

	}

}
