package com.ayurlahi.orders;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.Texts;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.address.IndianStateConverter;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.TaxTotals;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.orders.OrderTransitions.Party;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * An order of one clinic from one manufacturer. Its lines are snapshots with their tax
 * computed once, by the shared calculator, for the delivery state (the place of supply)
 * against the manufacturer's state; the order's totals are the sums of its lines that are
 * still ordered. Every status change goes through {@link OrderTransitions} and is written
 * to the order's history.
 */
@Entity
@Table(name = "orders")
class Order {

	private static final int MAX_NOTE = 500;

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@Column(name = "order_number", updatable = false)
	private String orderNumber;

	@Column(name = "clinic_id", updatable = false)
	private UUID clinicId;

	@Column(name = "clinic_user_id", updatable = false)
	private UUID clinicUserId;

	@Column(name = "clinic_name", updatable = false)
	private String clinicName;

	@Column(name = "clinic_gstin", updatable = false)
	private String clinicGstin;

	@Column(name = "manufacturer_id", updatable = false)
	private UUID manufacturerId;

	@Column(name = "manufacturer_user_id", updatable = false)
	private UUID manufacturerUserId;

	@Column(name = "manufacturer_name", updatable = false)
	private String manufacturerName;

	@Column(name = "manufacturer_gstin", updatable = false)
	private String manufacturerGstin;

	@Convert(converter = IndianStateConverter.class)
	@Column(name = "manufacturer_state_code", updatable = false)
	private IndianState manufacturerState;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private OrderSource source;

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	@Embedded
	@AttributeOverride(name = "line1", column = @Column(name = "shipping_address_line1", updatable = false))
	@AttributeOverride(name = "line2", column = @Column(name = "shipping_address_line2", updatable = false))
	@AttributeOverride(name = "city", column = @Column(name = "shipping_city", updatable = false))
	@AttributeOverride(name = "pincode", column = @Column(name = "shipping_pincode", updatable = false))
	@AttributeOverride(name = "state", column = @Column(name = "shipping_state_code", updatable = false))
	private PostalAddress shippingAddress;

	@Enumerated(EnumType.STRING)
	@Column(name = "tax_type", updatable = false)
	private TaxType taxType;

	private BigDecimal subtotal;

	@Column(name = "cgst_total")
	private BigDecimal cgstTotal;

	@Column(name = "sgst_total")
	private BigDecimal sgstTotal;

	@Column(name = "igst_total")
	private BigDecimal igstTotal;

	private BigDecimal total;

	private @Nullable String carrier;

	@Column(name = "tracking_number")
	private @Nullable String trackingNumber;

	/**
	 * The dispute window the clinic's plan gave the order; null: the configured one (no
	 * plan decided it, or it was placed before plans existed).
	 */
	@Column(name = "dispute_window_days", updatable = false)
	private @Nullable Integer disputeWindowDays;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
	@OrderBy("lineNumber")
	private List<OrderItem> items = new ArrayList<>();

	@OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
	@OrderBy("step")
	private List<OrderHistoryEntry> history = new ArrayList<>();

	Order(String orderNumber, OrderParties parties, PostalAddress shippingAddress, OrderSource source, List<Line> lines,
			@Nullable Integer disputeWindowDays, Actor placedBy, Instant now) {
		if (lines.isEmpty()) {
			throw new InvalidInputException("items", "An order has at least one item.");
		}
		this.id = UUID.randomUUID();
		this.orderNumber = orderNumber;
		this.clinicId = parties.clinicId();
		this.clinicUserId = parties.clinicUserId();
		this.clinicName = parties.clinicName();
		this.clinicGstin = parties.clinicGstin();
		this.manufacturerId = parties.manufacturerId();
		this.manufacturerUserId = parties.manufacturerUserId();
		this.manufacturerName = parties.manufacturerName();
		this.manufacturerGstin = parties.manufacturerGstin();
		this.manufacturerState = parties.manufacturerState();
		this.source = source;
		this.disputeWindowDays = disputeWindowDays;
		this.status = OrderStatus.PENDING;
		this.shippingAddress = shippingAddress;
		this.taxType = TaxType.of(parties.manufacturerState(), shippingAddress.state());
		this.createdAt = now;
		this.updatedAt = now;
		for (Line line : lines) {
			ProductSnapshot product = line.product();
			items.add(new OrderItem(this, items.size() + 1, product, line.quantity(),
					GstCalculator.line(product.unitPrice(), line.quantity(), product.gstRate(), taxType),
					parties.commissionRate()));
		}
		addTotals();
		record(status, placedBy, "Order placed", now);
	}

	protected Order() {
		// for JPA
	}

	/**
	 * Moves the order to {@code to}. Shipping needs the carrier and tracking number; a
	 * delivered order with cancelled items ends {@link OrderStatus#PARTIALLY_FULFILLED}.
	 * @return the status the order had before
	 */
	OrderStatus moveTo(OrderStatus to, Party party, Actor actor, @Nullable Shipment shipment, @Nullable String note,
			Instant now) {
		if (to == OrderStatus.CANCELLED) {
			throw new IllegalArgumentException("Cancel with cancel(), which gives the stock back");
		}
		OrderStatus target = to == OrderStatus.DELIVERED && hasCancelledItems() ? OrderStatus.PARTIALLY_FULFILLED : to;
		OrderTransitions.require(status, target, party);
		if (target == OrderStatus.PARTIALLY_FULFILLED && !hasCancelledItems()) {
			throw new ConflictException("status", "No item of this order was cancelled: mark it DELIVERED.");
		}
		if (target == OrderStatus.SHIPPED) {
			if (shipment == null) {
				throw new InvalidInputException("trackingNumber",
						"Enter the carrier and the tracking number to mark the order shipped.");
			}
			carrier = shipment.carrier();
			trackingNumber = shipment.trackingNumber();
		}
		return changeStatus(target, actor, note, now);
	}

	/**
	 * Cancels the whole order: every item still ordered is cancelled with it, and
	 * returned so that its stock goes back (once: items already cancelled are not
	 * returned again). The totals stay as they were, to show what was cancelled.
	 */
	List<OrderItem> cancel(Party party, Actor actor, String reason, Instant now) {
		OrderTransitions.require(status, OrderStatus.CANCELLED, party);
		List<OrderItem> released = items.stream().filter(OrderItem::isOrdered).toList();
		released.forEach(item -> item.cancel(reason, now));
		changeStatus(OrderStatus.CANCELLED, actor, reason, now);
		return released;
	}

	/**
	 * Cancels one item, which leaves the totals; when it was the last one still ordered,
	 * the order is cancelled too.
	 * @return the cancelled item, whose stock goes back
	 */
	OrderItem cancelItem(UUID itemId, Party party, Actor actor, String reason, Instant now) {
		OrderTransitions.requireItemCancellation(status, party);
		OrderItem item = items.stream()
			.filter(candidate -> candidate.getId().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("This order has no such item."));
		item.cancel(reason, now);
		addTotals();
		record(status, actor, "Cancelled " + item.getQuantity() + " × " + item.getProductName() + ": " + reason, now);
		if (items.stream().noneMatch(OrderItem::isOrdered)) {
			// allowed with the item's cancellation: every status items are cancelled in
			// may end in CANCELLED
			changeStatus(OrderStatus.CANCELLED, actor, "No item left to supply", now);
		}
		updatedAt = now;
		return item;
	}

	/**
	 * Adds a line to the order's history at its current status: what another module did
	 * about it (a refund).
	 */
	void note(Actor actor, String note, Instant now) {
		record(status, actor, note, now);
		updatedAt = now;
	}

	/** The payments module reports a cancelled order's money back with the clinic. */
	OrderStatus markRefunded(Actor actor, String note, Instant now) {
		OrderTransitions.require(status, OrderStatus.REFUNDED, Party.PAYMENTS);
		return changeStatus(OrderStatus.REFUNDED, actor, note, now);
	}

	private OrderStatus changeStatus(OrderStatus to, Actor actor, @Nullable String note, Instant now) {
		OrderStatus from = status;
		status = to;
		updatedAt = now;
		record(to, actor, note, now);
		return from;
	}

	private void record(OrderStatus reached, Actor actor, @Nullable String note, Instant now) {
		String shortNote = note == null ? null : Texts.shortened(note, MAX_NOTE);
		history.add(new OrderHistoryEntry(this, history.size() + 1, reached, now, actor, shortNote));
	}

	private void addTotals() {
		TaxTotals totals = TaxTotals.of(items.stream().filter(OrderItem::isOrdered).map(OrderItem::tax).toList());
		subtotal = totals.taxableValue();
		cgstTotal = totals.cgst();
		sgstTotal = totals.sgst();
		igstTotal = totals.igst();
		total = totals.total();
	}

	boolean hasCancelledItems() {
		return items.stream().anyMatch(item -> !item.isOrdered());
	}

	OrderView view() {
		return new OrderView(id, orderNumber, clinicId, clinicName, clinicGstin, manufacturerId, manufacturerName,
				manufacturerGstin, manufacturerState, source, status, shippingAddress, taxType, subtotal, cgstTotal,
				sgstTotal, igstTotal, cgstTotal.add(sgstTotal).add(igstTotal), total, carrier, trackingNumber,
				disputeWindowDays, createdAt, items.stream().map(OrderItem::view).toList(),
				history.stream().map(OrderHistoryEntry::view).toList());
	}

	UUID getId() {
		return id;
	}

	/**
	 * The optimistic lock's version, {@code null} until the entity is first persisted.
	 * Spring Data reads it to tell a new entity from a stored one; without a (public)
	 * getter it throws and catches an exception on every save before reading the field.
	 */
	public @Nullable Long getVersion() {
		return version;
	}

	String getOrderNumber() {
		return orderNumber;
	}

	UUID getClinicUserId() {
		return clinicUserId;
	}

	UUID getManufacturerUserId() {
		return manufacturerUserId;
	}

	OrderStatus getStatus() {
		return status;
	}

	BigDecimal getTotal() {
		return total;
	}

	List<OrderItem> items() {
		return items;
	}

	/**
	 * Whether {@code viewer} may see the order: its clinic, its manufacturer, ADMIN and
	 * SUPPORT.
	 */
	boolean isVisibleTo(AuthenticatedUser viewer) {
		return switch (viewer.role()) {
			case CLINIC -> clinicUserId.equals(viewer.id());
			case MANUFACTURER -> manufacturerUserId.equals(viewer.id());
			case ADMIN, SUPPORT -> true;
		};
	}

	/**
	 * Now, to the microsecond the database keeps, so an order reads the same before and
	 * after it is stored.
	 */
	static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** A product and how many units of it an order is placed for. */
	record Line(ProductSnapshot product, int quantity) {
	}

}
