package com.ayurlahi.whatsapp.notices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.orders.OrderItemCancelled;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatusChanged;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.PaymentLinkView;
import com.ayurlahi.payments.PaymentLinks;
import com.ayurlahi.whatsapp.NoticeKind;

/**
 * Tells the clinic over WhatsApp what happened to its orders (paid, payment failed with
 * where to pay again: its payment link while it takes payments, otherwise the order's
 * page, shipped with carrier and tracking number, delivered, cancelled, an item the
 * manufacturer can't supply) and the manufacturer about a paid order to fulfil. Refunds
 * are {@link RefundNotices}' (from the refund itself, so the order's REFUNDED status
 * tells nothing twice).
 */
@Component
class OrderNotices {

	private final Notices notices;

	private final OrderManagement orders;

	private final PaymentLinks links;

	OrderNotices(Notices notices, OrderManagement orders, PaymentLinks links) {
		this.notices = notices;
		this.orders = orders;
		this.links = links;
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(OrderStatusChanged change) {
		String number = change.orderNumber();
		switch (change.to()) {
			case CONFIRMED -> paid(change);
			case PAYMENT_FAILED -> {
				String link = links.current(change.orderId())
					.map(PaymentLinkView::url)
					.orElseGet(() -> notices.link(clinicPage(change.orderId())));
				toClinic(
						change, NoticeKind.PAYMENT_FAILED, "The payment for order " + number + " failed"
								+ Notices.because(change.note()) + ". Pay again here: " + link,
						Notices.values("orderNumber", number, "link", link));
			}
			case SHIPPED -> {
				OrderView order = orders.find(change.orderId());
				String carrier = orEmpty(order.carrier());
				String tracking = orEmpty(order.trackingNumber());
				toClinic(change, NoticeKind.ORDER_SHIPPED,
						"Order " + number + " is on its way with " + carrier + ", tracking number " + tracking + ".",
						Notices.values("orderNumber", number, "carrier", carrier, "trackingNumber", tracking));
			}
			case DELIVERED, PARTIALLY_FULFILLED -> {
				String link = notices.link(clinicPage(change.orderId()));
				toClinic(change, NoticeKind.ORDER_DELIVERED,
						"Order " + number + " is delivered. Anything damaged, short or wrong? Report it here: " + link,
						Notices.values("orderNumber", number, "link", link));
			}
			case CANCELLED -> {
				String what = "cancelled" + Notices.why(change.note()) + "."
						+ (change.from().isPaidAndUnshipped() ? " What you paid will be refunded." : "");
				toClinic(change, NoticeKind.ORDER_CANCELLED, "Order " + number + ": " + what,
						Notices.values("orderNumber", number, "what", what));
			}
			case PENDING, PROCESSING, REFUNDED, FAILED -> {
				// nothing new for the clinic, or a refund (RefundNotices tells it)
			}
		}
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(OrderItemCancelled cancelled) {
		OrderView order = orders.find(cancelled.orderId());
		String what = cancelled.quantity() + " × " + cancelled.productName() + " can't be supplied"
				+ Notices.why(cancelled.reason()) + "; the manufacturer cancelled it."
				+ (order.wasPaid() ? " Its price will be refunded." : "");
		notices.send(cancelled.clinicUserId(), NoticeKind.ORDER_CANCELLED,
				"order/" + cancelled.orderId() + "/item/" + cancelled.itemId() + "/clinic",
				"Order " + cancelled.orderNumber() + ": " + what,
				Notices.values("orderNumber", cancelled.orderNumber(), "what", what));
	}

	/**
	 * The payment is in: the clinic hears what was received, the manufacturer that the
	 * order is its to pack.
	 */
	private void paid(OrderStatusChanged change) {
		OrderView order = orders.find(change.orderId());
		String number = change.orderNumber();
		String amount = Money.format(paidTotal(order, change.at()));
		toClinic(change, NoticeKind.PAYMENT_RECEIVED, "We received " + amount + " for order " + number + ". Thank you.",
				Notices.values("orderNumber", number, "amount", amount));
		String link = notices.link("/manufacturer/orders/" + change.orderId());
		notices.send(change.manufacturerUserId(), NoticeKind.NEW_ORDER, key(change, "manufacturer"),
				"New paid order " + number + " from " + order.clinicName() + " (" + amount + ") is ready to pack: "
						+ link,
				Notices.values("orderNumber", number, "clinicName", order.clinicName(), "total", amount, "link", link));
	}

	private void toClinic(OrderStatusChanged change, NoticeKind kind, String text, Map<String, String> values) {
		notices.send(change.clinicUserId(), kind, key(change, "clinic"), text, values);
	}

	/**
	 * What was paid: the lines not cancelled before the payment came (those cancelled
	 * since are refunded on their own), as the tax invoice counts them.
	 */
	private static BigDecimal paidTotal(OrderView order, Instant paidAt) {
		return order.items()
			.stream()
			.filter(item -> !item.cancelled() || item.cancelledAt() == null || !item.cancelledAt().isBefore(paidAt))
			.map(OrderView.Item::lineTotal)
			.reduce(Money.ZERO, BigDecimal::add);
	}

	private static String key(OrderStatusChanged change, String recipient) {
		return "order/" + change.orderId() + "/" + change.to() + "/" + change.at() + "/" + recipient;
	}

	private static String clinicPage(UUID orderId) {
		return "/clinic/orders/" + orderId;
	}

	private static String orEmpty(@Nullable String value) {
		return value == null || value.isBlank() ? "-" : value;
	}

}
