package com.ayurlahi.subscriptions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharge.Kind;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.SubscriptionSettings;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewayCharge;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewaySubscription;
import com.ayurlahi.subscriptions.gateway.SubscriptionGatewayException;
import com.ayurlahi.subscriptions.internal.ChargeRecording.Payment;
import com.ayurlahi.subscriptions.internal.GatewayReports.Report;

/**
 * What the subscription-reconciliation job does to one subscription, each step in
 * transactions of its own and Razorpay's calls outside them, looking at the locked
 * subscription again so that a webhook applied meanwhile, or a second run, changes
 * nothing twice.
 */
@Component
public class Reconciler {

	private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

	private final Subscriptions subscriptions;

	private final SubscriptionCharges charges;

	private final SubscriptionGateway gateway;

	private final GatewaySubscriptionMaker maker;

	private final GatewayReports reports;

	private final ChargeRecording chargeRecording;

	private final GatewayCancellations cancellations;

	private final SubscriptionSettings settings;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	Reconciler(Subscriptions subscriptions, SubscriptionCharges charges, SubscriptionGateway gateway,
			GatewaySubscriptionMaker maker, GatewayReports reports, ChargeRecording chargeRecording,
			GatewayCancellations cancellations, SubscriptionSettings settings, PlatformTransactionManager transactions,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.charges = charges;
		this.gateway = gateway;
		this.maker = maker;
		this.reports = reports;
		this.chargeRecording = chargeRecording;
		this.cancellations = cancellations;
		this.settings = settings;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * A subscription Razorpay was never asked to make (a failed call, a crash): made now.
	 */
	public Outcome make(UUID subscriptionId) {
		return maker.make(subscriptionId).authorisationUrl() != null ? Outcome.MADE : Outcome.FAILED;
	}

	/**
	 * A subscription not authorised in time: given up (and cancelled at Razorpay after).
	 */
	public Outcome expire(UUID subscriptionId) {
		return Boolean.TRUE.equals(ownTransaction.execute(status -> subscriptions.findForUpdate(subscriptionId)
			.filter(subscription -> subscription
				.expire("Not authorised within " + settings.authorisationTimeout().toDays() + " days", clock.instant()))
			.map(subscriptions::save)
			.isPresent())) ? Outcome.EXPIRED : Outcome.UNCHANGED;
	}

	/** Past due beyond the grace period: restricted to the Free plan's features. */
	public Outcome restrict(UUID subscriptionId) {
		return Boolean.TRUE.equals(ownTransaction.execute(status -> subscriptions.findForUpdate(subscriptionId)
			.filter(subscription -> subscription.graceOver(settings.grace(), clock.instant()))
			.map(subscriptions::save)
			.isPresent())) ? Outcome.RESTRICTED : Outcome.UNCHANGED;
	}

	/** Razorpay still to be told to cancel: told now. */
	public Outcome cancelAtGateway(UUID subscriptionId) {
		return cancellations.send(subscriptionId) ? Outcome.CANCEL_SENT : Outcome.FAILED;
	}

	/**
	 * A subscription not heard from for a while: fetched from Razorpay with its payments,
	 * the charges no webhook told us about recorded, and its status and cycle brought up
	 * to date.
	 */
	public Outcome sync(UUID subscriptionId) {
		String gatewayId = ownTransaction.execute(status -> subscriptions.findById(subscriptionId)
			.map(Subscription::getGatewaySubscriptionId)
			.orElse(null));
		if (gatewayId == null) {
			return Outcome.UNCHANGED;
		}
		GatewaySubscription fetched;
		List<GatewayCharge> paid;
		try {
			fetched = gateway.fetch(gatewayId);
			paid = gateway.chargesOf(gatewayId);
		}
		catch (SubscriptionGatewayException unreachable) {
			log.warn("Razorpay subscription {} could not be fetched: {}", gatewayId, unreachable.getMessage());
			return Outcome.FAILED;
		}
		Outcome outcome = ownTransaction.execute(status -> {
			Subscription subscription = subscriptions.findForUpdate(subscriptionId).orElseThrow();
			Instant now = clock.instant();
			boolean recorded = false;
			boolean flagged = false;
			for (GatewayCharge charge : paid) {
				if (charges.findByGatewayPaymentId(charge.paymentId()).isPresent()) {
					continue;
				}
				ChargeRecording.Recorded result = chargeRecording.record(subscription,
						charge.upfront() ? Kind.UPFRONT : Kind.RENEWAL,
						new Payment(charge.paymentId(), charge.invoiceId(), charge.amountPaise(), charge.currency(),
								charge.method(), seconds(charge.capturedAt())),
						seconds(charge.upfront() ? charge.capturedAt() : charge.periodStart()),
						charge.upfront() ? subscription.getStartsAt() : seconds(charge.periodEnd()), now);
				recorded |= result.recorded();
				flagged |= result.flag() != null;
			}
			SubscriptionStatus reported = GatewayReports.statusOf(fetched.status());
			boolean changed = reported != null && reports.apply(subscription,
					new Report(reported, seconds(fetched.currentStart()), seconds(fetched.currentEnd()),
							seconds(fetched.chargeAt()), seconds(fetched.endedAt()), fetched.paidCount(),
							fetched.paymentMethod(), now),
					now);
			subscription.synced(now);
			subscriptions.save(subscription);
			if (flagged) {
				return Outcome.FLAGGED;
			}
			return recorded ? Outcome.CHARGE_RECOVERED : changed ? Outcome.UPDATED : Outcome.UNCHANGED;
		});
		return outcome == null ? Outcome.UNCHANGED : outcome;
	}

	/**
	 * A time as Razorpay gives it, in whole seconds, so that a fetched cycle is the same
	 * as the one its webhooks reported.
	 */
	private static @Nullable Instant seconds(@Nullable Instant at) {
		return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
	}

	/** What the job did to a subscription. */
	public enum Outcome {

		MADE("made at Razorpay"), EXPIRED("given up unauthorised"), RESTRICTED("restricted after the grace period"),
		CANCEL_SENT("cancelled at Razorpay"), UPDATED("brought up to date"),
		CHARGE_RECOVERED("with charges no webhook reported"), FLAGGED("flagged for the team"),
		FAILED("not reached at Razorpay"), UNCHANGED("unchanged");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
