package com.ayurlahi.payments.gateway;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Razorpay as the payments module uses it: orders to pay and what became of them,
 * refunds, and Route transfers of the manufacturers' payouts to their linked accounts.
 * One adapter talks to Razorpay through its SDK, the other is the sandbox of the dev
 * profile and the tests. Every call may throw {@link PaymentGatewayException}.
 */
public interface PaymentGateway {

	/** A Razorpay order for {@code amountPaise}, with our order number as its receipt. */
	GatewayOrder createOrder(String receipt, long amountPaise, Map<String, String> notes);

	/**
	 * The Razorpay order as the gateway has it now, with its payments (for the sweep's
	 * last look).
	 */
	GatewayOrder fetchOrder(String razorpayOrderId);

	/**
	 * Where the clinic's browser pays when the gateway hosts the checkout itself (the
	 * sandbox), or empty when we render Razorpay's checkout.js page.
	 */
	Optional<String> hostedCheckoutUrl(String razorpayOrderId, String callbackPath);

	/**
	 * Refunds {@code amountPaise} of a captured payment. With {@code reverseAllTransfers}
	 * (a full refund) Razorpay pulls the payment's transfers back from the linked
	 * accounts too. The refund starts {@code pending}; its {@code refund.processed} or
	 * {@code refund.failed} webhook tells how it ended.
	 */
	GatewayRefund refund(String razorpayPaymentId, long amountPaise, boolean reverseAllTransfers,
			Map<String, String> notes);

	/**
	 * The refunds of a payment, to find one that was made but not recorded on our side (a
	 * crash in between).
	 */
	List<GatewayRefund> refundsOf(String razorpayPaymentId);

	/**
	 * Transfers {@code amountPaise} of a captured payment to a linked account, held until
	 * released.
	 */
	GatewayTransfer transfer(String razorpayPaymentId, String linkedAccountId, long amountPaise,
			Map<String, String> notes);

	/**
	 * The transfers made from a payment, to find one that was made but not recorded on
	 * our side.
	 */
	List<GatewayTransfer> transfersOf(String razorpayPaymentId);

	/** Lifts a transfer's hold: the linked account is paid out in its next settlement. */
	GatewayTransfer releaseTransfer(String transferId);

	/**
	 * Pulls {@code amountPaise} of a transfer back from the linked account (before a
	 * partial refund).
	 */
	void reverseTransfer(String transferId, long amountPaise, Map<String, String> notes);

	/**
	 * The reversals of a transfer, to find one that was made but not recorded on our
	 * side.
	 */
	List<GatewayReversal> reversalsOf(String transferId);

	/** A Razorpay order: {@code status} is created, attempted or paid. */
	record GatewayOrder(String id, long amountPaise, String currency, String receipt, String status,
			List<GatewayPayment> payments) {

		public boolean isPaid() {
			return "paid".equals(status);
		}

		/** The captured payment, if any of the order's attempts was captured. */
		public Optional<GatewayPayment> capturedPayment() {
			return payments.stream().filter(payment -> "captured".equals(payment.status())).findFirst();
		}
	}

	/** One attempt to pay a Razorpay order. */
	record GatewayPayment(String id, long amountPaise, String currency, String status, @Nullable String method) {
	}

	/**
	 * A refund: {@code status} is pending, processed or failed; {@code notes} carry our
	 * refund's id.
	 */
	record GatewayRefund(String id, String paymentId, long amountPaise, String status, Map<String, String> notes) {
	}

	/**
	 * A reversal of part of a transfer; {@code notes} carry the id of the refund it was
	 * made for.
	 */
	record GatewayReversal(String id, long amountPaise, Map<String, String> notes) {
	}

	/**
	 * A Route transfer to a linked account ({@code acc_…}); {@code notes} carry our
	 * transfer's id.
	 */
	record GatewayTransfer(String id, String linkedAccountId, long amountPaise, boolean onHold,
			Map<String, String> notes) {
	}

}
