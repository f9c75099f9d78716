package com.ayurlahi.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.validation.PlainTexts;
import com.ayurlahi.orders.OrderTransitions.Party;
import com.ayurlahi.products.ProductStock;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The orders module's API for orders once placed ({@link OrderPlacement} places them):
 * moving an order through its statuses, cancelling it or single items, what the payments
 * module reports about its money, and reading orders as each role may. A clinic sees its
 * own orders, a manufacturer the orders placed with it, ADMIN and SUPPORT all; anyone
 * else's order does not exist for them (404). Each change locks the order, is audited in
 * its transaction and published as an event.
 */
@Service
@Transactional
@EnableConfigurationProperties(OrderSettings.class)
public class OrderManagement {

	static final String ENTITY = "Order";

	/** The longest note or reason a user may give with a change of an order. */
	static final int MAX_NOTE = 300;

	private final Orders orders;

	private final OrderQueries queries;

	private final ProductStock stock;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrderManagement(Orders orders, OrderQueries queries, ProductStock stock, ApplicationEventPublisher events,
			Clock clock) {
		this.orders = orders;
		this.queries = queries;
		this.stock = stock;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Moves an order on: the manufacturer, ADMIN or SUPPORT fulfil it (shipping needs a
	 * carrier and tracking number); {@link OrderStatus#CANCELLED} is a cancellation with
	 * {@code note} as its reason.
	 */
	public OrderView changeStatus(UUID orderId, OrderStatus to, @Nullable Shipment shipment, @Nullable String note,
			AuthenticatedUser user) {
		if (to == OrderStatus.CANCELLED) {
			String why = requireReason(note, "note");
			return cancelled(lockedFor(orderId, user), Party.of(user.role()), actor(user), why);
		}
		String why = note == null || note.isBlank() ? null : checked(note.strip(), "note");
		return moved(lockedFor(orderId, user), to, Party.of(user.role()), actor(user), shipment, why);
	}

	/**
	 * Cancels an order while that is allowed (see {@link OrderTransitions}); its stock
	 * goes back once.
	 */
	public OrderView cancel(UUID orderId, @Nullable String reason, AuthenticatedUser user) {
		String why = requireReason(reason, "reason");
		return cancelled(lockedFor(orderId, user), Party.of(user.role()), actor(user), why);
	}

	/**
	 * Cancels one item the manufacturer can't supply (or an admin cancels it), while that
	 * is allowed; its stock goes back once and the order's totals drop. The last item
	 * takes the order with it.
	 */
	public OrderView cancelItem(UUID orderId, UUID itemId, @Nullable String reason, AuthenticatedUser user) {
		String why = requireReason(reason, "reason");
		Order order = lockedFor(orderId, user);
		OrderStatus before = order.getStatus();
		String totalBefore = order.getTotal().toPlainString();
		OrderItem item = order.cancelItem(itemId, Party.of(user.role()), actor(user), why, now());
		stock.release(item.getProductId(), item.getQuantity());
		orders.flush();
		events.publishEvent(AuditedChange.of("ORDER_ITEM_CANCELLED", ENTITY, order.getId())
			.value("item", item.getId())
			.value("product", item.getQuantity() + " × " + item.getProductName())
			.value("reason", why)
			.field("total", totalBefore, order.getTotal().toPlainString())
			.field("status", before, order.getStatus())
			.by(actor(user)));
		events.publishEvent(
				new OrderItemCancelled(order.getId(), order.getOrderNumber(), item.getId(), item.getProductName(),
						item.getQuantity(), why, order.getClinicUserId(), order.getManufacturerUserId(), now()));
		if (order.getStatus() != before) {
			publishStatusChange(order, before, "No item left to supply");
		}
		return order.view();
	}

	/**
	 * The payments module reports the order paid: it is confirmed for the manufacturer to
	 * fulfil.
	 */
	public OrderView confirmPayment(UUID orderId, Actor payments) {
		Order order = orders.findForUpdate(orderId).orElseThrow(OrderManagement::notFound);
		return moved(order, OrderStatus.CONFIRMED, Party.PAYMENTS, payments, null, "Payment received");
	}

	/**
	 * The payments module reports a failed payment; the clinic may pay again or cancel.
	 */
	public OrderView recordPaymentFailure(UUID orderId, String reason, Actor payments) {
		Order order = orders.findForUpdate(orderId).orElseThrow(OrderManagement::notFound);
		return moved(order, OrderStatus.PAYMENT_FAILED, Party.PAYMENTS, payments, null, reason);
	}

	/**
	 * The payments module reports the money of a cancelled order back with the clinic:
	 * the order is REFUNDED. Returns empty, changing nothing, when the order is not
	 * cancelled (it was partly refunded and goes on).
	 */
	public Optional<OrderView> markRefunded(UUID orderId, String note, Actor payments) {
		Order order = orders.findForUpdate(orderId).orElseThrow(OrderManagement::notFound);
		if (order.getStatus() != OrderStatus.CANCELLED) {
			return Optional.empty();
		}
		OrderStatus before = order.markRefunded(payments, note, now());
		orders.flush();
		events.publishEvent(AuditedChange.of("ORDER_STATUS_CHANGED", ENTITY, order.getId())
			.field("status", before, order.getStatus())
			.value("note", note)
			.by(payments));
		publishStatusChange(order, before, note);
		return Optional.of(order.view());
	}

	/**
	 * Adds {@code note} to the order's history, for everyone who sees the order: what the
	 * payments module did about it (a refund asked for, processed or failed).
	 */
	public void addNote(UUID orderId, String note, Actor actor) {
		Order order = orders.findForUpdate(orderId).orElseThrow(OrderManagement::notFound);
		order.note(actor, note, now());
	}

	/**
	 * The platform cancels an order whose payment never came (the payment-timeout sweep);
	 * its stock goes back once. Returns empty, changing nothing, when the order no longer
	 * waits for its payment (paid or cancelled meanwhile).
	 */
	public Optional<OrderView> expireUnpaid(UUID orderId, String reason, Actor platform) {
		Order order = orders.findForUpdate(orderId).orElseThrow(OrderManagement::notFound);
		if (order.getStatus() != OrderStatus.PENDING && order.getStatus() != OrderStatus.PAYMENT_FAILED) {
			return Optional.empty();
		}
		return Optional.of(cancelled(order, Party.SYSTEM, platform, reason));
	}

	/**
	 * The orders still waiting for their payment (pending, or failed and not retried)
	 * that were placed before {@code placedBefore}, oldest first: what the
	 * payment-timeout sweep looks at.
	 */
	@Transactional(readOnly = true)
	public List<UUID> awaitingPaymentSince(Instant placedBefore, int limit) {
		return orders.awaitingPayment(List.of(OrderStatus.PENDING, OrderStatus.PAYMENT_FAILED), placedBefore,
				PageRequest.of(0, limit));
	}

	/** One order as {@code viewer} may see it. */
	@Transactional(readOnly = true)
	public OrderView get(UUID orderId, AuthenticatedUser viewer) {
		Order order = orders.findById(orderId).orElseThrow(OrderManagement::notFound);
		requireVisible(order, viewer);
		return order.view();
	}

	/**
	 * One order, for a module that acts for the platform rather than for a signed-in user
	 * (payments, jobs).
	 */
	@Transactional(readOnly = true)
	public OrderView find(UUID orderId) {
		return orders.findById(orderId).orElseThrow(OrderManagement::notFound).view();
	}

	/** The accounts of the order's clinic and manufacturer. */
	@Transactional(readOnly = true)
	public OrderAccounts accountsOf(UUID orderId) {
		Order order = orders.findById(orderId).orElseThrow(OrderManagement::notFound);
		return new OrderAccounts(order.getClinicUserId(), order.getManufacturerUserId());
	}

	/**
	 * How many orders each manufacturer has shipped (shipped, delivered or partially
	 * fulfilled), by manufacturer: the base of its dispute rate.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Long> shippedOrdersByManufacturer() {
		return orders
			.countByManufacturer(
					EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.PARTIALLY_FULFILLED))
			.stream()
			.collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
	}

	/** The orders {@code viewer} may see that {@code filter} selects, newest first. */
	@Transactional(readOnly = true)
	public Page<OrderSummary> search(OrderFilter filter, AuthenticatedUser viewer, Pageable pageable) {
		return switch (viewer.role()) {
			case CLINIC -> queries.find(filter, viewer.id(), null, pageable);
			case MANUFACTURER -> queries.find(filter, null, viewer.id(), pageable);
			case ADMIN, SUPPORT -> queries.find(filter, null, null, pageable);
		};
	}

	private OrderView moved(Order order, OrderStatus to, Party party, Actor actor, @Nullable Shipment shipment,
			@Nullable String note) {
		String why = note == null || note.isBlank() ? null : note.strip();
		OrderStatus before = order.moveTo(to, party, actor, shipment, why, now());
		orders.flush();
		OrderView view = order.view();
		AuditedChange change = AuditedChange.of("ORDER_STATUS_CHANGED", ENTITY, order.getId())
			.field("status", before, order.getStatus());
		if (order.getStatus() == OrderStatus.SHIPPED) {
			change.value("carrier", view.carrier()).value("trackingNumber", view.trackingNumber());
		}
		if (why != null) {
			change.value("note", why);
		}
		events.publishEvent(change.by(actor));
		publishStatusChange(order, before, why);
		return view;
	}

	private OrderView cancelled(Order order, Party party, Actor actor, String why) {
		OrderStatus before = order.getStatus();
		List<OrderItem> released = order.cancel(party, actor, why, now());
		released.forEach(item -> stock.release(item.getProductId(), item.getQuantity()));
		orders.flush();
		events.publishEvent(AuditedChange.of("ORDER_CANCELLED", ENTITY, order.getId())
			.field("status", before, order.getStatus())
			.value("reason", why)
			.value("stockReleased",
					released.stream()
						.map(item -> item.getQuantity() + " × " + item.getProductName())
						.collect(Collectors.joining("; ")))
			.by(actor));
		publishStatusChange(order, before, why);
		return order.view();
	}

	private void publishStatusChange(Order order, OrderStatus before, @Nullable String note) {
		events.publishEvent(new OrderStatusChanged(order.getId(), order.getOrderNumber(), order.getClinicUserId(),
				order.getManufacturerUserId(), before, order.getStatus(), note, now()));
	}

	private Order lockedFor(UUID orderId, AuthenticatedUser user) {
		Order order = orders.findForUpdate(orderId).orElseThrow(OrderManagement::notFound);
		requireVisible(order, user);
		return order;
	}

	private static void requireVisible(Order order, AuthenticatedUser viewer) {
		if (!order.isVisibleTo(viewer)) {
			throw notFound();
		}
	}

	private static String requireReason(@Nullable String reason, String field) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException(field, "Say why, for the clinic and the manufacturer to read.");
		}
		return checked(reason.strip(), field);
	}

	/**
	 * A note or reason people type, refused (never cut) when it is longer than
	 * {@link #MAX_NOTE} or is not plain text.
	 */
	private static String checked(String text, String field) {
		if (text.length() > MAX_NOTE) {
			throw new InvalidInputException(field, "Use at most " + MAX_NOTE + " characters.");
		}
		return PlainTexts.require(text, field, true);
	}

	private static Actor actor(AuthenticatedUser user) {
		return Actor.user(user.id(), user.role().name());
	}

	static NotFoundException notFound() {
		return new NotFoundException("There is no such order.");
	}

	private Instant now() {
		return Order.now(clock);
	}

}
