package com.ayurlahi.subscriptions.gateway;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The subscription and what its page shows besides: the plan's name and monthly amount,
 * the upfront amount, what authorising charges, how many charges are to fail, and the
 * payments taken.
 */
record SandboxSubscriptionPage(SandboxSubscription.State subscription, String planName, long monthlyPaise,
		long upfrontPaise, long dueNowPaise, int failuresToCome, List<SandboxCharge> charges) {

	public BigDecimal monthly() {
		return BigDecimal.valueOf(monthlyPaise, 2);
	}

	public BigDecimal upfront() {
		return BigDecimal.valueOf(upfrontPaise, 2);
	}

	public BigDecimal dueNow() {
		return BigDecimal.valueOf(dueNowPaise, 2);
	}

	public boolean awaitsAuthorisation() {
		return "created".equals(subscription.status());
	}

	public boolean hasChargeToBringForward() {
		return List.of("authenticated", "active", "pending").contains(subscription.status());
	}

	public boolean canBePaidNow() {
		return "pending".equals(subscription.status()) || "halted".equals(subscription.status());
	}

	/** What the method the mandate was authorised with is called on the page. */
	public @Nullable String methodLabel() {
		String kind = RazorpayMethods.kindOf(subscription.method());
		return kind == null ? null : SandboxSubscriptions.Method.valueOf(kind).label();
	}

}
