package com.ayurlahi.products;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.products.ProductQueries.Scope;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * The catalog's API. A manufacturer lists products once approved and manages its own;
 * ADMIN may change any. Clinics see what they may order today, a manufacturer its own
 * products, ADMIN and SUPPORT everything; a product outside someone's view does not exist
 * for them (404). Every change is audited in its transaction.
 */
@Service
@Transactional
public class ProductCatalog {

	static final String ENTITY = "Product";

	public static final int MAX_STOCK = 1_000_000;

	private final Products products;

	private final ProductQueries queries;

	private final ProductStock stock;

	private final CatalogSellers sellers;

	private final ManufacturerManagement manufacturers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProductCatalog(Products products, ProductQueries queries, ProductStock stock, CatalogSellers sellers,
			ManufacturerManagement manufacturers, ApplicationEventPublisher events, Clock clock) {
		this.products = products;
		this.queries = queries;
		this.stock = stock;
		this.sellers = sellers;
		this.manufacturers = manufacturers;
		this.events = events;
		this.clock = clock;
	}

	/** A new product of the owner's manufacturer, which must be approved. */
	public ProductView create(AuthenticatedUser owner, ProductDetails details, int stockQuantity) {
		Manufacturer manufacturer = ownManufacturer(owner);
		if (manufacturer.getStatus() != ApprovalStatus.APPROVED) {
			throw new ConflictException("You can list products once the Ayurlahi team has approved your profile.");
		}
		requireStock("stockQuantity", stockQuantity);
		requireUniqueSku(manufacturer.getId(), details.sku(), null);
		Product product = saved(
				new Product(manufacturer.getId(), sellerName(manufacturer.getId()), details, stockQuantity, now()));
		events.publishEvent(AuditedChange.of("PRODUCT_CREATED", ENTITY, product.getId())
			.fields(Map.of(), product.auditedFields())
			.value("stockQuantity", stockQuantity)
			.value("manufacturerId", manufacturer.getId())
			.by(actor(owner)));
		return view(product.getId());
	}

	public ProductView update(UUID productId, ProductDetails details, AuthenticatedUser editor) {
		Product product = editable(productId, editor);
		requireUniqueSku(product.getManufacturerId(), details.sku(), productId);
		Map<String, @Nullable Object> before = product.auditedFields();
		product.update(details, sellerName(product.getManufacturerId()), now());
		saved(product);
		audit("PRODUCT_UPDATED", product, before, editor);
		return view(productId);
	}

	/**
	 * Changes a product's details and, when given, its stock (whatever it was) and
	 * whether it is offered: all of it or nothing.
	 */
	public ProductView change(UUID productId, ProductDetails details, @Nullable Integer stockQuantity,
			@Nullable Boolean active, AuthenticatedUser editor) {
		update(productId, details, editor);
		if (stockQuantity != null) {
			setStock(productId, null, stockQuantity, editor);
		}
		if (active != null && active != editable(productId, editor).isActive()) {
			setActive(productId, active, editor);
		}
		return view(productId);
	}

	/**
	 * Activates a product (only while its manufacturer is approved) or takes it off the
	 * catalog.
	 */
	public ProductView setActive(UUID productId, boolean active, AuthenticatedUser editor) {
		Product product = editable(productId, editor);
		if (active && editor.role() != Role.ADMIN && ownManufacturer(editor).getStatus() != ApprovalStatus.APPROVED) {
			throw new ConflictException("You can offer products again once your profile is approved.");
		}
		Map<String, @Nullable Object> before = product.auditedFields();
		product.setActive(active, now());
		saved(product);
		audit(active ? "PRODUCT_ACTIVATED" : "PRODUCT_DEACTIVATED", product, before, editor);
		return view(productId);
	}

	/**
	 * Deletes a product: one that was ever ordered is archived (its orders keep their
	 * snapshot), any other is erased. An order placed at the same moment wins: the
	 * product is then archived.
	 */
	public Removal delete(UUID productId, AuthenticatedUser editor) {
		Product product = editable(productId, editor);
		Map<String, @Nullable Object> before = product.auditedFields();
		if (!product.isEverOrdered() && products.deleteIfNeverOrdered(productId) == 1) {
			events.publishEvent(
					AuditedChange.of("PRODUCT_DELETED", ENTITY, productId).fields(before, Map.of()).by(actor(editor)));
			return Removal.ERASED;
		}
		product.archive(now());
		saved(product);
		audit("PRODUCT_ARCHIVED", product, before, editor);
		return Removal.ARCHIVED;
	}

	/**
	 * Sets the stock the manufacturer counted. With {@code expected} (the figure they
	 * were shown) it refuses when orders took units meanwhile, rather than silently
	 * undoing those reservations.
	 */
	public ProductView setStock(UUID productId, @Nullable Integer expected, int quantity, AuthenticatedUser editor) {
		Product product = editable(productId, editor);
		requireStock("stockQuantity", quantity);
		int before = stock.current(productId);
		if (!stock.set(productId, expected, quantity)) {
			throw new ConflictException("stockQuantity", "Orders took stock while you were editing: " + before
					+ " units are left now. Check your count and save again.");
		}
		if (before != quantity) {
			events.publishEvent(AuditedChange.of("PRODUCT_STOCK_SET", ENTITY, product.getId())
				.field("stockQuantity", before, quantity)
				.by(actor(editor)));
		}
		return view(productId);
	}

	/** One product as {@code viewer} may see it. */
	@Transactional(readOnly = true)
	public ProductView get(UUID productId, AuthenticatedUser viewer) {
		ProductView product = queries.find(productId, today()).orElseThrow(ProductCatalog::notFound);
		boolean visible = switch (viewer.role()) {
			case CLINIC -> product.orderable();
			case MANUFACTURER -> ownManufacturerId(viewer).equals(product.manufacturerId());
			case ADMIN, SUPPORT -> true;
		};
		if (!visible) {
			throw notFound();
		}
		return product;
	}

	/**
	 * The catalog as {@code viewer} may search it: clinics what they may order today, a
	 * manufacturer its own listed products (whatever manufacturer the query names), the
	 * team every listed product.
	 */
	@Transactional(readOnly = true)
	public Page<ProductView> search(CatalogQuery query, AuthenticatedUser viewer, Pageable pageable) {
		return search(query, viewer, pageable, Long.MAX_VALUE);
	}

	/**
	 * {@link #search(CatalogQuery, AuthenticatedUser, Pageable)}, counting the matches
	 * only up to {@code countLimit}: when more match, the page's total is
	 * {@code countLimit + 1}, enough to say "more than 1,000" without counting thousands
	 * of rows on every keystroke of the live search.
	 */
	@Transactional(readOnly = true)
	public Page<ProductView> search(CatalogQuery query, AuthenticatedUser viewer, Pageable pageable, long countLimit) {
		return switch (viewer.role()) {
			case CLINIC -> queries.search(query, Scope.ORDERABLE, today(), pageable, countLimit);
			case MANUFACTURER ->
				queries.search(new CatalogQuery(query.text(), ownManufacturerId(viewer), query.dosageForm(),
						query.inStockOnly(), query.sort()), Scope.LISTED, today(), pageable, countLimit);
			case ADMIN, SUPPORT -> queries.search(query, Scope.LISTED, today(), pageable, countLimit);
		};
	}

	/**
	 * The products with these ids in whatever state they are, for carts and orders to
	 * check.
	 */
	@Transactional(readOnly = true)
	public List<ProductView> findAll(Collection<UUID> productIds) {
		return queries.findAll(productIds, today());
	}

	/**
	 * Manufacturers with something clinics may order today, by name, for the catalog's
	 * filter.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> sellers() {
		return queries.sellersWithOrderableProducts(today());
	}

	Product editable(UUID productId, AuthenticatedUser editor) {
		Product product = products.findById(productId).orElseThrow(ProductCatalog::notFound);
		boolean allowed = switch (editor.role()) {
			case ADMIN -> true;
			case MANUFACTURER -> ownManufacturerId(editor).equals(product.getManufacturerId());
			case CLINIC, SUPPORT -> false;
		};
		if (!allowed) {
			if (editor.role() == Role.SUPPORT) {
				throw new AccessDeniedException("Support staff can't change products");
			}
			throw notFound();
		}
		return product;
	}

	Manufacturer ownManufacturer(AuthenticatedUser user) {
		if (user.role() != Role.MANUFACTURER) {
			throw new AccessDeniedException("Only manufacturers list products");
		}
		return manufacturers.findOwnedBy(user.id())
			.orElseThrow(() -> new ConflictException("Create your manufacturer profile first."));
	}

	String sellerName(UUID manufacturerId) {
		return sellers.nameOf(manufacturerId).orElseThrow();
	}

	static Actor actor(AuthenticatedUser user) {
		return Actor.user(user.id(), user.role().name());
	}

	static void requireStock(String field, int quantity) {
		if (quantity < 0 || quantity > MAX_STOCK) {
			throw new InvalidInputException(field, "Stock is a whole number from 0 to 10,00,000.");
		}
	}

	private UUID ownManufacturerId(AuthenticatedUser user) {
		return ownManufacturer(user).getId();
	}

	private void requireUniqueSku(UUID manufacturerId, String sku, @Nullable UUID productId) {
		boolean taken = productId == null ? products.existsByManufacturerIdAndSku(manufacturerId, sku)
				: products.existsByManufacturerIdAndSkuAndIdNot(manufacturerId, sku, productId);
		if (taken) {
			throw duplicateSku(sku);
		}
	}

	private Product saved(Product product) {
		try {
			return products.saveAndFlush(product);
		}
		catch (DataIntegrityViolationException violation) {
			if (String.valueOf(violation.getMostSpecificCause().getMessage())
				.toLowerCase(Locale.ROOT)
				.contains("products_sku_unique")) {
				throw duplicateSku(product.getSku());
			}
			throw violation;
		}
	}

	private void audit(String action, Product product, Map<String, @Nullable Object> before, AuthenticatedUser editor) {
		AuditedChange change = AuditedChange.of(action, ENTITY, product.getId())
			.fields(before, product.auditedFields())
			.by(actor(editor));
		if (change.hasChanges()) {
			events.publishEvent(change);
		}
	}

	private ProductView view(UUID productId) {
		return queries.find(productId, today()).orElseThrow();
	}

	private static ConflictException duplicateSku(String sku) {
		return new ConflictException("sku", "You already have a product with SKU " + sku
				+ " (perhaps a deleted one, which its orders still show); choose another.");
	}

	static NotFoundException notFound() {
		return new NotFoundException("There is no such product.");
	}

	private LocalDate today() {
		return IndianTime.today(clock);
	}

	private Instant now() {
		return clock.instant();
	}

	/** What {@link #delete} did. */
	public enum Removal {

		/** Kept for the orders that name it, but off the catalog for good. */
		ARCHIVED,
		/** Never ordered, so gone. */
		ERASED

	}

}
