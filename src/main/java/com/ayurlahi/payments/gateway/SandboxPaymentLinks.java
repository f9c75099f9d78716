package com.ayurlahi.payments.gateway;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPayment;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPaymentLink;
import com.ayurlahi.payments.gateway.PaymentGateway.PaymentLinkRequest;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Choice;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Delivery;

/**
 * Razorpay's payment links as the sandbox keeps them
 * ({@code sandbox_razorpay_payment_links}): one per reference (a second is refused, as
 * Razorpay refuses it), each with the Razorpay order that takes its attempts; paid on the
 * sandbox's page, cancelled while nobody has paid them, expired at their time. The link's
 * notes travel on to its order and payments in the webhooks, as Razorpay copies them.
 * Callers run each change in a transaction of the sandbox's own.
 */
final class SandboxPaymentLinks {

	private final SandboxRazorpayTables tables;

	private final SandboxWebhooks webhooks;

	private final Clock clock;

	SandboxPaymentLinks(SandboxRazorpayTables tables, SandboxWebhooks webhooks, Clock clock) {
		this.tables = tables;
		this.webhooks = webhooks;
		this.clock = clock;
	}

	/** A payment link as its page shows it. */
	record LinkPage(String id, String referenceId, String description, long amountPaise, String status,
			Instant expireBy) {
	}

	/**
	 * A new link paid at {@code url} through {@code order}; the expiry is clamped as the
	 * real adapter clamps it, to the second as Razorpay keeps it.
	 */
	GatewayPaymentLink create(String id, String url, PaymentLinkRequest request, SandboxOrder order) {
		Instant now = clock.instant();
		if (tables.referenceTaken(request.referenceId())) {
			throw new PaymentGatewayException(
					"Payment link with reference_id " + request.referenceId() + " already exists");
		}
		SandboxPaymentLink link = new SandboxPaymentLink(id, request.referenceId(), url, request.description(),
				request.expireByFrom(now).truncatedTo(ChronoUnit.SECONDS), request.notes(), order.id, order.amountPaise,
				"created");
		tables.insert(order, now);
		tables.insert(link);
		return link.view(now);
	}

	Optional<GatewayPaymentLink> byReference(String referenceId) {
		return tables.linkByReference(referenceId).map(link -> link.view(clock.instant()));
	}

	/**
	 * Cancels a link nobody has paid ({@code payment_link.cancelled} follows); a paid or
	 * expired one is refused.
	 */
	GatewayPaymentLink cancel(String paymentLinkId, Delivery delivery) {
		SandboxPaymentLink link = tables.lockLink(paymentLinkId).orElseThrow(() -> unknown(paymentLinkId));
		Instant now = clock.instant();
		String status = link.statusAt(now);
		if ("cancelled".equals(status)) {
			return link.view(now);
		}
		if (!"created".equals(status)) {
			throw new PaymentGatewayException("Payment link can't be cancelled: it is " + status);
		}
		SandboxPaymentLink cancelled = link.withStatus("cancelled");
		tables.update(cancelled);
		webhooks.send(List
			.of(webhooks.paymentLinkEvent("payment_link.cancelled", cancelled, null, null, now.getEpochSecond())),
				delivery);
		return cancelled.view(now);
	}

	LinkPage page(String paymentLinkId) {
		SandboxPaymentLink link = tables.link(paymentLinkId).orElseThrow(() -> unknown(paymentLinkId));
		return new LinkPage(link.id(), link.referenceId(), link.description(), link.amountPaise(),
				link.statusAt(clock.instant()), link.expireBy());
	}

	/**
	 * One payment attempt {@code paymentId}: a UPI payment is captured and pays the link;
	 * a declined card leaves it to be paid again.
	 * @return the message the page shows
	 */
	String pay(String paymentLinkId, String paymentId, Choice choice, Delivery delivery) {
		SandboxPaymentLink link = tables.lockLink(paymentLinkId).orElseThrow(() -> unknown(paymentLinkId));
		long now = clock.instant().getEpochSecond();
		String status = link.statusAt(clock.instant());
		if (!"created".equals(status)) {
			throw new PaymentGatewayException("This payment link is " + status + ": it takes no payment.");
		}
		SandboxOrder order = tables.lockOrder(link.orderId()).orElseThrow(() -> unknown(link.orderId()));
		if (choice == Choice.UPI_SUCCESS) {
			GatewayPayment payment = new GatewayPayment(paymentId, order.amountPaise, "INR", "captured", "upi");
			order.payments.add(payment);
			order.status = "paid";
			SandboxPaymentLink paid = link.withStatus("paid");
			tables.update(order);
			tables.update(paid);
			tables.captured(paymentId, order.id);
			webhooks.send(
					List.of(webhooks.paymentEvent("payment.captured", order.view(), payment, null, now, paid.notes()),
							webhooks.orderPaidEvent(order.view(), payment, now, paid.notes()),
							webhooks.paymentLinkEvent("payment_link.paid", paid, order.view(), payment, now)),
					delivery);
			return "Payment successful.";
		}
		GatewayPayment payment = new GatewayPayment(paymentId, order.amountPaise, "INR", "failed", "card");
		order.payments.add(payment);
		order.status = "attempted";
		tables.update(order);
		SandboxWebhooks.Failure failure = SandboxWebhooks.Failure.declined();
		webhooks.send(
				List.of(webhooks.paymentEvent("payment.failed", order.view(), payment, failure, now, link.notes())),
				delivery);
		return failure.description();
	}

	private static PaymentGatewayException unknown(String id) {
		return new PaymentGatewayException("The id provided does not exist: " + id);
	}

}
