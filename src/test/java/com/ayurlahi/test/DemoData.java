package com.ayurlahi.test;

import org.springframework.data.domain.PageRequest;

import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.products.CatalogQuery;
import com.ayurlahi.products.CatalogSort;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/** The demo logins and demo catalogue the browser journeys start from. */
public final class DemoData {

	public static final String PASSWORD = "Demo@12345";

	public static final String CLINIC = "clinic@demo.ayurlahi.in";

	private DemoData() {
	}

	/** The demo clinic's user, acting as if signed in. */
	public static AuthenticatedUser clinic(UserManagement users) {
		return AuthenticatedUser.actingAs(users.findByEmail(CLINIC).orElseThrow());
	}

	/** An order line of the demo product with this SKU. */
	public static OrderLine line(ProductCatalog catalog, String sku, int quantity) {
		return new OrderLine(catalog
			.search(new CatalogQuery(sku, null, null, false, CatalogSort.NAME), Profiles.ADMIN, PageRequest.of(0, 1))
			.getContent()
			.getFirst()
			.id(), quantity);
	}

}
