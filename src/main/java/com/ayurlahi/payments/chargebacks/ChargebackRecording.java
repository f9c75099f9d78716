package com.ayurlahi.payments.chargebacks;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.payments.Payment;
import com.ayurlahi.payments.Payments;
import com.ayurlahi.payments.webhooks.EventOutcome;

/**
 * What Razorpay reports of a dispute ({@code payment.dispute.created}, {@code …
 * under_review}, {@code … action_required}, {@code … won}, {@code … lost}, {@code …
 * closed}), applied in the transaction of the stored webhook that reports it: the first
 * report of a dispute opens its chargeback, later ones bring it up to date, older or
 * repeated ones change nothing. The disputed payment is locked first, so that two reports
 * of one dispute are taken one after the other. A dispute of a payment that is not ours
 * is reported as such and stored nowhere else than the webhook inbox. Nothing else
 * follows: no refund, no change to the payout.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ChargebackRecording {

	private final Chargebacks chargebacks;

	private final Payments payments;

	private final Clock clock;

	ChargebackRecording(Chargebacks chargebacks, Payments payments, Clock clock) {
		this.chargebacks = chargebacks;
		this.payments = payments;
		this.clock = clock;
	}

	/**
	 * Applies the report: {@link EventOutcome#APPLIED} when it opened or changed the
	 * chargeback, {@link EventOutcome#NO_CHANGE} when it was older or said nothing new,
	 * {@link EventOutcome#UNKNOWN_ORDER} when the payment is not ours.
	 * @throws ConflictException when the report can't be taken as it is (a status this
	 * platform does not know, no amount): the event is flagged for the team
	 */
	public EventOutcome record(DisputeReport report) {
		ChargebackStatus reported = ChargebackStatus.reported(report.status(), report.eventType());
		if (reported == null) {
			throw new ConflictException("Razorpay reported dispute " + report.razorpayDisputeId()
					+ " with a status this platform does not know: " + report.status() + ".");
		}
		if (report.amountPaise() < 0 || report.amountDeductedPaise() < 0) {
			throw new ConflictException(
					"Razorpay reported dispute " + report.razorpayDisputeId() + " without its amount.");
		}
		Optional<Payment> disputed = disputedPayment(report);
		if (disputed.isEmpty()) {
			return EventOutcome.UNKNOWN_ORDER;
		}
		Optional<Chargeback> known = chargebacks.findByRazorpayDisputeId(report.razorpayDisputeId());
		if (known.isEmpty()) {
			chargebacks.save(Chargeback.opened(disputed.get(), report, reported, clock.instant()));
			return EventOutcome.APPLIED;
		}
		Chargeback chargeback = known.get();
		if (!chargeback.update(report, reported, clock.instant())) {
			return EventOutcome.NO_CHANGE;
		}
		chargebacks.save(chargeback);
		return EventOutcome.APPLIED;
	}

	private Optional<Payment> disputedPayment(DisputeReport report) {
		Optional<Payment> byPayment = payments.findByRazorpayPaymentIdForUpdate(report.razorpayPaymentId());
		if (byPayment.isPresent() || report.razorpayOrderId() == null) {
			return byPayment;
		}
		return payments.findByRazorpayOrderIdForUpdate(report.razorpayOrderId());
	}

}
