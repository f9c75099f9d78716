package com.ayurlahi.subscriptions.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.subscriptions.SubscriptionCharge;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewayRefund;
import com.ayurlahi.subscriptions.gateway.SubscriptionGatewayException;

/**
 * Hands a refund of a subscription charge to Razorpay once the admin's request has
 * committed ({@link RefundDue}, from the event publication registry, so a crash in
 * between loses nothing), outside any transaction, our charge's and refund's ids in its
 * notes; records Razorpay's refund id, or the failure. Razorpay's
 * {@code refund.processed} ends it.
 */
@Component
class ChargeRefundSubmission {

	private static final Logger log = LoggerFactory.getLogger(ChargeRefundSubmission.class);

	private final SubscriptionRefunds refunds;

	private final SubscriptionCharges charges;

	private final RefundRecording recording;

	private final SubscriptionGateway gateway;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ChargeRefundSubmission(SubscriptionRefunds refunds, SubscriptionCharges charges, RefundRecording recording,
			SubscriptionGateway gateway, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.refunds = refunds;
		this.charges = charges;
		this.recording = recording;
		this.gateway = gateway;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	@Async(Lanes.GATEWAY)
	void on(RefundDue due) {
		submit(due.refundId());
	}

	void submit(UUID refundId) {
		ToSubmit toSubmit = transaction.execute(status -> refunds.findById(refundId)
			.filter(refund -> refund.getStatus() == SubscriptionRefund.Status.REQUESTED)
			.map(refund -> new ToSubmit(refund, charges.findById(refund.getChargeId()).orElseThrow()))
			.orElse(null));
		if (toSubmit == null) {
			return;
		}
		SubscriptionCharge charge = toSubmit.charge();
		try {
			GatewayRefund made = gateway.refund(charge.getGatewayPaymentId(),
					Money.toPaise(toSubmit.refund().getAmount()), Map.of("subscriptionChargeId",
							charge.getId().toString(), "subscriptionRefundId", refundId.toString()));
			transaction.executeWithoutResult(status -> refunds.findForUpdate(refundId).ifPresent(refund -> {
				SubscriptionRefund.Status before = refund.getStatus();
				refund.submitted(made.id());
				refunds.save(refund);
				events.publishEvent(
						AuditedChange.of("SUBSCRIPTION_REFUND_SUBMITTED", SubscriptionRefund.ENTITY, refund.getId())
							.field("status", before, refund.getStatus())
							.value("gatewayRefundId", made.id())
							.by(Actor.system()));
			}));
		}
		catch (SubscriptionGatewayException refused) {
			log.warn("Razorpay refused refund {} of subscription charge {}: {}", refundId, charge.getId(),
					refused.getMessage());
			transaction.executeWithoutResult(status -> refunds.findForUpdate(refundId)
				.filter(refund -> refund.getStatus() == SubscriptionRefund.Status.REQUESTED)
				.ifPresent(refund -> recording.failed(refund, null,
						"Razorpay could not be asked: " + refused.getMessage(), clock.instant())));
		}
	}

	private record ToSubmit(SubscriptionRefund refund, SubscriptionCharge charge) {
	}

}
