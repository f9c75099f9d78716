package com.ayurlahi.test;

import java.math.BigDecimal;
import java.util.UUID;

import com.ayurlahi.products.DosageForm;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductDetails;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Profiles.OwnedManufacturer;

/**
 * Products for tests, each with its own SKU and a name no other test uses.
 */
public final class TestCatalog {

	private TestCatalog() {
	}

	/** A product at 5% GST, MRP well above its price, minimum order 1. */
	public static ProductView product(ProductListing listing, OwnedManufacturer maker, String unitPrice, int stock) {
		return listing.create(Accounts.principal(maker.owner()), details(uniqueName("Churna"), unitPrice, 1), stock);
	}

	public static ProductDetails details(String name, String unitPrice, int minOrderQuantity) {
		BigDecimal price = new BigDecimal(unitPrice);
		return new ProductDetails(name, "T-" + UUID.randomUUID().toString().substring(0, 8), "30049011",
				new BigDecimal("5"), price, price.multiply(BigDecimal.TWO), "100 g", DosageForm.CHURNA,
				"Withania somnifera (root) 100%", null, minOrderQuantity, false);
	}

	/** A name with a word of its own, so that a search for it finds only this product. */
	public static String uniqueName(String kind) {
		return "Testherb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + " " + kind;
	}

}
