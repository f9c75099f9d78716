package com.ayurlahi.products.web;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.NavigationItem;
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
	String search(@AuthenticationPrincipal AuthenticatedUser clinic,
			@ModelAttribute("filter") CatalogFilterFormData filter, Model model) {
		addResults(clinic, filter, model);
		model.addAttribute("sellers", catalog.sellers());
		model.addAttribute("forms", DosageForm.values());
		model.addAttribute("sorts", CatalogSort.values());
		return "clinic/catalog";
	}

	@HxRequest
	@GetMapping
	String results(@AuthenticationPrincipal AuthenticatedUser clinic,
			@ModelAttribute("filter") CatalogFilterFormData filter, Model model) {
		addResults(clinic, filter, model);
		return "clinic/catalog :: catalog-results";
	}

	@GetMapping("/{id}")
	String product(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser clinic, Model model) {
		model.addAttribute("product", catalog.get(id, clinic));
		return "clinic/product";
	}

	private void addResults(AuthenticatedUser clinic, CatalogFilterFormData filter, Model model) {
		CatalogQuery query = filter.toQuery();
		model.addAttribute("results", catalog.search(query, clinic, filter.pageable(PAGE_SIZE), COUNT_LIMIT));
		model.addAttribute("countLimit", COUNT_LIMIT);
		model.addAttribute("query", query);
	}

}
