package com.ayurlahi.products;

/**
 * The orders the catalog can be listed in; ties are broken by id so that pages never
 * overlap.
 */
public enum CatalogSort {

	NAME("Name", "p.name asc"), PRICE_LOW("Price: low to high", "p.unit_price asc"),
	PRICE_HIGH("Price: high to low", "p.unit_price desc"), NEWEST("Newest first", "p.created_at desc");

	private final String label;

	private final String orderBy;

	CatalogSort(String label, String orderBy) {
		this.label = label;
		this.orderBy = orderBy;
	}

	public String label() {
		return label;
	}

	String orderBy() {
		return orderBy + ", p.id";
	}

}
