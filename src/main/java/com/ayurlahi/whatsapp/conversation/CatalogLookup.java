package com.ayurlahi.whatsapp.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.ayurlahi.products.CatalogQuery;
import com.ayurlahi.products.CatalogSort;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The catalog as the clinic sees it in the portal: the same search (what it may order
 * today, by name, SKU, composition or manufacturer), and products found by id or SKU.
 */
@Component
class CatalogLookup {

	/** The most products a list shows: WhatsApp's limit of rows. */
	static final int LIST_SIZE = 10;

	/** Matches are counted up to this many, as in the portal's live search. */
	private static final long COUNT_LIMIT = 1_000;

	private static final int SKU_CANDIDATES = 50;

	private final ProductCatalog catalog;

	CatalogLookup(ProductCatalog catalog) {
		this.catalog = catalog;
	}

	/** Whether {@code text} has a word long enough to search for. */
	static boolean searchable(String text) {
		return !query(text).words().isEmpty();
	}

	/** The first matches of the portal's catalog search, by name. */
	Page<ProductView> search(AuthenticatedUser clinic, String text) {
		return catalog.search(query(text), clinic, PageRequest.of(0, LIST_SIZE), COUNT_LIMIT);
	}

	/**
	 * The products the clinic may order whose SKU is {@code sku} (any case): one, none,
	 * or several when manufacturers share a SKU.
	 */
	List<ProductView> bySku(AuthenticatedUser clinic, String sku) {
		if (!searchable(sku)) {
			return List.of();
		}
		return catalog.search(query(sku), clinic, PageRequest.of(0, SKU_CANDIDATES))
			.stream()
			.filter(product -> product.sku().equalsIgnoreCase(sku))
			.toList();
	}

	/**
	 * The product a list row names, by id (or by SKU, when only one manufacturer uses
	 * it), if it can be ordered.
	 */
	Optional<ProductView> orderable(AuthenticatedUser clinic, String reference) {
		UUID id;
		try {
			id = UUID.fromString(reference);
		}
		catch (IllegalArgumentException notAnId) {
			List<ProductView> bySku = bySku(clinic, reference);
			return bySku.size() == 1 ? Optional.of(bySku.getFirst()) : Optional.empty();
		}
		return orderable(id);
	}

	Optional<ProductView> orderable(UUID productId) {
		return catalog.findAll(Set.of(productId)).stream().filter(ProductView::orderable).findFirst();
	}

	private static CatalogQuery query(String text) {
		return new CatalogQuery(text, null, null, false, CatalogSort.NAME);
	}

}
