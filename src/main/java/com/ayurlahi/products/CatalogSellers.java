package com.ayurlahi.products;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.manufacturers.ManufacturerSaved;

/**
 * The catalog's copy of who sells ({@code catalog_sellers}): name, state, approval and
 * licence expiry of each manufacturer, updated in the transaction of every change to a
 * manufacturer, so the catalog never shows a product of a manufacturer that was just
 * suspended. A new name is also written into its products' search text.
 */
@Component
class CatalogSellers {

	private final JdbcClient jdbc;

	private final Products products;

	CatalogSellers(JdbcClient jdbc, Products products) {
		this.jdbc = jdbc;
		this.products = products;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ManufacturerSaved saved) {
		Optional<String> previousName = nameOf(saved.manufacturerId());
		if (previousName.isEmpty()) {
			jdbc.sql("""
					insert into catalog_sellers (manufacturer_id, name, state_code, status, licence_expiry)
					values (:id, :name, :state, :status, :licenceExpiry)
					""").params(params(saved)).update();
			return;
		}
		jdbc.sql("""
				update catalog_sellers set name = :name, state_code = :state, status = :status,
				       licence_expiry = :licenceExpiry
				where manufacturer_id = :id
				""").params(params(saved)).update();
		if (!previousName.get().equals(saved.companyName())) {
			try (Stream<Product> renamed = products.findByManufacturerId(saved.manufacturerId())) {
				renamed.forEach(product -> product.sellerRenamed(saved.companyName()));
			}
		}
	}

	Optional<String> nameOf(UUID manufacturerId) {
		return jdbc.sql("select name from catalog_sellers where manufacturer_id = :id")
			.param("id", manufacturerId)
			.query(String.class)
			.optional();
	}

	private static Map<String, Object> params(ManufacturerSaved saved) {
		return Map.of("id", saved.manufacturerId(), "name", saved.companyName(), "state", saved.state().code(),
				"status", saved.status().name(), "licenceExpiry", saved.licenceExpiry());
	}

}
