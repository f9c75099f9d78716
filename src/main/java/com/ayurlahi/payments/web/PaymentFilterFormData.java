package com.ayurlahi.payments.web;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.web.RequestParams;
import com.ayurlahi.payments.PaymentStatus;

/**
 * The team's payments list filters, both optional: a status (every status when empty, or
 * when it names none, as an old bookmark might) and whether only the payments flagged for
 * review are shown.
 */
record PaymentFilterFormData(@Nullable String status, @Nullable Boolean flagged) {

	/** The status chosen, or {@code null} for every status. */
	@Nullable PaymentStatus chosenStatus() {
		return RequestParams.constant(PaymentStatus.class, status);
	}

	boolean flaggedOnly() {
		return Boolean.TRUE.equals(flagged);
	}

	static PaymentFilterFormData none() {
		return new PaymentFilterFormData(null, null);
	}

}
