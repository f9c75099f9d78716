package com.ayurlahi.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderTransitions.Party;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductStock;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.products.StockRequest;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * The orders module's API: placing an order, moving it through its statuses, cancelling
 * it or single items, and reading orders as each role may. A clinic sees its own orders,
 * a manufacturer the orders placed with it, ADMIN and SUPPORT all; anyone else's order
 * does not exist for them (404). Each change locks the order, is audited in its
 * transaction and published as an event.
 */
@Service
@Transactional
@EnableConfigurationProperties(OrderSettings.class)
public class OrderManagement {

	static final String ENTITY = "Order";

	public static final int MAX_LINES = 100;

	public static final int MAX_QUANTITY = 100_000;

	private final Orders orders;

	private final OrderQueries queries;

	private final ClinicManagement clinics;

	private final ManufacturerManagement manufacturers;

	private final ProductCatalog catalog;

	private final ProductStock stock;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrderManagement(Orders orders, OrderQueries queries, ClinicManagement clinics, ManufacturerManagement manufacturers,
			ProductCatalog catalog, ProductStock stock, ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.queries = queries;
		this.clinics = clinics;
		this.manufacturers = manufacturers;
		this.catalog = catalog;
		this.stock = stock;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Places one order for products of one manufacturer, delivered to {@code shipTo} (the
	 * clinic's own address when none is given), and reserves their stock. It awaits
	 * payment.
	 * @throws InvalidInputException for an empty or malformed list, products of several
	 * manufacturers, or less than a product's minimum order
	 * @throws ConflictException when the clinic or the manufacturer may not trade, or a
	 * product can't be ordered or lacks stock (naming it)
	 */
	public OrderView place(AuthenticatedUser clinicUser, List<OrderLine> lines, @Nullable PostalAddress shipTo,
			OrderSource source) {
		Clinic clinic = orderingClinic(clinicUser);
		Map<UUID, ProductView> products = checkedProducts(lines);
		UUID manufacturerId = products.values().iterator().next().manufacturerId();
		Manufacturer manufacturer = manufacturers.find(manufacturerId).orElseThrow();
		if (!manufacturer.maySellOn(today())) {
			throw new ConflictException(manufacturer.getCompanyName() + " is not taking orders right now.");
		}
		stock.reserve(lines.stream().map(line -> new StockRequest(line.productId(), line.quantity())).toList());
		OrderParties parties = new OrderParties(clinic.getId(), clinicUser.id(), clinic.getLegalName(),
				clinic.getGstin().value(), manufacturer.getId(), manufacturer.getOwnerUserId(),
				manufacturer.getCompanyName(), manufacturer.getGstin().value(), manufacturer.getAddress().state(),
				manufacturer.getCommissionRate());
		List<Order.Line> orderLines = lines.stream()
			.map(line -> new Order.Line(ProductSnapshot.of(products.get(line.productId())), line.quantity()))
			.toList();
		Order order = orders.saveAndFlush(new Order(orderNumber(), parties,
				shipTo == null ? clinic.getAddress() : shipTo, source, orderLines, actor(clinicUser), now()));
		events.publishEvent(AuditedChange.of("ORDER_PLACED", ENTITY, order.getId())
			.value("orderNumber", order.getOrderNumber())
			.value("status", order.getStatus())
			.value("clinicId", clinic.getId())
			.value("manufacturerId", manufacturer.getId())
			.value("placeOfSupply", order.view().placeOfSupply().code())
			.value("items",
					order.items()
						.stream()
						.map(item -> item.getQuantity() + " × " + item.getProductName())
						.collect(Collectors.joining("; ")))
			.value("total", order.getTotal().toPlainString())
			.by(actor(clinicUser)));
		events.publishEvent(new OrderPlaced(order.getId(), order.getOrderNumber(), order.getClinicUserId(),
				clinic.getLegalName(), order.getManufacturerUserId(), order.getTotal(), now()));
		return order.view();
	}

	/**
	 * Moves an order on: the manufacturer, ADMIN or SUPPORT fulfil it (shipping needs a
	 * carrier and tracking number); {@link OrderStatus#CANCELLED} is a cancellation with
	 * {@code note} as its reason.
	 */
	public OrderView changeStatus(UUID orderId, OrderStatus to, @Nullable Shipment shipment, @Nullable String note,
			AuthenticatedUser user) {
		if (to == OrderStatus.CANCELLED) {
			return cancel(orderId, note, user);
		}
		Order order = lockedFor(orderId, user);
		return moved(order, to, Party.of(user.role()), actor(user), shipment, note);
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
	 * Cancels an order while that is allowed (see {@link OrderTransitions}); its stock
	 * goes back once.
	 */
	public OrderView cancel(UUID orderId, @Nullable String reason, AuthenticatedUser user) {
		String why = requireReason(reason);
		return cancelled(lockedFor(orderId, user), Party.of(user.role()), actor(user), why);
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

	/**
	 * Cancels one item the manufacturer can't supply (or an admin cancels it), while that
	 * is allowed; its stock goes back once and the order's totals drop. The last item
	 * takes the order with it.
	 */
	public OrderView cancelItem(UUID orderId, UUID itemId, @Nullable String reason, AuthenticatedUser user) {
		String why = requireReason(reason);
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

	private void publishStatusChange(Order order, OrderStatus before, @Nullable String note) {
		events.publishEvent(new OrderStatusChanged(order.getId(), order.getOrderNumber(), order.getClinicUserId(),
				order.getManufacturerUserId(), before, order.getStatus(), note, now()));
	}

	private Clinic orderingClinic(AuthenticatedUser user) {
		if (user.role() != Role.CLINIC) {
			throw new AccessDeniedException("Only clinics place orders");
		}
		Clinic clinic = clinics.findOwnedBy(user.id())
			.orElseThrow(() -> new ConflictException(
					"Create your clinic profile first; you can order once it is approved."));
		if (!clinic.mayOrderOn(today())) {
			throw new ConflictException(clinic.isLicenceExpiredOn(today())
					? "Your drug licence has expired: save your renewed licence in your profile to order again."
					: "Your clinic can order once the Ayurlahi team has approved its profile (it is "
							+ clinic.getStatus().label().toLowerCase() + ").");
		}
		return clinic;
	}

	/**
	 * The products of the lines, checked: all found, orderable, of one manufacturer, at
	 * least the minimum.
	 */
	private Map<UUID, ProductView> checkedProducts(List<OrderLine> lines) {
		if (lines.isEmpty()) {
			throw new InvalidInputException("items", "Add at least one item to the order.");
		}
		if (lines.size() > MAX_LINES) {
			throw new InvalidInputException("items", "An order has at most " + MAX_LINES + " items.");
		}
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			OrderLine line = lines.get(i);
			if (!seen.add(line.productId())) {
				throw new InvalidInputException("items[" + i + "].productId",
						"List each product once, with its total quantity.");
			}
			if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
				throw new InvalidInputException("items[" + i + "].quantity", "Order 1 to 1,00,000 units.");
			}
		}
		Map<UUID, ProductView> products = catalog.findAll(seen)
			.stream()
			.collect(Collectors.toMap(ProductView::id, Function.identity()));
		Set<UUID> manufacturerIds = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			OrderLine line = lines.get(i);
			ProductView product = products.get(line.productId());
			if (product == null || !product.orderable()) {
				throw new ConflictException("items[" + i + "].productId", product == null
						? "A product you ordered does not exist." : product.name() + " can no longer be ordered.");
			}
			if (line.quantity() < product.minOrderQuantity()) {
				throw new InvalidInputException("items[" + i + "].quantity",
						"The minimum order of " + product.name() + " is " + product.minOrderQuantity() + " units.");
			}
			manufacturerIds.add(product.manufacturerId());
		}
		if (manufacturerIds.size() > 1) {
			throw new InvalidInputException("items",
					"An order holds products of one manufacturer; place one order per manufacturer.");
		}
		return products;
	}

	private Order lockedFor(UUID orderId, AuthenticatedUser user) {
		Order order = orders.findForUpdate(orderId).orElseThrow(OrderManagement::notFound);
		requireVisible(order, user);
		return order;
	}

	private static void requireVisible(Order order, AuthenticatedUser viewer) {
		boolean visible = switch (viewer.role()) {
			case CLINIC -> order.getClinicUserId().equals(viewer.id());
			case MANUFACTURER -> order.getManufacturerUserId().equals(viewer.id());
			case ADMIN, SUPPORT -> true;
		};
		if (!visible) {
			throw notFound();
		}
	}

	private static String requireReason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why, for the clinic and the manufacturer to read.");
		}
		String why = reason.strip();
		if (why.length() > 300) {
			throw new InvalidInputException("reason", "Use at most 300 characters.");
		}
		return why;
	}

	private String orderNumber() {
		return "AYR-" + today().getYear() + "-" + String.format("%06d", orders.nextOrderNumber());
	}

	private static Actor actor(AuthenticatedUser user) {
		return Actor.user(user.id(), user.role().name());
	}

	static NotFoundException notFound() {
		return new NotFoundException("There is no such order.");
	}

	private LocalDate today() {
		return IndianTime.today(clock);
	}

	/**
	 * Now, to the microsecond the database keeps, so an order reads the same before and
	 * after it is stored.
	 */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
