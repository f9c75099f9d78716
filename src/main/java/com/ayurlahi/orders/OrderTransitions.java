package com.ayurlahi.orders;

import static com.ayurlahi.orders.OrderStatus.CANCELLED;
import static com.ayurlahi.orders.OrderStatus.CONFIRMED;
import static com.ayurlahi.orders.OrderStatus.DELIVERED;
import static com.ayurlahi.orders.OrderStatus.PARTIALLY_FULFILLED;
import static com.ayurlahi.orders.OrderStatus.PAYMENT_FAILED;
import static com.ayurlahi.orders.OrderStatus.PENDING;
import static com.ayurlahi.orders.OrderStatus.PROCESSING;
import static com.ayurlahi.orders.OrderStatus.REFUNDED;
import static com.ayurlahi.orders.OrderStatus.SHIPPED;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.users.Role;

/**
 * Every status change an order can make, and who may make it: the one place these rules
 * live. Portal pages, the API, payments and jobs all go through {@link Order}, which asks
 * here; anything not declared is refused with a 409 that names what is allowed.
 * <p>
 * An order or items of it can be cancelled until it ships. Once paid, a cancellation is
 * refunded by the payments module (it listens to {@link OrderStatusChanged} and
 * {@link OrderItemCancelled}); a cancelled order becomes {@link OrderStatus#REFUNDED}
 * when its money is back with the clinic. A whole order is cancelled by its clinic (until
 * the manufacturer starts packing it) or by an ADMIN (until it ships), as the API
 * contract has it ({@code POST /api/orders/{id}/cancel}: CLINIC, ADMIN). The manufacturer
 * never cancels a whole order, paid or not: it refuses what it can't supply item by item,
 * each with a reason the clinic reads and each refunded when paid; cancelling the last
 * item leaves nothing to supply, which cancels the order (and refunds what is left).
 */
public final class OrderTransitions {

	/**
	 * Who moves an order: its clinic, its manufacturer, the team, the payments module, or
	 * a job.
	 */
	public enum Party {

		CLINIC, MANUFACTURER, ADMIN, SUPPORT, PAYMENTS, SYSTEM;

		public static Party of(Role role) {
			return switch (role) {
				case CLINIC -> CLINIC;
				case MANUFACTURER -> MANUFACTURER;
				case ADMIN -> ADMIN;
				case SUPPORT -> SUPPORT;
			};
		}

	}

	private static final Map<OrderStatus, Map<OrderStatus, Set<Party>>> ALLOWED = new EnumMap<>(OrderStatus.class);

	private static final Set<OrderStatus> ITEMS_CANCELLABLE_WHILE = EnumSet.of(PENDING, PAYMENT_FAILED, CONFIRMED,
			PROCESSING);

	private static final Set<Party> ITEM_CANCELLERS = EnumSet.of(Party.MANUFACTURER, Party.ADMIN);

	static {
		allow(PENDING, CONFIRMED, Party.PAYMENTS);
		allow(PENDING, PAYMENT_FAILED, Party.PAYMENTS);
		allow(PENDING, CANCELLED, Party.CLINIC, Party.ADMIN, Party.SYSTEM);
		allow(PAYMENT_FAILED, CONFIRMED, Party.PAYMENTS);
		allow(PAYMENT_FAILED, CANCELLED, Party.CLINIC, Party.ADMIN, Party.SYSTEM);
		allow(CONFIRMED, PROCESSING, Party.MANUFACTURER, Party.ADMIN, Party.SUPPORT);
		allow(CONFIRMED, CANCELLED, Party.CLINIC, Party.ADMIN);
		allow(PROCESSING, SHIPPED, Party.MANUFACTURER, Party.ADMIN, Party.SUPPORT);
		allow(PROCESSING, CANCELLED, Party.ADMIN);
		allow(CANCELLED, REFUNDED, Party.PAYMENTS);
		allow(SHIPPED, DELIVERED, Party.MANUFACTURER, Party.ADMIN, Party.SUPPORT);
		allow(SHIPPED, PARTIALLY_FULFILLED, Party.MANUFACTURER, Party.ADMIN, Party.SUPPORT);
	}

	private OrderTransitions() {
	}

	private static void allow(OrderStatus from, OrderStatus to, Party... parties) {
		ALLOWED.computeIfAbsent(from, status -> new EnumMap<>(OrderStatus.class))
			.put(to, Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(parties))));
	}

	/** The statuses {@code party} may move an order in {@code from} to. */
	public static Set<OrderStatus> next(OrderStatus from, Party party) {
		Set<OrderStatus> next = EnumSet.noneOf(OrderStatus.class);
		ALLOWED.getOrDefault(from, Map.of()).forEach((to, parties) -> {
			if (parties.contains(party)) {
				next.add(to);
			}
		});
		return next;
	}

	public static boolean allows(OrderStatus from, OrderStatus to, Party party) {
		return ALLOWED.getOrDefault(from, Map.of()).getOrDefault(to, Set.of()).contains(party);
	}

	/**
	 * @throws ConflictException naming the statuses that are allowed, when this change is
	 * not
	 */
	public static void require(OrderStatus from, OrderStatus to, Party party) {
		if (allows(from, to, party)) {
			return;
		}
		Set<OrderStatus> allowed = next(from, party);
		throw new ConflictException("status",
				"An order that is " + from + " can't be moved to " + to + ". "
						+ (allowed.isEmpty() ? "Nothing you can do moves it from " + from + " now."
								: "From " + from + " you can move it to: " + names(allowed) + "."));
	}

	/** Whether {@code party} may cancel single items of an order in {@code status}. */
	public static boolean allowsItemCancellation(OrderStatus status, Party party) {
		return ITEMS_CANCELLABLE_WHILE.contains(status) && ITEM_CANCELLERS.contains(party);
	}

	/**
	 * @throws ConflictException when items of an order in {@code status} can't be
	 * cancelled by {@code party}
	 */
	public static void requireItemCancellation(OrderStatus status, Party party) {
		if (!ITEM_CANCELLERS.contains(party)) {
			throw new ConflictException("Only the manufacturer or an admin cancels single items of an order.");
		}
		if (!ITEMS_CANCELLABLE_WHILE.contains(status)) {
			throw new ConflictException("Items can be cancelled only before the order ships ("
					+ names(ITEMS_CANCELLABLE_WHILE) + "); this order is " + status + ".");
		}
	}

	private static String names(Set<OrderStatus> statuses) {
		return statuses.stream().map(OrderStatus::name).collect(Collectors.joining(", "));
	}

}
