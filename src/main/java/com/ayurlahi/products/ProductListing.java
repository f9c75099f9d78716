package com.ayurlahi.products;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * A manufacturer's listing of its products: it lists products once approved and manages
 * its own (details, stock, whether offered, deletion); ADMIN may change any, SUPPORT
 * none. A product outside someone's reach does not exist for them (404). Every change is
 * audited in its transaction. What the catalog shows is {@link ProductCatalog}'s.
 */
@Service
@Transactional
public class ProductListing {

	static final String ENTITY = "Product";

	public static final int MAX_STOCK = 1_000_000;

	private final Products products;

	private final ProductCatalog catalog;

	private final ProductStock stock;

	private final CatalogSellers sellers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProductListing(Products products, ProductCatalog catalog, ProductStock stock, CatalogSellers sellers,
			ApplicationEventPublisher events, Clock clock) {
		this.products = products;
		this.catalog = catalog;
		this.stock = stock;
		this.sellers = sellers;
		this.events = events;
		this.clock = clock;
	}

	/** A new product of the owner's manufacturer, which must be approved. */
	public ProductView create(AuthenticatedUser owner, ProductDetails details, int stockQuantity) {
		Manufacturer manufacturer = catalog.ownManufacturer(owner);
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
		return catalog.view(product.getId());
	}

	public ProductView update(UUID productId, ProductDetails details, AuthenticatedUser editor) {
		updated(editable(productId, editor), details, editor);
		return catalog.view(productId);
	}

	/**
	 * Changes a product's details and, when given, its stock (whatever it was) and
	 * whether it is offered: all of it or nothing.
	 */
	public ProductView change(UUID productId, ProductDetails details, @Nullable Integer stockQuantity,
			@Nullable Boolean active, AuthenticatedUser editor) {
		Product product = updated(editable(productId, editor), details, editor);
		if (stockQuantity != null) {
			stockSet(product, null, stockQuantity, editor);
		}
		if (active != null && active != product.isActive()) {
			activeSet(product, active, editor);
		}
		return catalog.view(productId);
	}

	/**
	 * Activates a product (only while its manufacturer is approved) or takes it off the
	 * catalog.
	 */
	public ProductView setActive(UUID productId, boolean active, AuthenticatedUser editor) {
		activeSet(editable(productId, editor), active, editor);
		return catalog.view(productId);
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
	/**
	 * The stock level at or below which the product shows as running low on its
	 * manufacturer's dashboard.
	 */
	@Transactional(readOnly = true)
	public int lowStockThreshold(UUID productId, AuthenticatedUser viewer) {
		return editable(productId, viewer).getLowStockThreshold();
	}

	/**
	 * Sets the product's low-stock level (0 to 10,00,000 units), audited.
	 * @return the level now
	 */
	public int setLowStockThreshold(UUID productId, int threshold, AuthenticatedUser editor) {
		if (threshold < 0 || threshold > MAX_STOCK) {
			throw new InvalidInputException("threshold", "The low-stock level is a whole number from 0 to 10,00,000.");
		}
		Product product = editable(productId, editor);
		int before = product.getLowStockThreshold();
		product.setLowStockThreshold(threshold, now());
		saved(product);
		if (before != threshold) {
			events.publishEvent(AuditedChange.of("PRODUCT_LOW_STOCK_SET", ENTITY, product.getId())
				.field("lowStockThreshold", before, threshold)
				.by(actor(editor)));
		}
		return threshold;
	}

	public ProductView setStock(UUID productId, @Nullable Integer expected, int quantity, AuthenticatedUser editor) {
		stockSet(editable(productId, editor), expected, quantity, editor);
		return catalog.view(productId);
	}

	private Product updated(Product product, ProductDetails details, AuthenticatedUser editor) {
		requireUniqueSku(product.getManufacturerId(), details.sku(), product.getId());
		Map<String, @Nullable Object> before = product.auditedFields();
		product.update(details, sellerName(product.getManufacturerId()), now());
		saved(product);
		audit("PRODUCT_UPDATED", product, before, editor);
		return product;
	}

	private void activeSet(Product product, boolean active, AuthenticatedUser editor) {
		if (active && editor.role() != Role.ADMIN
				&& catalog.ownManufacturer(editor).getStatus() != ApprovalStatus.APPROVED) {
			throw new ConflictException("You can offer products again once your profile is approved.");
		}
		Map<String, @Nullable Object> before = product.auditedFields();
		product.setActive(active, now());
		saved(product);
		audit(active ? "PRODUCT_ACTIVATED" : "PRODUCT_DEACTIVATED", product, before, editor);
	}

	private void stockSet(Product product, @Nullable Integer expected, int quantity, AuthenticatedUser editor) {
		requireStock("stockQuantity", quantity);
		int before = stock.current(product.getId());
		if (!stock.set(product.getId(), expected, quantity)) {
			throw new ConflictException("stockQuantity", "Orders took stock while you were editing: " + before
					+ " units are left now. Check your count and save again.");
		}
		if (before != quantity) {
			events.publishEvent(AuditedChange.of("PRODUCT_STOCK_SET", ENTITY, product.getId())
				.field("stockQuantity", before, quantity)
				.by(actor(editor)));
		}
	}

	Product editable(UUID productId, AuthenticatedUser editor) {
		Product product = products.findById(productId).orElseThrow(ProductCatalog::notFound);
		boolean allowed = switch (editor.role()) {
			case ADMIN -> true;
			case MANUFACTURER -> catalog.ownManufacturer(editor).getId().equals(product.getManufacturerId());
			case CLINIC, SUPPORT -> false;
		};
		if (!allowed) {
			if (editor.role() == Role.SUPPORT) {
				throw new AccessDeniedException("Support staff can't change products");
			}
			throw ProductCatalog.notFound();
		}
		return product;
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

	private static ConflictException duplicateSku(String sku) {
		return new ConflictException("sku", "You already have a product with SKU " + sku
				+ " (perhaps a deleted one, which its orders still show); choose another.");
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
