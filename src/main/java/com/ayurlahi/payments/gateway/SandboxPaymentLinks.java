package com.ayurlahi.payments.gateway;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPayment;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPaymentLink;
import com.ayurlahi.payments.gateway.PaymentGateway.PaymentLinkRequest;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Choice;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Delivery;

/**
 * Razorpay's payment links as the sandbox keeps them: one per reference (a second is
 * refused, as Razorpay refuses it), each with the Razorpay order that takes its attempts;
 * paid on the sandbox's page, cancelled while nobody has paid them, expired at their
 * time. The link's notes travel on to its order and payments in the webhooks, as Razorpay
 * copies them.
 */
final class SandboxPaymentLinks {

	private final Map<String, SandboxPaymentLink> links = new ConcurrentHashMap<>();

	private final Map<String, SandboxPaymentLink> byReference = new ConcurrentHashMap<>();

	private final SandboxWebhooks webhooks;

	private final Clock clock;

	SandboxPaymentLinks(SandboxWebhooks webhooks, Clock clock) {
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
		SandboxPaymentLink link = new SandboxPaymentLink(id, request.referenceId(), url, request.description(),
				request.expireByFrom(now).truncatedTo(ChronoUnit.SECONDS), request.notes(), order);
		if (byReference.putIfAbsent(request.referenceId(), link) != null) {
			throw new PaymentGatewayException(
					"Payment link with reference_id " + request.referenceId() + " already exists");
		}
		links.put(id, link);
		return link.view(now);
	}

	Optional<GatewayPaymentLink> byReference(String referenceId) {
		return Optional.ofNullable(byReference.get(referenceId)).map(link -> link.view(clock.instant()));
	}

	/**
	 * Cancels a link nobody has paid ({@code payment_link.cancelled} follows); a paid or
	 * expired one is refused.
	 */
	GatewayPaymentLink cancel(String paymentLinkId, Delivery delivery) {
		SandboxPaymentLink link = find(paymentLinkId);
		Instant now = clock.instant();
		synchronized (link) {
			String status = link.statusAt(now);
			if ("cancelled".equals(status)) {
				return link.view(now);
			}
			if (!"created".equals(status)) {
				throw new PaymentGatewayException("Payment link can't be cancelled: it is " + status);
			}
			link.status = "cancelled";
			webhooks.send(List
				.of(webhooks.paymentLinkEvent("payment_link.cancelled", link, null, null, now.getEpochSecond())),
					delivery);
			return link.view(now);
		}
	}

	LinkPage page(String paymentLinkId) {
		SandboxPaymentLink link = find(paymentLinkId);
		return new LinkPage(link.id, link.referenceId, link.description, link.order.amountPaise,
				link.statusAt(clock.instant()), link.expireBy);
	}

	/**
	 * One payment attempt {@code paymentId}: a UPI payment is captured and pays the link
	 * (told to {@code captured}); a declined card leaves it to be paid again.
	 * @return the message the page shows
	 */
	String pay(String paymentLinkId, String paymentId, Choice choice, Delivery delivery,
			BiConsumer<String, SandboxOrder> captured) {
		SandboxPaymentLink link = find(paymentLinkId);
		SandboxOrder order = link.order;
		long now = clock.instant().getEpochSecond();
		synchronized (link) {
			String status = link.statusAt(clock.instant());
			if (!"created".equals(status)) {
				throw new PaymentGatewayException("This payment link is " + status + ": it takes no payment.");
			}
			synchronized (order) {
				if (choice == Choice.UPI_SUCCESS) {
					GatewayPayment payment = new GatewayPayment(paymentId, order.amountPaise, "INR", "captured", "upi");
					order.payments.add(payment);
					order.status = "paid";
					link.status = "paid";
					captured.accept(paymentId, order);
					webhooks.send(
							List.of(webhooks.paymentEvent("payment.captured", order.view(), payment, null, now,
									link.notes), webhooks.orderPaidEvent(order.view(), payment, now, link.notes),
									webhooks.paymentLinkEvent("payment_link.paid", link, order.view(), payment, now)),
							delivery);
					return "Payment successful.";
				}
				GatewayPayment payment = new GatewayPayment(paymentId, order.amountPaise, "INR", "failed", "card");
				order.payments.add(payment);
				order.status = "attempted";
				SandboxWebhooks.Failure failure = SandboxWebhooks.Failure.declined();
				webhooks.send(List
					.of(webhooks.paymentEvent("payment.failed", order.view(), payment, failure, now, link.notes)),
						delivery);
				return failure.description();
			}
		}
	}

	private SandboxPaymentLink find(String paymentLinkId) {
		SandboxPaymentLink link = links.get(paymentLinkId);
		if (link == null) {
			throw new PaymentGatewayException("The id provided does not exist: " + paymentLinkId);
		}
		return link;
	}

}
