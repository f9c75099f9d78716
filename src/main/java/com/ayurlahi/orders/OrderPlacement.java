package com.ayurlahi.orders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderAllowance.OrderTerms;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductStock;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.products.StockRequest;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * Places one order of a clinic with one manufacturer: checks that both may trade today
 * and that the products can be ordered as asked, asks the clinic's plan for the order's
 * terms ({@link OrderAllowance}: its dispute window; it may refuse a WhatsApp order),
 * reserves their stock, freezes what they are and cost in the order's lines, numbers the
 * order, audits it, publishes {@link OrderPlaced} and, last, has the plan count it (which
 * may refuse it: this month's orders are used up), all in one transaction: an order
 * refused at any step leaves no count, no stock taken and no row. The count comes last
 * because it locks the clinic's count for the month until the commit: the clinic's other
 * orders then wait only for this one's commit, not for all of its work. {@link Checkout}
 * places a cart's orders through it; the API places single orders.
 */
@Service
@Transactional
public class OrderPlacement {

	/** The most lines one order may have. */
	public static final int MAX_LINES = 100;

	/** The most units of one product one order (or cart line) may have. */
	public static final int MAX_QUANTITY = 100_000;

	private final Orders orders;

	private final OrderNumbers orderNumbers;

	private final ClinicManagement clinics;

	private final ManufacturerManagement manufacturers;

	private final ProductCatalog catalog;

	private final ProductStock stock;

	private final ObjectProvider<OrderAllowance> allowance;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrderPlacement(Orders orders, OrderNumbers orderNumbers, ClinicManagement clinics,
			ManufacturerManagement manufacturers, ProductCatalog catalog, ProductStock stock,
			ObjectProvider<OrderAllowance> allowance, ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.orderNumbers = orderNumbers;
		this.clinics = clinics;
		this.manufacturers = manufacturers;
		this.catalog = catalog;
		this.stock = stock;
		this.allowance = allowance;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Places one order for products of one manufacturer, delivered to {@code shipTo} (the
	 * clinic's own address when none is given), and reserves their stock. It awaits
	 * payment.
	 * @throws InvalidInputException for an empty or malformed list, products of several
	 * manufacturers, or less than a product's minimum order
	 * @throws ConflictException when the clinic or the manufacturer may not trade, the
	 * clinic's plan does not allow another order (this month's are used up, or it has no
	 * WhatsApp ordering), or a product can't be ordered or lacks stock (naming it)
	 */
	public OrderView place(AuthenticatedUser clinicUser, List<OrderLine> lines, @Nullable PostalAddress shipTo,
			OrderSource source) {
		Clinic clinic = clinics.orderingClinic(clinicUser);
		Map<UUID, ProductView> products = checkedProducts(lines);
		UUID manufacturerId = products.values().iterator().next().manufacturerId();
		Manufacturer manufacturer = manufacturers.find(manufacturerId).orElseThrow();
		if (!manufacturer.maySellOn(today())) {
			throw new ConflictException(manufacturer.getCompanyName() + " is not taking orders right now.");
		}
		OrderAllowance plan = allowanceOf(allowance);
		OrderTerms terms = plan.terms(clinic.getId(), source);
		stock.reserve(lines.stream().map(line -> new StockRequest(line.productId(), line.quantity())).toList());
		OrderParties parties = new OrderParties(clinic.getId(), clinicUser.id(), clinic.getLegalName(),
				clinic.getGstin().value(), manufacturer.getId(), manufacturer.getOwnerUserId(),
				manufacturer.getCompanyName(), manufacturer.getGstin().value(), manufacturer.getAddress().state(),
				manufacturer.getCommissionRate());
		List<Order.Line> orderLines = lines.stream()
			.map(line -> new Order.Line(ProductSnapshot.of(products.get(line.productId())), line.quantity()))
			.toList();
		Actor placedBy = Actor.user(clinicUser.id(), clinicUser.role().name());
		Order order = orders
			.saveAndFlush(new Order(orderNumbers.next(today()), parties, shipTo == null ? clinic.getAddress() : shipTo,
					source, orderLines, terms.disputeWindowDays(), placedBy, Order.now(clock)));
		OrderView placed = order.view();
		events.publishEvent(AuditedChange.of("ORDER_PLACED", OrderManagement.ENTITY, placed.id())
			.value("orderNumber", placed.orderNumber())
			.value("status", placed.status())
			.value("clinicId", clinic.getId())
			.value("manufacturerId", manufacturer.getId())
			.value("placeOfSupply", placed.placeOfSupply().code())
			.value("items",
					placed.items()
						.stream()
						.map(item -> item.quantity() + " × " + item.productName())
						.collect(Collectors.joining("; ")))
			.value("total", placed.total().toPlainString())
			.value("disputeWindowDays", placed.disputeWindowDays())
			.by(placedBy));
		events.publishEvent(new OrderPlaced(placed.id(), placed.orderNumber(), clinicUser.id(), clinic.getLegalName(),
				manufacturer.getOwnerUserId(), placed.total(), Order.now(clock)));
		plan.count(clinic.getId(), terms);
		return placed;
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

	/** The clinic's plan, or no limit when no module decides plans. */
	static OrderAllowance allowanceOf(ObjectProvider<OrderAllowance> allowance) {
		return allowance.getIfAvailable(() -> OrderAllowance.NONE);
	}

	private LocalDate today() {
		return IndianTime.today(clock);
	}

}
