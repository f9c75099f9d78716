package com.ayurlahi.products.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.common.web.RequestParams;
import com.ayurlahi.products.CatalogQuery;
import com.ayurlahi.products.CatalogSort;
import com.ayurlahi.products.DosageForm;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The clinics' catalog: live search as they type, filters by manufacturer, dosage form
 * and stock, sorting, pages, and a page per product. Only what a clinic may order today
 * is shown.
 */
@Controller
@RequestMapping("/clinic/catalog")
class ClinicCatalogController {

	static final int PAGE_SIZE = 24;

	/**
	 * Beyond this many matches the live search says "more than …" instead of counting
	 * them all.
	 */
	static final long COUNT_LIMIT = 1_000;

	private final ProductCatalog catalog;

	ClinicCatalogController(ProductCatalog catalog) {
		this.catalog = catalog;
	}

	@Bean
	static NavigationItem clinicCatalogNavigation() {
		return new NavigationItem(Portal.CLINIC, "Catalog", "/clinic/catalog", 10);
	}

	@GetMapping
	String search(@AuthenticationPrincipal AuthenticatedUser clinic, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String manufacturer,
			@RequestParam(required = false) @Nullable String form,
			@RequestParam(defaultValue = "false") boolean inStock,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		addResults(clinic, q, manufacturer, form, inStock, sort, page, model);
		model.addAttribute("sellers", catalog.sellers());
		model.addAttribute("forms", DosageForm.values());
		model.addAttribute("sorts", CatalogSort.values());
		return "clinic/catalog";
	}

	@HxRequest
	@GetMapping
	String results(@AuthenticationPrincipal AuthenticatedUser clinic,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String manufacturer,
			@RequestParam(required = false) @Nullable String form,
			@RequestParam(defaultValue = "false") boolean inStock,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		addResults(clinic, q, manufacturer, form, inStock, sort, page, model);
		return "clinic/catalog :: catalog-results";
	}

	@GetMapping("/{id}")
	String product(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser clinic, Model model) {
		model.addAttribute("product", catalog.get(id, clinic));
		return "clinic/product";
	}

	private void addResults(AuthenticatedUser clinic, @Nullable String q, @Nullable String manufacturer,
			@Nullable String form, boolean inStock, @Nullable String sort, int page, Model model) {
		CatalogSort order = RequestParams.constant(CatalogSort.class, sort);
		CatalogQuery query = new CatalogQuery(q, RequestParams.uuid(manufacturer),
				RequestParams.constant(DosageForm.class, form), inStock, order == null ? CatalogSort.NAME : order);
		model.addAttribute("results",
				catalog.search(query, clinic, PageRequest.of(Pages.bounded(page), PAGE_SIZE), COUNT_LIMIT));
		model.addAttribute("countLimit", COUNT_LIMIT);
		model.addAttribute("query", query);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("manufacturer", query.manufacturerId() == null ? "" : query.manufacturerId().toString());
		model.addAttribute("form", query.dosageForm() == null ? "" : query.dosageForm().name());
		model.addAttribute("inStock", inStock);
		model.addAttribute("sort", query.sort().name());
	}

}
