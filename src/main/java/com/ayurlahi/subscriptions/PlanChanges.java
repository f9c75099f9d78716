package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.subscriptions.PlanChangeQuote.Kind;
import com.ayurlahi.subscriptions.internal.Proration;

/**
 * The rules of choosing a plan, from the clinic's subscriptions as they stand (see the
 * module's documentation for why every change is a new subscription):
 * <ul>
 * <li>without a live subscription (Free, the trial) or with a restricted one: a new
 * subscription at once, the first cycle charged on authorisation;</li>
 * <li>from a paid-up subscription: a dearer plan applies at once, charged the prorated
 * difference for the rest of the cycle on authorisation and its own price from the end of
 * the cycle; a cheaper plan (or the same plan after a cancellation) from the end of the
 * cycle; the Free plan cancels at the end of the cycle;</li>
 * <li>from a past-due subscription: a new one at once, the unpaid one cancelled.</li>
 * </ul>
 * Refused, with the field {@code planId}: a retired plan, the plan the clinic has, a
 * second subscription while one waits for authorisation (the same plan returns the
 * waiting one instead), and a change while the last one is still under way.
 */
final class PlanChanges {

	private PlanChanges() {
	}

	/**
	 * What choosing {@code plan} does now.
	 * @param change whether the clinic changes plan (rather than subscribing: a clinic
	 * with a paid-up subscription is told to change instead)
	 * @param all the clinic's subscriptions, newest first
	 */
	static PlanChangeQuote decide(boolean change, Plan plan, List<Subscription> all, Function<UUID, Plan> plans,
			Instant now, BigDecimal gstRate, TaxType type) {
		BigDecimal monthlyTotal = GstCalculator.line(plan.getMonthlyPrice(), 1, gstRate, type).total();
		if (plan.isRetired()) {
			throw refusal("The " + plan.getName() + " plan takes no new subscribers.");
		}
		Optional<Subscription> waiting = all.stream()
			.filter(subscription -> subscription.getStatus() == SubscriptionStatus.CREATED)
			.findFirst();
		if (waiting.isPresent()) {
			Subscription subscription = waiting.get();
			if (subscription.getPlanId().equals(plan.getId())) {
				return new PlanChangeQuote(Kind.CONTINUE_WAITING, plan, null, subscription.getEffectiveFrom(),
						subscription.getStartsAt(), null, monthlyTotal, subscription);
			}
			throw refusal("Your subscription to " + plans.apply(subscription.getPlanId()).getName()
					+ " is waiting for you to authorise the mandate"
					+ (subscription.getAuthorisationUrl() == null ? "" : " at " + subscription.getAuthorisationUrl())
					+ ": continue it, or cancel it before choosing another plan.");
		}
		Optional<Subscription> underWay = all.stream()
			.filter(subscription -> subscription.getStatus().isLive() && subscription.getReplacedById() != null)
			.findFirst();
		if (underWay.isPresent()) {
			Subscription replaced = underWay.get();
			Plan next = all.stream()
				.filter(subscription -> subscription.getId().equals(replaced.getReplacedById()))
				.findFirst()
				.map(subscription -> plans.apply(subscription.getPlanId()))
				.orElse(plan);
			throw refusal("Your change to " + next.getName() + " is under way: your "
					+ plans.apply(replaced.getPlanId()).getName() + " subscription ends on "
					+ BillingDates.day(replaced.getCurrentEnd())
					+ ". You can change plan again after that, or cancel.");
		}
		Subscription current = Entitlements.current(all, now);
		if (current == null || current.getStatus() == SubscriptionStatus.RESTRICTED) {
			Plan restrictedPlan = current == null ? null : plans.apply(current.getPlanId());
			if (plan.isFree()) {
				if (current == null) {
					throw refusal("Your clinic needs no subscription for the " + plan.getName() + " plan.");
				}
				return new PlanChangeQuote(Kind.CANCEL, plan, restrictedPlan, null, null, null, monthlyTotal, current);
			}
			return new PlanChangeQuote(Kind.SUBSCRIBE, plan, restrictedPlan, now, null, null, monthlyTotal, current);
		}
		Plan currentPlan = plans.apply(current.getPlanId());
		if (!change) {
			throw refusal("You are subscribed to " + currentPlan.getName() + " already: change your plan instead.");
		}
		if (plan.isFree()) {
			if (current.isCancelAtCycleEnd()) {
				throw refusal("Your " + currentPlan.getName() + " subscription ends on "
						+ BillingDates.day(current.getCurrentEnd()) + " already; the " + plan.getName()
						+ " plan applies then.");
			}
			boolean atCycleEnd = current.getStatus() == SubscriptionStatus.ACTIVE && current.getCurrentEnd() != null
					&& current.getCurrentEnd().isAfter(now);
			return new PlanChangeQuote(Kind.CANCEL, plan, currentPlan, atCycleEnd ? current.getCurrentEnd() : null,
					null, null, monthlyTotal, current);
		}
		if (current.getStatus() == SubscriptionStatus.PAST_DUE) {
			return new PlanChangeQuote(Kind.SUBSCRIBE, plan, currentPlan, now, null, null, monthlyTotal, current);
		}
		Instant cycleStart = current.getCurrentStart();
		Instant cycleEnd = current.getCurrentEnd();
		if (current.getStatus() != SubscriptionStatus.ACTIVE || cycleStart == null || cycleEnd == null
				|| !cycleEnd.isAfter(now)) {
			throw refusal("Your " + currentPlan.getName()
					+ " subscription is being set up at Razorpay; try again in a minute.");
		}
		if (plan.getId().equals(current.getPlanId())) {
			if (current.isCancelAtCycleEnd()) {
				return new PlanChangeQuote(Kind.RENEW, plan, currentPlan, cycleEnd, cycleEnd, null, monthlyTotal,
						current);
			}
			throw refusal("You are on the " + plan.getName() + " plan already.");
		}
		if (plan.getMonthlyPrice().compareTo(currentPlan.getMonthlyPrice()) > 0) {
			Proration upfront = Proration.of(currentPlan.getMonthlyPrice(), plan.getMonthlyPrice(), cycleStart,
					cycleEnd, now, gstRate, type);
			return new PlanChangeQuote(Kind.UPGRADE, plan, currentPlan, now, cycleEnd, upfront, monthlyTotal, current);
		}
		return new PlanChangeQuote(Kind.DOWNGRADE, plan, currentPlan, cycleEnd, cycleEnd, null, monthlyTotal, current);
	}

	private static ConflictException refusal(String message) {
		return new ConflictException("planId", message);
	}

}
