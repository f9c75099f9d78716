package com.ayurlahi.products.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.products.CatalogQuery;
import com.ayurlahi.products.CatalogSort;
import com.ayurlahi.products.DosageForm;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * {@code /api/products}: an approved manufacturer lists products (offered at once; a
 * {@code PATCH} with {@code active: false} takes one off) and manages its own, ADMIN may
 * change any; clinics see what they may order, a manufacturer its own, the team
 * everything. A product outside one's view does not exist (404).
 */
@RestController
@RequestMapping("/api/products")
class ProductsRestController {

	private static final Map<String, CatalogSort> SORTABLE = Map.of("name", CatalogSort.NAME, "unitPrice",
			CatalogSort.PRICE_LOW, "createdAt", CatalogSort.NEWEST);

	private final ProductCatalog catalog;

	private final ProductListing listing;

	private final Validator validator;

	ProductsRestController(ProductCatalog catalog, ProductListing listing, Validator validator) {
		this.catalog = catalog;
		this.listing = listing;
		this.validator = validator;
	}

	@ApiResponse(responseCode = "201", description = "The product, in the catalogue", useReturnTypeSchema = true)
	@PostMapping
	@PreAuthorize("hasRole('MANUFACTURER')")
	ResponseEntity<ProductJson> create(@AuthenticationPrincipal AuthenticatedUser owner,
			@Valid @RequestBody ProductRequest request) {
		if (request.stockQuantity() == null) {
			throw new InvalidInputException("stockQuantity", "is required");
		}
		ProductView product = listing.create(owner, request.toDetails(), request.stockQuantity());
		return ResponseEntity.created(URI.create("/api/products/" + product.id())).body(ProductJson.of(product));
	}

	/**
	 * Sorted by {@code name}, {@code unitPrice} or {@code createdAt}; {@code q} matches
	 * words of at least three characters in the name, SKU, composition and manufacturer
	 * name.
	 */
	@GetMapping
	PagedModel<ProductJson> list(@AuthenticationPrincipal AuthenticatedUser viewer,
			@RequestParam(required = false) @Nullable UUID manufacturerId,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable DosageForm dosageForm,
			@RequestParam(defaultValue = "false") boolean inStock,
			@PageableDefault(size = 20, sort = "name") Pageable pageable) {
		CatalogQuery query = new CatalogQuery(q, manufacturerId, dosageForm, inStock, sort(pageable));
		if (query.textTooShort()) {
			throw new InvalidInputException("q",
					"must have a word of at least " + CatalogQuery.MIN_WORD + " characters");
		}
		Pageable page = Pages.checked(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()), Map.of());
		return new PagedModel<>(catalog.search(query, viewer, page).map(ProductJson::of));
	}

	@GetMapping("/{id}")
	ProductJson one(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser viewer) {
		return ProductJson.of(catalog.get(id, viewer));
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasAnyRole('MANUFACTURER', 'ADMIN')")
	ProductJson update(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser editor,
			@RequestBody ProductRequest patch) {
		ProductRequest merged = patch.over(catalog.get(id, editor));
		Set<ConstraintViolation<ProductRequest>> violations = validator.validate(merged);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		return ProductJson.of(listing.change(id, merged.toDetails(), merged.stockQuantity(), merged.active(), editor));
	}

	@ApiResponse(responseCode = "204", description = "Deleted, or archived if it was ever ordered")
	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('MANUFACTURER', 'ADMIN')")
	ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser editor) {
		listing.delete(id, editor);
		return ResponseEntity.noContent().build();
	}

	private static CatalogSort sort(Pageable pageable) {
		Sort.Order order = pageable.getSort().stream().findFirst().orElse(null);
		if (order == null) {
			return CatalogSort.NAME;
		}
		CatalogSort sort = SORTABLE.get(order.getProperty());
		if (sort == null) {
			throw new InvalidInputException("sort", "Sort by one of: createdAt, name, unitPrice.");
		}
		if (sort == CatalogSort.PRICE_LOW && order.isDescending()) {
			return CatalogSort.PRICE_HIGH;
		}
		return sort;
	}

}
