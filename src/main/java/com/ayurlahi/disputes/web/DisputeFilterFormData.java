package com.ayurlahi.disputes.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.disputes.DisputeFilter;
import com.ayurlahi.disputes.DisputeReason;
import com.ayurlahi.disputes.DisputeStatus;

/**
 * The team's dispute filters as the page sends them, read leniently: a status or reason
 * the page does not know shows all; {@code status=OPEN} shows those still waiting.
 */
record DisputeFilterFormData(@Nullable String status, @Nullable String reason, @Nullable String overdue) {

	DisputeFilter toFilter() {
		DisputeStatus chosen = Arrays.stream(DisputeStatus.values())
			.filter(candidate -> candidate.name().equals(status))
			.findFirst()
			.orElse(null);
		DisputeReason why = Arrays.stream(DisputeReason.values())
			.filter(candidate -> candidate.name().equals(reason))
			.findFirst()
			.orElse(null);
		return new DisputeFilter(chosen, "OPEN".equals(status), why, null, null, "true".equals(overdue));
	}

}
