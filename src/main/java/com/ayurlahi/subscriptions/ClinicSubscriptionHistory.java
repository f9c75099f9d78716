package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A clinic's subscription history for the team: what applies to it now, its subscriptions
 * (newest first), their charges (newest first), the team's grants (latest first), and all
 * of it as one timeline, oldest first.
 */
public record ClinicSubscriptionHistory(UUID clinicId, String clinicName, Entitlement now,
		List<SubscriberRow> subscriptions, List<SubscriptionCharge> charges, List<PlanGrant> grants,
		List<Entry> timeline) {

	/** Whether a grant applies to the clinic now. */
	public boolean hasGrantNow() {
		return grants.stream().anyMatch(PlanGrant::applies);
	}

	/**
	 * One thing that happened.
	 *
	 * @param amount the money it took or gave back, GST included, if any
	 */
	public record Entry(Instant at, Kind kind, String text, @Nullable BigDecimal amount) {
	}

	/** What kind of thing happened. */
	public enum Kind {

		SUBSCRIBED, AUTHORISED, PAST_DUE, RESTRICTED, PAID_AGAIN, ENDED, CHARGED, GRANTED, REVOKED;

		public String label() {
			return switch (this) {
				case SUBSCRIBED -> "Subscribed";
				case AUTHORISED -> "Mandate authorised";
				case PAST_DUE -> "Past due";
				case RESTRICTED -> "Restricted";
				case PAID_AGAIN -> "Paid again";
				case ENDED -> "Ended";
				case CHARGED -> "Charged";
				case GRANTED -> "Granted";
				case REVOKED -> "Grant revoked";
			};
		}

	}

}
