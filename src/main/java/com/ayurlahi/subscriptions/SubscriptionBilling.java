package com.ayurlahi.subscriptions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.subscriptions.PlanChangeQuote.Kind;
import com.ayurlahi.subscriptions.internal.BillingLocks;
import com.ayurlahi.subscriptions.internal.GatewaySubscriptionMaker;
import com.ayurlahi.subscriptions.internal.SubscriptionTaxes;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * A clinic owner subscribing, changing plan and cancelling (the rules are
 * {@link PlanChanges}'). The decision and the new subscription (waiting for
 * authorisation) are recorded in one transaction under the clinic's billing lock;
 * Razorpay is asked to make the subscription after that has committed, outside any
 * transaction, and its answer is recorded in a second one
 * ({@link GatewaySubscriptionMaker}). Cancelling and replacing are told to Razorpay after
 * commit as well, from the subscription's own events.
 */
@Service
public class SubscriptionBilling {

	private final ClinicManagement clinics;

	private final Subscriptions subscriptions;

	private final Plans plans;

	private final BillingLocks locks;

	private final SubscriptionTaxes taxes;

	private final GatewaySubscriptionMaker maker;

	private final TransactionTemplate transaction;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	SubscriptionBilling(ClinicManagement clinics, Subscriptions subscriptions, Plans plans, BillingLocks locks,
			SubscriptionTaxes taxes, GatewaySubscriptionMaker maker, PlatformTransactionManager transactions,
			Clock clock) {
		this.clinics = clinics;
		this.subscriptions = subscriptions;
		this.plans = plans;
		this.locks = locks;
		this.taxes = taxes;
		this.maker = maker;
		this.transaction = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/**
	 * What choosing the plan would do for the user's clinic now, for its confirmation.
	 */
	public PlanChangeQuote quote(AuthenticatedUser user, UUID planId) {
		return readOnly.execute(status -> {
			Clinic clinic = approvedClinic(user);
			return decide(true, clinic, plan(planId), clock.instant());
		});
	}

	/**
	 * A first subscription (or one after the trial, the Free plan or a restriction) to
	 * the plan: the clinic goes on to authorise it at Razorpay. A subscription to the
	 * same plan that waits for authorisation already is answered instead of a second one.
	 */
	public SubscriptionStart subscribe(AuthenticatedUser user, UUID planId) {
		PlanChangeResult result = choose(user, planId, false);
		if (result.start() == null) {
			throw new IllegalStateException("A subscription started nothing");
		}
		return result.start();
	}

	/**
	 * A change to the plan: an upgrade at once (the rest of the cycle charged on
	 * authorisation), a downgrade from the end of the paid cycle, the Free plan by
	 * cancelling at the end of the cycle; without a paid-up subscription, as
	 * {@link #subscribe}.
	 */
	public PlanChangeResult change(AuthenticatedUser user, UUID planId) {
		return choose(user, planId, true);
	}

	/**
	 * Cancels the clinic's subscription: a paid-up one at the end of its paid cycle when
	 * {@code atCycleEnd} (its plan applies until then), any other at once; a subscription
	 * waiting for authorisation is given up, and a plan change not started yet is
	 * cancelled at once. Nothing is refunded.
	 */
	public Cancellation cancel(AuthenticatedUser user, boolean atCycleEnd) {
		Actor actor = actorOf(user);
		return transaction.execute(status -> {
			Clinic clinic = ownedClinic(user);
			locks.lock(clinic.getId());
			Instant now = clock.instant();
			List<Subscription> all = subscriptions.findByClinicIdOrderByCreatedAtDesc(clinic.getId());
			Subscription current = Entitlements.current(all, now);
			List<Subscription> changed = new ArrayList<>();
			Instant until = null;
			for (Subscription subscription : all) {
				if (subscription.getStatus() == SubscriptionStatus.CREATED) {
					subscription.expire("Cancelled by the clinic before it was authorised", now);
					changed.add(subscription);
				}
				else if (subscription.getStatus().isLive()) {
					boolean paidUp = subscription.getStatus() == SubscriptionStatus.ACTIVE
							&& subscription.getCurrentEnd() != null && subscription.getCurrentEnd().isAfter(now);
					boolean keepsItsCycle = atCycleEnd && paidUp
							&& (subscription == current || subscription.getReplacedById() != null);
					if (!keepsItsCycle) {
						subscription.cancelNow(actor, now);
						changed.add(subscription);
					}
					else {
						until = subscription.getCurrentEnd();
						if (!subscription.isCancelAtCycleEnd()) {
							subscription.cancelAtCycleEnd(actor, now);
							changed.add(subscription);
						}
					}
				}
			}
			if (changed.isEmpty()) {
				throw new ConflictException("atCycleEnd",
						until != null
								? "Your subscription is cancelled already: it ends on " + BillingDates.day(until) + "."
								: "You have no subscription to cancel.");
			}
			subscriptions.saveAll(changed);
			return new Cancellation(until,
					until == null
							? "Your subscription is cancelled; the Free plan's limits apply once Razorpay confirms."
							: "Your subscription is cancelled: it applies until " + BillingDates.day(until)
									+ ", then the Free plan's limits apply.");
		});
	}

	private PlanChangeResult choose(AuthenticatedUser user, UUID planId, boolean change) {
		Actor actor = actorOf(user);
		Decided decided = transaction.execute(status -> {
			Clinic clinic = approvedClinic(user);
			locks.lock(clinic.getId());
			Instant now = clock.instant();
			PlanChangeQuote quote = decide(change, clinic, plan(planId), now);
			Subscription subject = quote.subject();
			if (quote.kind() == Kind.CONTINUE_WAITING && subject != null) {
				return new Decided(quote, subject.getId());
			}
			if (quote.kind() == Kind.CANCEL && subject != null) {
				if (quote.effectiveFrom() != null) {
					subject.cancelAtCycleEnd(actor, now);
				}
				else {
					subject.cancelNow(actor, now);
				}
				subscriptions.save(subject);
				return new Decided(quote, null);
			}
			Subscription created = Subscription.create(clinic.getId(), quote.plan(),
					quote.effectiveFrom() == null ? now : quote.effectiveFrom(), quote.startsAt(),
					quote.upfront() != null && quote.upfront().chargesAnything() ? quote.upfront().charge().total()
							: null,
					subject, actor, now);
			return new Decided(quote, subscriptions.save(created).getId());
		});
		SubscriptionStart start = decided.subscriptionId() == null ? null : maker.make(decided.subscriptionId());
		return new PlanChangeResult(decided.quote(), start);
	}

	private PlanChangeQuote decide(boolean change, Clinic clinic, Plan plan, Instant now) {
		List<Subscription> all = subscriptions.findByClinicIdOrderByCreatedAtDesc(clinic.getId());
		return PlanChanges.decide(change, plan, all, this::knownPlan, now, taxes.gstRate(), taxes.typeFor(clinic));
	}

	private Clinic approvedClinic(AuthenticatedUser user) {
		Clinic clinic = ownedClinic(user);
		if (clinic.getStatus() != ApprovalStatus.APPROVED) {
			throw new ConflictException("planId", "Your clinic can subscribe once the Ayurlahi team has approved its "
					+ "profile (it is " + clinic.getStatus().label().toLowerCase() + ").");
		}
		return clinic;
	}

	private Clinic ownedClinic(AuthenticatedUser user) {
		if (user.role() != Role.CLINIC) {
			throw new AccessDeniedException("Only clinics subscribe to plans");
		}
		return clinics.findOwnedBy(user.id())
			.orElseThrow(() -> new ConflictException(
					"Create your clinic profile first; you can subscribe once it is " + "approved."));
	}

	private Plan plan(UUID planId) {
		return plans.findById(planId).orElseThrow(() -> new InvalidInputException("planId", "There is no such plan."));
	}

	private Plan knownPlan(UUID planId) {
		return plans.findById(planId).orElseThrow(() -> new IllegalStateException("Plan " + planId + " is missing."));
	}

	private static Actor actorOf(AuthenticatedUser user) {
		return Actor.user(user.id(), user.role().name());
	}

	/** What a change did: its quote, and the subscription it started, if any. */
	public record PlanChangeResult(PlanChangeQuote quote, @Nullable SubscriptionStart start) {
	}

	/**
	 * A cancellation: {@code until} when the plan still applies until the end of the paid
	 * cycle, null when it was cancelled at once.
	 */
	public record Cancellation(@Nullable Instant until, String message) {
	}

	private record Decided(PlanChangeQuote quote, @Nullable UUID subscriptionId) {
	}

}
