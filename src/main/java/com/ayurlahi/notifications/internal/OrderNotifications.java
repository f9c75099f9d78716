package com.ayurlahi.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.web.FlashMessage.Level;
import com.ayurlahi.notifications.NotificationCenter;
import com.ayurlahi.orders.OrderItemCancelled;
import com.ayurlahi.orders.OrderPlaced;
import com.ayurlahi.orders.OrderStatusChanged;

/**
 * Tells the clinic and the manufacturer what happened to their orders that the other side
 * (or the team, or the payments) did: a new order for the manufacturer, a paid one to
 * pack, shipment and delivery for the clinic, items the manufacturer can't supply,
 * cancellations.
 */
@Component
class OrderNotifications {

	private final NotificationCenter notifications;

	OrderNotifications(NotificationCenter notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(OrderPlaced placed) {
		notifications.notify(idOf(placed.orderId(), "PLACED"), placed.manufacturerUserId(), Level.INFO,
				"New order " + placed.orderNumber() + " from " + placed.clinicName() + " ("
						+ Money.format(placed.total()) + "), awaiting the clinic's payment.",
				manufacturerLink(placed.orderId()));
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(OrderStatusChanged change) {
		String number = change.orderNumber();
		UUID id = idOf(change.orderId(), change.to() + "/" + change.at());
		switch (change.to()) {
			case CONFIRMED -> notifications.notify(id, change.manufacturerUserId(), Level.SUCCESS,
					"Order " + number + " is paid: it is ready to pack.", manufacturerLink(change.orderId()));
			case PAYMENT_FAILED -> notifications.notify(id, change.clinicUserId(), Level.WARNING,
					"The payment for order " + number + " failed" + because(change.note()) + ".",
					clinicLink(change.orderId()));
			case SHIPPED -> notifications.notify(id, change.clinicUserId(), Level.INFO,
					"Order " + number + " is on its way.", clinicLink(change.orderId()));
			case DELIVERED, PARTIALLY_FULFILLED -> notifications.notify(id, change.clinicUserId(), Level.SUCCESS,
					"Order " + number + " is delivered.", clinicLink(change.orderId()));
			case CANCELLED -> {
				notifications.notify(id, change.clinicUserId(), Level.WARNING,
						"Order " + number + " is cancelled" + because(change.note()) + ".",
						clinicLink(change.orderId()));
				notifications.notify(idOf(change.orderId(), "CANCELLED-M/" + change.at()), change.manufacturerUserId(),
						Level.WARNING, "Order " + number + " is cancelled" + because(change.note()) + ".",
						manufacturerLink(change.orderId()));
			}
			case REFUNDED -> notifications.notify(id, change.clinicUserId(), Level.SUCCESS,
					"The money for cancelled order " + number + " is refunded" + because(change.note()) + ".",
					clinicLink(change.orderId()));
			case PENDING, PROCESSING, FAILED -> {
				// the mover's own step, or one that tells the clinic nothing new
			}
		}
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(OrderItemCancelled cancelled) {
		notifications.notify(idOf(cancelled.orderId(), "ITEM/" + cancelled.itemId()), cancelled.clinicUserId(),
				Level.WARNING,
				cancelled.productName() + " in order " + cancelled.orderNumber() + " can't be supplied"
						+ because(cancelled.reason()) + "; the order's total is lower now.",
				clinicLink(cancelled.orderId()));
	}

	/**
	 * The same event always gives the same notification id, so a redelivered event
	 * changes nothing.
	 */
	private static UUID idOf(UUID orderId, String what) {
		return UUID.nameUUIDFromBytes(("order/" + orderId + "/" + what).getBytes(StandardCharsets.UTF_8));
	}

	private static String because(@Nullable String note) {
		return note == null || note.isBlank() ? "" : ": " + note.strip().replaceAll("[.!\\s]+$", "");
	}

	private static String clinicLink(UUID orderId) {
		return "/clinic/orders/" + orderId;
	}

	private static String manufacturerLink(UUID orderId) {
		return "/manufacturer/orders/" + orderId;
	}

}
