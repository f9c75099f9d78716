package com.ayurlahi.subscriptions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionChanged;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewaySubscription;
import com.ayurlahi.subscriptions.gateway.SubscriptionGatewayException;

/**
 * Tells Razorpay to cancel the subscriptions that are to end ({@code gatewayCancelDue}):
 * a paid-up one cancelled at the end of its cycle (by the clinic, or replaced by a plan
 * change) at the end of its cycle, any other (past due, restricted, never started, given
 * up, cancelled at once) at once. Right after the change commits (its
 * {@link SubscriptionChanged}, from the event publication registry), outside any
 * transaction; what fails is tried again by the reconciliation job. Razorpay answering
 * that the subscription has ended already counts as told.
 */
@Component
public class GatewayCancellations {

	private static final Logger log = LoggerFactory.getLogger(GatewayCancellations.class);

	private static final Set<String> CANCELLING = Set.of("REPLACED", "CANCEL_REQUESTED", "EXPIRED", "MADE_AT_GATEWAY");

	private static final Set<String> ENDED_AT_GATEWAY = Set.of("cancelled", "completed", "expired");

	private final Subscriptions subscriptions;

	private final SubscriptionGateway gateway;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	GatewayCancellations(Subscriptions subscriptions, SubscriptionGateway gateway, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.subscriptions = subscriptions;
		this.gateway = gateway;
		this.events = events;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	@Async(Lanes.GATEWAY)
	void on(SubscriptionChanged change) {
		if (CANCELLING.contains(change.action())) {
			send(change.subscriptionId());
		}
	}

	/** Tells Razorpay, if it is still to be told; returns whether it was told now. */
	public boolean send(UUID subscriptionId) {
		Subscription due = ownTransaction.execute(status -> subscriptions.findById(subscriptionId)
			.filter(subscription -> subscription.isGatewayCancelDue()
					&& subscription.getGatewaySubscriptionId() != null)
			.orElse(null));
		if (due == null) {
			return false;
		}
		String gatewayId = String.valueOf(due.getGatewaySubscriptionId());
		Instant now = clock.instant();
		boolean atCycleEnd = due.isCancelAtCycleEnd() && due.getStatus() == SubscriptionStatus.ACTIVE
				&& due.getCurrentEnd() != null && due.getCurrentEnd().isAfter(now);
		try {
			gateway.cancel(gatewayId, atCycleEnd);
		}
		catch (SubscriptionGatewayException refused) {
			if (!endedAtGateway(gatewayId)) {
				log.warn("Razorpay could not cancel subscription {} ({}): {}", subscriptionId, gatewayId,
						refused.getMessage());
				ownTransaction.executeWithoutResult(
						status -> subscriptions.findForUpdate(subscriptionId).ifPresent(subscription -> {
							subscription.gatewayFailed("Razorpay could not cancel it: " + refused.getMessage(),
									clock.instant());
							subscriptions.save(subscription);
						}));
				return false;
			}
		}
		ownTransaction.executeWithoutResult(status -> subscriptions.findForUpdate(subscriptionId)
			.filter(Subscription::isGatewayCancelDue)
			.ifPresent(subscription -> {
				subscription.gatewayCancelSent(clock.instant());
				subscriptions.save(subscription);
				events.publishEvent(
						AuditedChange.of("SUBSCRIPTION_GATEWAY_CANCEL_SENT", Subscription.ENTITY, subscription.getId())
							.value("clinicId", subscription.getClinicId())
							.value("gatewaySubscriptionId", gatewayId)
							.value("atCycleEnd", atCycleEnd)
							.by(Actor.system()));
			}));
		return true;
	}

	private boolean endedAtGateway(String gatewayId) {
		try {
			GatewaySubscription fetched = gateway.fetch(gatewayId);
			return ENDED_AT_GATEWAY.contains(fetched.status());
		}
		catch (SubscriptionGatewayException unreachable) {
			return false;
		}
	}

}
