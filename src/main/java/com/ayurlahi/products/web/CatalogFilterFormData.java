package com.ayurlahi.products.web;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import com.ayurlahi.common.web.Pages;
import com.ayurlahi.common.web.RequestParams;
import com.ayurlahi.products.CatalogQuery;
import com.ayurlahi.products.CatalogSort;
import com.ayurlahi.products.DosageForm;

/**
 * The clinic catalog's search and filters as its form and links give them, all as text
 * and read leniently (a value that names nothing filters nothing; binding never fails):
 * the words, a manufacturer, a dosage form, in stock only, the order and the page.
 */
record CatalogFilterFormData(@Nullable String q, @Nullable String manufacturer, @Nullable String form,
		@Nullable String inStock, @Nullable String sort, @Nullable String page) {

	CatalogFilterFormData {
		q = q == null ? "" : q;
		manufacturer = manufacturer == null ? "" : manufacturer;
		form = form == null ? "" : form;
		sort = sort == null ? CatalogSort.NAME.name() : sort;
	}

	/** Whether only products in stock are asked for. */
	public boolean inStockOnly() {
		return "true".equals(inStock);
	}

	CatalogQuery toQuery() {
		CatalogSort order = RequestParams.constant(CatalogSort.class, sort);
		return new CatalogQuery(q, RequestParams.uuid(manufacturer), RequestParams.constant(DosageForm.class, form),
				inStockOnly(), order == null ? CatalogSort.NAME : order);
	}

	Pageable pageable(int size) {
		return PageRequest.of(Pages.number(page), size);
	}

}
