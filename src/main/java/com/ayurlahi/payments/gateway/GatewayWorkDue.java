package com.ayurlahi.payments.gateway;

import java.util.UUID;

/**
 * Something to be done at Razorpay once the transaction that decided it has committed: a
 * refund to hand over, or a payout transfer to set up or release. Published in that
 * transaction and kept in the event publication registry until done.
 */
public sealed interface GatewayWorkDue {

	record RefundDue(UUID refundId) implements GatewayWorkDue {
	}

	record TransferDue(UUID transferId) implements GatewayWorkDue {
	}

}
