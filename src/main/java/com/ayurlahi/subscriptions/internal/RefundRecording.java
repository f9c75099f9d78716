package com.ayurlahi.subscriptions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.payments.SubscriptionEvents.Applied;
import com.ayurlahi.payments.SubscriptionEvents.Outcome;
import com.ayurlahi.subscriptions.SubscriptionCharge;
import com.ayurlahi.subscriptions.SubscriptionChargeRefunded;
import com.ayurlahi.subscriptions.SubscriptionCharges;

/**
 * Refunds of subscription charges, in the caller's transaction: asked for (never more
 * than is left of the charge, counting refunds on their way), then processed (the
 * charge's refunded amount, {@link SubscriptionChargeRefunded} for the platform's credit
 * note) or failed, each once and audited. A refund of one of our charges that was made in
 * Razorpay's dashboard is recorded when it is processed.
 */
@Component
public class RefundRecording {

	private final SubscriptionRefunds refunds;

	private final SubscriptionCharges charges;

	private final ApplicationEventPublisher events;

	RefundRecording(SubscriptionRefunds refunds, SubscriptionCharges charges, ApplicationEventPublisher events) {
		this.refunds = refunds;
		this.charges = charges;
		this.events = events;
	}

	/**
	 * An admin asks for {@code amount} of the charge back; Razorpay is asked after
	 * commit.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public SubscriptionRefund request(UUID chargeId, BigDecimal amount, String reason, Actor admin, Instant now) {
		SubscriptionCharge charge = charges.findById(chargeId)
			.flatMap(found -> charges.findByGatewayPaymentIdForUpdate(found.getGatewayPaymentId()))
			.orElseThrow(() -> new NotFoundException("No such subscription charge."));
		if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException("amount", "Enter an amount in rupees and paise, more than zero.");
		}
		BigDecimal left = charge.getAmount().subtract(refunds.heldOf(chargeId));
		if (amount.compareTo(left) > 0) {
			throw new InvalidInputException("amount", left.signum() <= 0 ? "Nothing is left to refund of this charge."
					: "At most " + Money.format(left) + " of this charge can be refunded.");
		}
		if (reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why the charge is refunded.");
		}
		SubscriptionRefund refund = refunds
			.save(new SubscriptionRefund(charge, amount, reason.strip(), admin.userId(), now));
		events.publishEvent(AuditedChange.of("SUBSCRIPTION_REFUND_REQUESTED", SubscriptionRefund.ENTITY, refund.getId())
			.value("chargeId", chargeId)
			.value("clinicId", charge.getClinicId())
			.value("amount", refund.getAmount())
			.value("reason", refund.getReason())
			.by(admin));
		events.publishEvent(new RefundDue(refund.getId()));
		return refund;
	}

	/** Razorpay processed refund {@code refundId} of a payment. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Applied processed(@Nullable UUID ours, @Nullable UUID chargeId, @Nullable String paymentId, String refundId,
			long amountPaise, Instant now) {
		Optional<SubscriptionRefund> known = refunds.findByGatewayRefundIdForUpdate(refundId)
			.or(() -> ours == null ? Optional.empty() : refunds.findForUpdate(ours));
		if (known.isPresent() && known.get().getStatus() == SubscriptionRefund.Status.PROCESSED) {
			return new Applied(Outcome.NO_CHANGE, "The refund was recorded as processed already.");
		}
		Optional<SubscriptionCharge> charge = known.map(SubscriptionRefund::getChargeId)
			.or(() -> Optional.ofNullable(chargeId))
			.flatMap(charges::findById)
			.or(() -> paymentId == null ? Optional.empty() : charges.findByGatewayPaymentId(paymentId))
			.flatMap(found -> charges.findByGatewayPaymentIdForUpdate(found.getGatewayPaymentId()));
		if (charge.isEmpty()) {
			return new Applied(Outcome.UNKNOWN, "No subscription charge of ours is refunded by " + refundId + ".");
		}
		SubscriptionCharge refunded = charge.get();
		BigDecimal amount = BigDecimal.valueOf(amountPaise, 2);
		if (known.isPresent() && known.get().getAmount().compareTo(amount) != 0) {
			return new Applied(Outcome.FLAGGED, "Razorpay refunded " + Money.format(amount) + "; "
					+ Money.format(known.get().getAmount()) + " was asked for.");
		}
		if (amountPaise <= 0 || refunded.getRefundedAmount().add(amount).compareTo(refunded.getAmount()) > 0) {
			return new Applied(Outcome.FLAGGED,
					"A refund of " + Money.format(amount) + " does not fit charge " + refunded.getGatewayPaymentId()
							+ " (" + Money.format(refunded.getAmount()) + ", refunded "
							+ Money.format(refunded.getRefundedAmount()) + ").");
		}
		SubscriptionRefund refund = known
			.orElseGet(() -> new SubscriptionRefund(refunded, amount, "Refunded at Razorpay", null, now));
		refund.processed(refundId, now);
		refunds.save(refund);
		refunded.refunded(amount);
		charges.save(refunded);
		events
			.publishEvent(AuditedChange.of("SUBSCRIPTION_CHARGE_REFUNDED", SubscriptionCharge.ENTITY, refunded.getId())
				.value("refundId", refund.getId())
				.value("gatewayRefundId", refundId)
				.value("amount", amount)
				.field("refundedAmount", refunded.getRefundedAmount().subtract(amount), refunded.getRefundedAmount())
				.by(Actor.system()));
		events.publishEvent(
				new SubscriptionChargeRefunded(refunded.getId(), refunded.getClinicId(), refundId, amount, now));
		return new Applied(Outcome.APPLIED, null);
	}

	/** Razorpay failed refund {@code refundId}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Applied failed(@Nullable UUID ours, String refundId, @Nullable String why, Instant now) {
		Optional<SubscriptionRefund> known = refunds.findByGatewayRefundIdForUpdate(refundId)
			.or(() -> ours == null ? Optional.empty() : refunds.findForUpdate(ours));
		if (known.isEmpty()) {
			return new Applied(Outcome.UNKNOWN, "No refund of a subscription charge of ours is " + refundId + ".");
		}
		SubscriptionRefund refund = known.get();
		if (refund.getStatus() == SubscriptionRefund.Status.PROCESSED
				|| refund.getStatus() == SubscriptionRefund.Status.FAILED) {
			return new Applied(Outcome.NO_CHANGE, "The refund had ended already.");
		}
		failed(refund, refundId, why == null ? "Razorpay failed the refund." : why, now);
		return new Applied(Outcome.APPLIED, null);
	}

	/** The refund failed (Razorpay refused it, or failed it later). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void failed(SubscriptionRefund refund, @Nullable String refundId, String why, Instant now) {
		SubscriptionRefund.Status before = refund.getStatus();
		refund.failed(refundId, why, now);
		refunds.save(refund);
		events.publishEvent(AuditedChange.of("SUBSCRIPTION_REFUND_FAILED", SubscriptionRefund.ENTITY, refund.getId())
			.field("status", before, refund.getStatus())
			.value("gatewayRefundId", refundId)
			.value("error", refund.getError())
			.by(Actor.system()));
	}

}
