package com.ayurlahi.payments.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderStatusChanged;
import com.ayurlahi.payments.gateway.GatewayWorkDue.RefundDue;
import com.ayurlahi.payments.gateway.GatewayWorkDue.TransferDue;
import com.ayurlahi.payments.refunds.RefundSubmission;
import com.ayurlahi.payments.transfers.PayoutTransferSubmission;

/**
 * Does the Razorpay calls that refunds and payout transfers need, in the background after
 * the decision is committed, so that no request (a cancellation, a delivery) waits on
 * Razorpay or on rows held meanwhile. A call that fails is recorded on the refund or
 * transfer for the team, who can have it tried again.
 */
@Component
class GatewayWork {

	private final RefundSubmission refunds;

	private final PayoutTransferSubmission transfers;

	GatewayWork(RefundSubmission refunds, PayoutTransferSubmission transfers) {
		this.refunds = refunds;
		this.transfers = transfers;
	}

	/** Outside any transaction: the submission holds its rows only around each step. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RefundDue due) {
		refunds.submit(due.refundId());
	}

	@ApplicationModuleListener
	void on(TransferDue due) {
		transfers.advance(due.transferId());
	}

	/**
	 * A delivered order's payout is released, in the background so that marking it
	 * delivered never waits on Razorpay.
	 */
	@ApplicationModuleListener
	void on(OrderStatusChanged change) {
		if (change.to() == OrderStatus.DELIVERED || change.to() == OrderStatus.PARTIALLY_FULFILLED) {
			transfers.releaseWhenDelivered(change.orderId());
		}
	}

}
