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
 * The manufacturer's product list's search and filter as its form and links give them,
 * all as text and read leniently (binding never fails): the words, a dosage form and the
 * page.
 */
record ProductFilterFormData(@Nullable String q, @Nullable String form, @Nullable String page) {

	ProductFilterFormData {
		q = q == null ? "" : q;
		form = form == null ? "" : form;
	}

	CatalogQuery toQuery() {
		return new CatalogQuery(q, null, RequestParams.constant(DosageForm.class, form), false, CatalogSort.NAME);
	}

	Pageable pageable(int size) {
		return PageRequest.of(Pages.number(page), size);
	}

}
