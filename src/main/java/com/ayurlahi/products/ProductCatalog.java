package com.ayurlahi.products;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.products.ProductQueries.Scope;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * The catalog as each role may see it: clinics what they may order today, a manufacturer
 * its own products, ADMIN and SUPPORT everything; a product outside someone's view does
 * not exist for them (404). Products are listed and changed through
 * {@link ProductListing}.
 */
@Service
@Transactional(readOnly = true)
public class ProductCatalog {

	private final ProductQueries queries;

	private final ManufacturerManagement manufacturers;

	private final Clock clock;

	ProductCatalog(ProductQueries queries, ManufacturerManagement manufacturers, Clock clock) {
		this.queries = queries;
		this.manufacturers = manufacturers;
		this.clock = clock;
	}

	/** One product as {@code viewer} may see it. */
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
	public Page<ProductView> search(CatalogQuery query, AuthenticatedUser viewer, Pageable pageable) {
		return search(query, viewer, pageable, Long.MAX_VALUE);
	}

	/**
	 * {@link #search(CatalogQuery, AuthenticatedUser, Pageable)}, counting the matches
	 * only up to {@code countLimit}: when more match, the page's total is
	 * {@code countLimit + 1}, enough to say "more than 1,000" without counting thousands
	 * of rows on every keystroke of the live search.
	 */
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
	public List<ProductView> findAll(Collection<UUID> productIds) {
		return queries.findAll(productIds, today());
	}

	/**
	 * Manufacturers with something clinics may order today, by name, for the catalog's
	 * filter.
	 */
	public Map<UUID, String> sellers() {
		return queries.sellersWithOrderableProducts(today());
	}

	/** The manufacturer {@code user} runs; only manufacturers list products. */
	Manufacturer ownManufacturer(AuthenticatedUser user) {
		if (user.role() != Role.MANUFACTURER) {
			throw new AccessDeniedException("Only manufacturers list products");
		}
		return manufacturers.findOwnedBy(user.id())
			.orElseThrow(() -> new ConflictException("Create your manufacturer profile first."));
	}

	private UUID ownManufacturerId(AuthenticatedUser user) {
		return ownManufacturer(user).getId();
	}

	ProductView view(UUID productId) {
		return queries.find(productId, today()).orElseThrow();
	}

	static NotFoundException notFound() {
		return new NotFoundException("There is no such product.");
	}

	private LocalDate today() {
		return IndianTime.today(clock);
	}

}
