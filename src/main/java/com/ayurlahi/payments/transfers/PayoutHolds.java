package com.ayurlahi.payments.transfers;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.payments.gateway.GatewayCallDue.TransferDue;

/**
 * Disputes hold the manufacturer's payout of the order they are about: while a dispute is
 * open the payout is not released, whether or not the order was delivered and its dispute
 * window has passed. Called in the transaction of the dispute's change (it must commit or
 * roll back with it), hence {@code MANDATORY}; each change is audited in that
 * transaction. An order may have several open disputes; its payout is held until the last
 * of them ends. Exposed to other modules as the named interface
 * {@code payments::payout-holds}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@NamedInterface("payout-holds")
public class PayoutHolds {

	private static final int MAX_DISPUTE_NUMBER = 40;

	private final PayoutTransfers transfers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PayoutHolds(PayoutTransfers transfers, ApplicationEventPublisher events, Clock clock) {
		this.transfers = transfers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The dispute {@code disputeNumber} about the order is open: its payout stays held
	 * while it is, and a release that was due but not yet made at Razorpay waits for it.
	 * Does nothing when the order has no payout transfer (it was not paid, or not
	 * settled), when the payout was already released (nothing can be held any more) or
	 * ended, or when this dispute already holds it.
	 * @throws IllegalArgumentException when the dispute number is blank or longer than 40
	 * characters
	 */
	public void holdForDispute(UUID orderId, String disputeNumber, Actor actor) {
		String dispute = checked(disputeNumber);
		transfers.findByOrderIdForUpdate(orderId).ifPresent(transfer -> {
			boolean releaseWasDue = transfer.isReleaseDue();
			if (transfer.holdFor(dispute, now())) {
				events.publishEvent(transfer
					.audited(AuditedChange.of("PAYOUT_TRANSFER_HELD", PayoutTransfer.ENTITY, transfer.getId())
						.value("dispute", dispute)
						.value("status", transfer.getStatus())
						.value("releaseAt", transfer.getReleaseAt())
						.field("releaseDue", releaseWasDue, transfer.isReleaseDue()), actor));
			}
		});
	}

	/**
	 * The dispute {@code disputeNumber} ended: it holds the order's payout no longer.
	 * When no other dispute holds it and the order was delivered and its dispute window
	 * has closed, the release becomes due at once (made at Razorpay after commit);
	 * otherwise the payout-release job releases it when the window closes. Lifting a hold
	 * that is not there does nothing.
	 */
	public void liftDisputeHold(UUID orderId, String disputeNumber, Actor actor) {
		String dispute = checked(disputeNumber);
		transfers.findByOrderIdForUpdate(orderId).ifPresent(transfer -> {
			Instant now = now();
			if (!transfer.lift(dispute, now)) {
				return;
			}
			boolean releaseDue = transfer.releaseIfWindowClosed(now);
			events.publishEvent(transfer
				.audited(AuditedChange.of("PAYOUT_TRANSFER_HOLD_LIFTED", PayoutTransfer.ENTITY, transfer.getId())
					.value("dispute", dispute)
					.value("status", transfer.getStatus())
					.value("releaseAt", transfer.getReleaseAt())
					.value("otherDisputes", String.join(", ", transfer.getDisputeHolds()))
					.value("releaseDue", releaseDue), actor));
			if (releaseDue && transfer.hasGatewayWork()) {
				events.publishEvent(new TransferDue(transfer.getId()));
			}
		});
	}

	private static String checked(String disputeNumber) {
		String number = disputeNumber.strip();
		if (number.isEmpty() || number.length() > MAX_DISPUTE_NUMBER) {
			throw new IllegalArgumentException("A dispute number has 1 to 40 characters, not '" + disputeNumber + "'.");
		}
		return number;
	}

	private Instant now() {
		return clock.instant();
	}

}
