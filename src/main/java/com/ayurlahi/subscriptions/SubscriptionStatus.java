package com.ayurlahi.subscriptions;

/**
 * Where a clinic's subscription at Razorpay stands, as we apply Razorpay's reports (and
 * our own grace period) to it.
 */
public enum SubscriptionStatus {

	/** Made at Razorpay, waiting for the clinic to authorise the mandate. */
	CREATED,
	/**
	 * The mandate is in place; the first cycle starts later (a plan change from the next
	 * cycle).
	 */
	AUTHENTICATED,
	/** Paid up. */
	ACTIVE,
	/**
	 * A charge failed and Razorpay retries it; the plan still applies until the grace
	 * period ends.
	 */
	PAST_DUE,
	/**
	 * Unpaid past the grace period, or Razorpay stopped retrying: the Free plan's
	 * features until paid.
	 */
	RESTRICTED,
	/** Cancelled: it ended. */
	CANCELLED,
	/** All its cycles were charged: it ended. */
	COMPLETED,
	/** Never authorised, and given up. */
	EXPIRED;

	/** Whether it has ended for good. */
	public boolean isEnded() {
		return this == CANCELLED || this == COMPLETED || this == EXPIRED;
	}

	/** Whether the mandate is in place and it has not ended: its plan may apply. */
	public boolean isLive() {
		return this == AUTHENTICATED || this == ACTIVE || this == PAST_DUE || this == RESTRICTED;
	}

	/** How the pages say it. */
	public String label() {
		return switch (this) {
			case CREATED -> "Waiting for authorisation";
			case AUTHENTICATED -> "Authorised";
			case ACTIVE -> "Active";
			case PAST_DUE -> "Past due";
			case RESTRICTED -> "Restricted";
			case CANCELLED -> "Cancelled";
			case COMPLETED -> "Completed";
			case EXPIRED -> "Expired";
		};
	}

}
