package com.ayurlahi.subscriptions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.subscriptions.BillingDates;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionSettings;
import com.ayurlahi.subscriptions.SubscriptionStart;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewayPlan;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewaySubscription;
import com.ayurlahi.subscriptions.gateway.SubscriptionGatewayException;

/**
 * Makes a recorded subscription at Razorpay, never inside a transaction that holds it:
 * Razorpay's plan for the plan version first if it has none (once, under the version's
 * lock), then the subscription (the plan, the number of cycles, the start and the upfront
 * amount of a plan change, our ids in its notes), then, in a transaction of its own,
 * Razorpay's id and the page where the clinic authorises it. A failure is recorded on the
 * subscription; the reconciliation job (or the clinic choosing the plan again) tries
 * again. Each step has a transaction of its own, also when the reconciliation job calls
 * it from one of its chunks.
 */
@Component
public class GatewaySubscriptionMaker {

	private static final Logger log = LoggerFactory.getLogger(GatewaySubscriptionMaker.class);

	private final Subscriptions subscriptions;

	private final Plans plans;

	private final SubscriptionGateway gateway;

	private final SubscriptionTaxes taxes;

	private final SubscriptionSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	GatewaySubscriptionMaker(Subscriptions subscriptions, Plans plans, SubscriptionGateway gateway,
			SubscriptionTaxes taxes, SubscriptionSettings settings, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.subscriptions = subscriptions;
		this.plans = plans;
		this.gateway = gateway;
		this.taxes = taxes;
		this.settings = settings;
		this.events = events;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Makes the subscription at Razorpay unless it is made already or no longer waits;
	 * answers with where the clinic authorises it.
	 */
	public SubscriptionStart make(UUID subscriptionId) {
		ToMake toMake = ownTransaction.execute(status -> {
			Subscription subscription = subscriptions.findById(subscriptionId).orElseThrow();
			return new ToMake(subscription, plans.findById(subscription.getPlanId()).orElseThrow());
		});
		Subscription subscription = toMake.subscription();
		if (subscription.getGatewaySubscriptionId() != null || subscription.getStatus() != SubscriptionStatus.CREATED) {
			return SubscriptionStart.of(subscription);
		}
		Instant startsAt = subscription.getStartsAt();
		if (startsAt != null && !startsAt.isAfter(clock.instant())) {
			return changed(subscriptionId,
					locked -> locked.expire("Its first cycle was to start on " + BillingDates.day(startsAt)
							+ ", before Razorpay could make it: choose the plan again.", clock.instant()));
		}
		GatewaySubscription made;
		try {
			String gatewayPlanId = gatewayPlanOf(toMake.plan().getId());
			made = gateway.create(gatewayPlanId, settings.totalCycles(), startsAt, upfrontPaise(subscription),
					upfrontDescription(toMake.plan(), subscription), notes(subscription));
		}
		catch (SubscriptionGatewayException failed) {
			log.warn("Razorpay could not make subscription {}: {}", subscriptionId, failed.getMessage());
			return changed(subscriptionId, locked -> locked
				.gatewayFailed("Razorpay could not make the subscription: " + failed.getMessage(), clock.instant()));
		}
		SubscriptionStart start = changed(subscriptionId,
				locked -> locked.madeAtGateway(made.id(), made.shortUrl(), clock.instant()));
		if (!made.id().equals(subscriptionIdAtGateway(subscriptionId))) {
			// made twice at once (two requests for the same waiting subscription): the
			// one
			// recorded stands, the other is never shown to the clinic
			cancelQuietly(made.id());
		}
		return start;
	}

	private SubscriptionStart changed(UUID subscriptionId, Consumer<Subscription> change) {
		return ownTransaction.execute(status -> {
			Subscription locked = subscriptions.findForUpdate(subscriptionId).orElseThrow();
			change.accept(locked);
			return SubscriptionStart.of(subscriptions.save(locked));
		});
	}

	private @Nullable String subscriptionIdAtGateway(UUID subscriptionId) {
		return ownTransaction
			.execute(status -> subscriptions.findById(subscriptionId).orElseThrow().getGatewaySubscriptionId());
	}

	/**
	 * Razorpay's plan for the plan version, made now if it has none: under the version's
	 * lock, so that it is made once however many clinics subscribe at the same moment.
	 */
	String gatewayPlanOf(UUID planId) {
		return ownTransaction.execute(status -> {
			Plan plan = plans.findForUpdate(planId).orElseThrow();
			String existing = plan.getGatewayPlanId();
			if (existing != null) {
				return existing;
			}
			GatewayPlan made = gateway.createPlan(plan.getName() + " (version " + plan.getVersion() + ")",
					plan.getName() + ": " + plan.getFeatures().ordersText() + ", GST included",
					Money.toPaise(taxes.monthlyTotal(plan)), Map.of("planId", plan.getId().toString(), "planCode",
							plan.getCode(), "planVersion", String.valueOf(plan.getVersion())));
			plan.madeAtGateway(made.id());
			plans.save(plan);
			events.publishEvent(AuditedChange.of("SUBSCRIPTION_PLAN_MADE_AT_GATEWAY", "SubscriptionPlan", plan.getId())
				.value("gatewayPlanId", made.id())
				.value("amountPaise", made.amountPaise())
				.by(Actor.system()));
			return made.id();
		});
	}

	private void cancelQuietly(String gatewaySubscriptionId) {
		try {
			gateway.cancel(gatewaySubscriptionId, false);
		}
		catch (SubscriptionGatewayException failed) {
			log.warn("Razorpay subscription {} was made twice and could not be cancelled: {}", gatewaySubscriptionId,
					failed.getMessage());
		}
	}

	private static long upfrontPaise(Subscription subscription) {
		return subscription.getUpfrontAmount() == null ? 0 : Money.toPaise(subscription.getUpfrontAmount());
	}

	private static String upfrontDescription(Plan plan, Subscription subscription) {
		return subscription.getUpfrontAmount() == null ? "" : "Upgrade to " + plan.getName()
				+ " for the rest of the cycle, to " + BillingDates.day(subscription.getStartsAt());
	}

	private static Map<String, String> notes(Subscription subscription) {
		return Map.of("subscriptionId", subscription.getId().toString(), "clinicId",
				subscription.getClinicId().toString(), "planId", subscription.getPlanId().toString());
	}

	private record ToMake(Subscription subscription, Plan plan) {
	}

}
