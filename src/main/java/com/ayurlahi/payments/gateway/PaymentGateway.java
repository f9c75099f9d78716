package com.ayurlahi.payments.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Razorpay as the payments module uses it: orders to pay and what became of them, payment
 * links (for orders placed over WhatsApp), refunds, and Route transfers of the
 * manufacturers' payouts to their linked accounts. One adapter talks to Razorpay through
 * its SDK, the other is the sandbox of the dev profile and the tests. Every call may
 * throw {@link PaymentGatewayException}.
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

	/**
	 * A payment link for {@code request}'s amount in INR, with its reference, expiry and
	 * notes, and Razorpay's own SMS, e-mail and reminders off (we send the link over
	 * WhatsApp). Razorpay makes at most one link per reference: asked again for a
	 * reference it has, it refuses, and the link is found with
	 * {@link #paymentLinkByReference}. The link starts {@code created}; its
	 * {@code payment_link.*} webhooks tell how it ended.
	 */
	GatewayPaymentLink createPaymentLink(PaymentLinkRequest request);

	/**
	 * The payment link with this reference, if the gateway has one: one whose making was
	 * not recorded on our side (a crash, an answer lost on the way).
	 */
	Optional<GatewayPaymentLink> paymentLinkByReference(String referenceId);

	/**
	 * Cancels a payment link nobody has paid yet. Razorpay refuses to cancel a link that
	 * is paid (or expired): that refusal is a {@link PaymentGatewayException} like any
	 * other.
	 */
	GatewayPaymentLink cancelPaymentLink(String paymentLinkId);

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

	/**
	 * What a payment link is made of.
	 *
	 * @param referenceId our reference (the order number; at most 40 characters, unique
	 * at Razorpay)
	 * @param expireBy when the order stops waiting for its payment; see
	 * {@link #expireByFrom}
	 * @param customer who pays, to prefill Razorpay's page: never put in notes, which
	 * travel on to the payment
	 * @param notes our ids (order id and number, reference), copied by Razorpay onto the
	 * link's order and payments
	 */
	record PaymentLinkRequest(String referenceId, long amountPaise, String description, Instant expireBy,
			@Nullable Customer customer, Map<String, String> notes) {

		/**
		 * Razorpay refuses a link that expires less than 15 minutes after it receives the
		 * request.
		 */
		public static final Duration SHORTEST_LIFETIME = Duration.ofMinutes(15);

		/** Room for the request's way to Razorpay and for clocks that disagree. */
		static final Duration MARGIN = Duration.ofMinutes(1);

		/**
		 * The expiry to ask for when the request is sent at {@code now}:
		 * {@code expireBy}, or 16 minutes from now when that is sooner (Razorpay's
		 * shortest lifetime and a minute to spare), so that an order close to its payment
		 * timeout still gets a link Razorpay accepts. The payment-timeout sweep cancels
		 * such an order (and its link) on time regardless.
		 */
		public Instant expireByFrom(Instant now) {
			Instant earliest = now.plus(SHORTEST_LIFETIME).plus(MARGIN);
			return expireBy.isBefore(earliest) ? earliest : expireBy;
		}

	}

	/**
	 * The clinic that pays a link, to prefill Razorpay's page; only the platform's
	 * Razorpay account sees it.
	 */
	record Customer(String name, @Nullable String contact, @Nullable String email) {

		@Override
		public String toString() {
			return "Customer[" + name + "]";
		}

	}

	/**
	 * A payment link: {@code status} is created, partially_paid, paid, cancelled or
	 * expired; {@code shortUrl} is where the clinic pays.
	 */
	record GatewayPaymentLink(String id, String referenceId, String shortUrl, String status, long amountPaise,
			Instant expireBy) {
	}

}
