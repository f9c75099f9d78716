package com.ayurlahi.orders;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code cart_items} table: per clinic, each product once with its quantity.
 */
@Repository
class CartItems {

	private final JdbcClient jdbc;

	CartItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Product → quantity, in the order they were added. */
	Map<UUID, Integer> of(UUID clinicId) {
		Map<UUID, Integer> lines = new LinkedHashMap<>();
		jdbc.sql(
				"select product_id, quantity from cart_items where clinic_id = :clinicId order by added_at, product_id")
			.param("clinicId", clinicId)
			.query((rs, row) -> lines.put(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list();
		return lines;
	}

	int count(UUID clinicId) {
		return jdbc.sql("select count(*) from cart_items where clinic_id = :clinicId")
			.param("clinicId", clinicId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Puts {@code quantity} units in the cart, or sets the line's quantity when the
	 * product is already there.
	 */
	void put(UUID clinicId, UUID productId, int quantity, Instant now) {
		int updated = jdbc
			.sql("update cart_items set quantity = :quantity where clinic_id = :clinicId and product_id = :productId")
			.param("quantity", quantity)
			.param("clinicId", clinicId)
			.param("productId", productId)
			.update();
		if (updated == 0) {
			jdbc.sql(
					"""
							insert into cart_items (clinic_id, product_id, quantity, added_at) values (:clinicId, :productId, :quantity, :now)
							on conflict do nothing
							""")
				.param("clinicId", clinicId)
				.param("productId", productId)
				.param("quantity", quantity)
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	void remove(UUID clinicId, UUID productId) {
		jdbc.sql("delete from cart_items where clinic_id = :clinicId and product_id = :productId")
			.param("clinicId", clinicId)
			.param("productId", productId)
			.update();
	}

	void removeAll(UUID clinicId, Collection<UUID> productIds) {
		if (!productIds.isEmpty()) {
			jdbc.sql("delete from cart_items where clinic_id = :clinicId and product_id in (:productIds)")
				.param("clinicId", clinicId)
				.param("productIds", productIds)
				.update();
		}
	}

}
