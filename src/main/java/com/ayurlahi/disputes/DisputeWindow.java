package com.ayurlahi.disputes;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;

/**
 * When a clinic may report a problem with an order: once it has shipped, until the window
 * after delivery closes; an order that has not arrived may be reported as not delivered
 * from a while after shipping, and its window runs from then. The window is the one the
 * clinic's plan gave the order when it was placed ({@link OrderView#disputeWindowDays()}:
 * 7 days on Free, 15 on Clinic Plus), or the configured one
 * ({@code ayurlahi.disputes.window}) for an order placed without a plan.
 *
 * @param closesAt when the window closes (null: the order has not shipped)
 * @param notDeliveredFrom from when it may be reported as not delivered (null: the order
 * has not shipped)
 * @param delivered whether the order was delivered
 */
public record DisputeWindow(@Nullable Instant closesAt, @Nullable Instant notDeliveredFrom, boolean delivered) {

	static DisputeWindow of(OrderView order, DisputeSettings settings) {
		Optional<Instant> deliveredAt = lastStep(order, OrderStatus.DELIVERED, OrderStatus.PARTIALLY_FULFILLED);
		Optional<Instant> shippedAt = lastStep(order, OrderStatus.SHIPPED);
		boolean eligible = order.status() == OrderStatus.SHIPPED || order.status() == OrderStatus.DELIVERED
				|| order.status() == OrderStatus.PARTIALLY_FULFILLED;
		if (!eligible || shippedAt.isEmpty()) {
			return new DisputeWindow(null, null, false);
		}
		Instant notDeliveredFrom = shippedAt.get().plus(settings.notDeliveredAfter());
		Duration window = lengthOf(order, settings);
		if (deliveredAt.isPresent()) {
			return new DisputeWindow(deliveredAt.get().plus(window), notDeliveredFrom, true);
		}
		return new DisputeWindow(notDeliveredFrom.plus(window), notDeliveredFrom, false);
	}

	/** How long the order's window stays open. */
	static Duration lengthOf(OrderView order, DisputeSettings settings) {
		Integer days = order.disputeWindowDays();
		return days == null ? settings.window() : Duration.ofDays(days);
	}

	private static Optional<Instant> lastStep(OrderView order, OrderStatus... statuses) {
		return order.statusHistory()
			.stream()
			.filter(step -> Arrays.asList(statuses).contains(step.status()))
			.map(OrderView.Step::at)
			.max(Comparator.naturalOrder());
	}

	/** Whether a problem may be reported at {@code now}. */
	public boolean isOpenAt(Instant now) {
		return closesAt != null && now.isBefore(closesAt);
	}

}
