package com.ayurlahi.payments;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Razorpay's webhooks about subscriptions. They come to the payments module's one webhook
 * endpoint (one secret, one event store, one event id each) but are the subscriptions
 * module's to act on: it implements this, and the payments module calls it in the
 * transaction that applies the stored event, recording what it returns as the event's
 * outcome. Without an implementation such events are stored and ignored.
 */
public interface SubscriptionEvents {

	/**
	 * Whether the event is about subscriptions: a {@code subscription.*} event, or a
	 * refund event whose notes name a subscription charge.
	 */
	boolean concerns(String eventType, JsonNode root);

	/** Applies the event (its whole body, as Razorpay sent it). */
	Applied apply(String eventId, String eventType, JsonNode root);

	/** What applying it did, and why when that needs saying. */
	record Applied(Outcome outcome, @Nullable String detail) {
	}

	/** The outcomes a subscription event may have (they map onto the stored event's). */
	enum Outcome {

		/** It moved a subscription or recorded a charge or refund. */
		APPLIED,
		/** It told nothing new (older than what was applied, or repeated). */
		NO_CHANGE,
		/** It names a subscription or charge that is not ours. */
		UNKNOWN,
		/** Something does not add up: a person must look. */
		FLAGGED,
		/** Not an event acted on. */
		IGNORED

	}

}
