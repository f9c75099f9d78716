package com.ayurlahi.payments.links;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.orders.OrderItemCancelled;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderStatusChanged;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.gateway.GatewayCallDue.LinkDue;

/**
 * Asks for payment links and cancels them, in the transaction that decides it: a WhatsApp
 * checkout asks for the order's link; the orders module's events (heard with
 * {@code @EventListener}s, so that the link commits or rolls back with the change) end it
 * when the order no longer waits for its payment (cancelled by the clinic, the
 * manufacturer, the team or the payment-timeout sweep; confirmed by another payment), and
 * replace it when a cancelled item changed the order's total. The calls to Razorpay
 * follow after commit ({@link PaymentLinkSubmission}, through {@link LinkDue}).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PaymentLinkRequesting {

	private final PaymentLinkRepository links;

	private final OrderManagement orders;

	private final PaymentSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaymentLinkRequesting(PaymentLinkRepository links, OrderManagement orders, PaymentSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.orders = orders;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records that the order's link is owed, unless it has a live one (owed or payable):
	 * then nothing changes. The link is for the order's total, payable until the order's
	 * payment timeout, with the order number as its reference ({@code -2}, {@code -3}…
	 * for later links of the same order, as Razorpay takes each reference once).
	 * @throws ConflictException when the order does not wait for its payment
	 */
	public void request(UUID orderId) {
		OrderView order = orders.find(orderId);
		if (!order.awaitsPayment()) {
			throw new ConflictException("Order " + order.orderNumber() + " is " + order.status().label().toLowerCase()
					+ ": there is nothing to pay.");
		}
		if (links.findLiveForUpdate(orderId).isPresent()) {
			return;
		}
		owe(order);
	}

	/**
	 * The order stopped waiting for its payment: its live link is cancelled. A link that
	 * paid the order is no longer live, so its own capture cancels nothing.
	 */
	@EventListener
	void on(OrderStatusChanged change) {
		if (change.to() == OrderStatus.PENDING || change.to() == OrderStatus.PAYMENT_FAILED) {
			return;
		}
		String reason = change.to() == OrderStatus.CANCELLED
				? "Order cancelled" + (change.note() == null ? "" : ": " + change.note())
				: "Order " + change.to().label().toLowerCase() + " without this link";
		links.findLiveForUpdate(change.orderId()).ifPresent(link -> cancel(link, reason));
	}

	/**
	 * An item of an order that still waits for its payment was cancelled: the live link
	 * is for the old total, so it is cancelled and a link for the new total asked for.
	 */
	@EventListener
	void on(OrderItemCancelled cancelled) {
		links.findLiveForUpdate(cancelled.orderId()).ifPresent(link -> {
			OrderView order = orders.find(cancelled.orderId());
			if (!order.awaitsPayment() || order.total().compareTo(link.getAmount()) == 0) {
				return;
			}
			cancel(link, "The order changed: " + cancelled.quantity() + " × " + cancelled.productName() + " cancelled");
			links.flush();
			owe(order);
		});
	}

	private void owe(OrderView order) {
		long earlier = links.countByOrderId(order.id());
		String reference = earlier == 0 ? order.orderNumber() : order.orderNumber() + "-" + (earlier + 1);
		PaymentLink link = PaymentLink.requested(order.id(), order.orderNumber(),
				orders.accountsOf(order.id()).clinicUserId(), reference, order.total(),
				order.createdAt().plus(settings.timeout()), now());
		links.saveAndFlush(link);
		events.publishEvent(new LinkDue(link.getId()));
	}

	private void cancel(PaymentLink link, String reason) {
		boolean callDue = link.cancel(reason, now());
		links.save(link);
		if (callDue) {
			events.publishEvent(new LinkDue(link.getId()));
		}
	}

	private Instant now() {
		return clock.instant();
	}

}
