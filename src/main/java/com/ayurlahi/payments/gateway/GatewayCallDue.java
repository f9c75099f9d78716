package com.ayurlahi.payments.gateway;

import java.util.UUID;

/**
 * A call that is due at the gateway once the transaction that decided it has committed:
 * the work item, not the worker. Published in that transaction (a refund to hand over, a
 * payout transfer to set up or release, a payment link to make or cancel) and kept in
 * Spring Modulith's event publication registry until the worker
 * ({@code internal.GatewayCallWorker}) has made the call, so that a crash in between does
 * not lose it.
 */
public sealed interface GatewayCallDue {

	/** A refund to hand to Razorpay. */
	record RefundDue(UUID refundId) implements GatewayCallDue {
	}

	/** A payout transfer to set up at Razorpay, or whose hold is to be lifted. */
	record TransferDue(UUID transferId) implements GatewayCallDue {
	}

	/**
	 * A payment link to make at Razorpay, or to cancel there: the link's state says
	 * which.
	 */
	record LinkDue(UUID linkId) implements GatewayCallDue {
	}

}
