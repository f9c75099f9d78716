package com.ayurlahi.disputes;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.ayurlahi.payments.transfers.PayoutHolds;

/**
 * Keeps the manufacturer's payout for an order held while a dispute about it is open, in
 * the transaction of the change: held when the dispute opens or is reopened, the hold
 * lifted when it ends (resolved, rejected, withdrawn), after which the payout is released
 * once the window after delivery has closed.
 */
@Component
class DisputePayoutHolds {

	private final PayoutHolds holds;

	DisputePayoutHolds(PayoutHolds holds) {
		this.holds = holds;
	}

	@EventListener
	void on(DisputeChanged change) {
		boolean wasOpen = change.from() != null && change.from().isOpen();
		if (change.to().isOpen() && !wasOpen) {
			holds.holdForDispute(change.orderId(), change.disputeNumber(), change.actor());
		}
		else if (!change.to().isOpen() && wasOpen) {
			holds.liftDisputeHold(change.orderId(), change.disputeNumber(), change.actor());
		}
	}

}
