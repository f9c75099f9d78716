package com.ayurlahi.subscriptions.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Razorpay Subscriptions as the subscriptions module uses it: a plan per plan version,
 * and subscriptions to them that the clinic authorises on Razorpay's page, which Razorpay
 * then charges every cycle. One adapter talks to Razorpay through its SDK, the other is
 * the sandbox of the dev profile and the tests (an authorisation page marked SANDBOX,
 * cycles charged on a clock the tests can move, signed {@code subscription.*} webhooks).
 * Every call may throw {@link SubscriptionGatewayException}.
 */
public interface SubscriptionGateway {

	/**
	 * A monthly plan at Razorpay for {@code amountPaise} a cycle (GST included), with our
	 * plan version's id in its notes. Razorpay's plans can't be edited: a new price is a
	 * new plan.
	 */
	GatewayPlan createPlan(String name, String description, long amountPaise, Map<String, String> notes);

	/**
	 * A subscription to a Razorpay plan, for {@code totalCount} monthly cycles.
	 * @param startAt when the first cycle is charged (null: on authorisation)
	 * @param upfrontPaise charged on authorisation besides (an addon; 0: none)
	 * @param notes our subscription's and clinic's ids
	 */
	GatewaySubscription create(String gatewayPlanId, int totalCount, @Nullable Instant startAt, long upfrontPaise,
			String upfrontDescription, Map<String, String> notes);

	/** The subscription as Razorpay has it now. */
	GatewaySubscription fetch(String gatewaySubscriptionId);

	/**
	 * The payments Razorpay took for the subscription (its paid invoices), to record a
	 * charge whose webhook was lost.
	 */
	List<GatewayCharge> chargesOf(String gatewaySubscriptionId);

	/** Cancels it now, or at the end of the current cycle. */
	GatewaySubscription cancel(String gatewaySubscriptionId, boolean atCycleEnd);

	/** Pauses charging. */
	GatewaySubscription pause(String gatewaySubscriptionId);

	/** Resumes charging. */
	GatewaySubscription resume(String gatewaySubscriptionId);

	/**
	 * Refunds {@code amountPaise} of a subscription's payment; {@code notes} carry our
	 * charge's id. Its {@code refund.processed} webhook tells when the money went back.
	 */
	GatewayRefund refund(String gatewayPaymentId, long amountPaise, Map<String, String> notes);

	/** A Razorpay plan. */
	record GatewayPlan(String id, long amountPaise) {
	}

	/**
	 * A Razorpay subscription: {@code status} is created, authenticated, active, pending,
	 * halted, cancelled, completed, expired or paused; {@code shortUrl} is where the
	 * clinic authorises it; the times are null until known.
	 */
	record GatewaySubscription(String id, String planId, String status, String shortUrl, @Nullable Instant currentStart,
			@Nullable Instant currentEnd, @Nullable Instant chargeAt, @Nullable Instant endedAt, int paidCount,
			@Nullable String paymentMethod) {
	}

	/**
	 * A payment Razorpay took for a subscription.
	 *
	 * @param invoiceId Razorpay's invoice of the cycle (or of the authorisation)
	 * @param upfront whether it was the authorisation's upfront amount rather than a
	 * cycle
	 */
	record GatewayCharge(String paymentId, @Nullable String invoiceId, long amountPaise, String currency,
			@Nullable String method, Instant capturedAt, @Nullable Instant periodStart, @Nullable Instant periodEnd,
			boolean upfront) {
	}

	/**
	 * A refund of a subscription's payment: {@code status} is pending, processed or
	 * failed.
	 */
	record GatewayRefund(String id, String paymentId, long amountPaise, String status) {
	}

}
