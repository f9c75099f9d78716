package com.ayurlahi.subscriptions.admin;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharge;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;

/**
 * Subscriptions and charges as Razorpay's reports leave them, made through the
 * aggregate's own factory and transitions at the times a test gives, and saved through
 * the repositories: the team's figures are read from such rows.
 */
final class SubscriptionRows {

	static final UUID FREE = UUID.fromString("0a7b0000-0000-4000-8000-000000000001");

	static final UUID CLINIC = UUID.fromString("0a7b0000-0000-4000-8000-000000000002");

	static final UUID CLINIC_PLUS = UUID.fromString("0a7b0000-0000-4000-8000-000000000003");

	private static final Duration CYCLE = Duration.ofDays(30);

	private static final AtomicLong PAYMENTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private final Subscriptions subscriptions;

	private final SubscriptionCharges charges;

	private final Plans plans;

	SubscriptionRows(Subscriptions subscriptions, SubscriptionCharges charges, Plans plans) {
		this.subscriptions = subscriptions;
		this.charges = charges;
		this.plans = plans;
	}

	Plan plan(UUID id) {
		return plans.findById(id).orElseThrow();
	}

	/**
	 * The subscription as the database has it now: the reconciliation job of any test
	 * context may have recorded a failed fetch on a seeded row meanwhile (its version
	 * moved on), which a save of the copy in hand would lose to.
	 */
	private Subscription fresh(Subscription seeded) {
		return subscriptions.findById(seeded.getId()).orElseThrow();
	}

	/** Made at {@code at}, waiting for the clinic to authorise it. */
	Subscription created(UUID clinicId, UUID planId, Instant at) {
		Subscription subscription = Subscription.create(clinicId, plan(planId), at, null, null, null, Actor.system(),
				at);
		subscription.madeAtGateway("sub_T" + PAYMENTS.incrementAndGet(), "https://rzp.io/i/test", at);
		return subscriptions.save(subscription);
	}

	/** Made and paid for at {@code at} by UPI AutoPay, a cycle from then. */
	Subscription active(UUID clinicId, UUID planId, Instant at) {
		Subscription subscription = Subscription.create(clinicId, plan(planId), at, null, null, null, Actor.system(),
				at);
		subscription.madeAtGateway("sub_T" + PAYMENTS.incrementAndGet(), "https://rzp.io/i/test", at);
		subscription.authenticated("UPI", at, at);
		subscription.active(at, at.plus(CYCLE), at.plus(CYCLE), 1, "UPI", at.plusSeconds(1), at.plusSeconds(1));
		return subscriptions.save(subscription);
	}

	/** A charge failed at {@code at}: past due. */
	Subscription pastDue(Subscription seeded, Instant at) {
		Subscription subscription = fresh(seeded);
		subscription.pending(at, at);
		return subscriptions.save(subscription);
	}

	/** Past due at {@code failedAt} and restricted at {@code restrictedAt}. */
	Subscription restricted(Subscription seeded, Instant failedAt, Instant restrictedAt) {
		Subscription subscription = fresh(seeded);
		subscription.pending(failedAt, failedAt);
		subscription.graceOver(Duration.between(failedAt, restrictedAt), restrictedAt);
		if (subscription.getStatus() != SubscriptionStatus.RESTRICTED) {
			throw new IllegalStateException("Not restricted: " + subscription.getStatus());
		}
		return subscriptions.save(subscription);
	}

	/** Cancelled at Razorpay at {@code at}. */
	Subscription cancelled(Subscription seeded, Instant at) {
		// a replaced subscription is cancelled at Razorpay in the background (the sandbox
		// does not know the seeded id, so that is recorded as failed): let it settle
		// first
		Subscription subscription = await().until(() -> fresh(seeded),
				settled -> !settled.isGatewayCancelDue() || settled.getGatewayError() != null);
		subscription.ended(SubscriptionStatus.CANCELLED, at, at);
		return subscriptions.save(subscription);
	}

	/**
	 * A plan change at {@code at} to {@code planId} taking effect at
	 * {@code effectiveFrom} (at once for an upgrade, the old cycle's end for a
	 * downgrade), authorised at once: the old subscription is replaced (cancelled at its
	 * cycle end).
	 */
	Subscription changed(Subscription old, UUID planId, Instant at, Instant effectiveFrom) {
		Subscription next = Subscription.create(old.getClinicId(), plan(planId), effectiveFrom, old.getCurrentEnd(),
				null, old, Actor.system(), at);
		next.madeAtGateway("sub_T" + PAYMENTS.incrementAndGet(), "https://rzp.io/i/test", at);
		next.authenticated("UPI", at, at);
		Subscription saved = subscriptions.save(next);
		Subscription replaced = fresh(old);
		replaced.replacedBy(saved, at);
		subscriptions.save(replaced);
		return saved;
	}

	/** The new subscription's first cycle started at {@code at}. */
	Subscription started(Subscription seeded, Instant at) {
		Subscription subscription = fresh(seeded);
		subscription.active(at, at.plus(CYCLE), at.plus(CYCLE), 1, "UPI", at, at);
		return subscriptions.save(subscription);
	}

	/**
	 * A charge of {@code amount} (GST included) at {@code at}, {@code refunded} of it.
	 */
	SubscriptionCharge charge(Subscription subscription, String amount, String taxableValue, Instant at,
			String refunded) {
		SubscriptionCharge charge = new SubscriptionCharge(subscription, SubscriptionCharge.Kind.RENEWAL,
				"pay_T" + PAYMENTS.incrementAndGet(), null, new BigDecimal(amount), new BigDecimal(taxableValue), at,
				at.plus(CYCLE), "UPI", at, at);
		if (new BigDecimal(refunded).signum() > 0) {
			charge.refunded(new BigDecimal(refunded));
		}
		return charges.save(charge);
	}

}
