package com.ayurlahi.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.LikePatterns;

/**
 * Order lists in SQL, newest first, one query per page (and one to count).
 */
@Repository
class OrderQueries {

	private final JdbcClient jdbc;

	OrderQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param clinicUserId only this clinic account's orders, if given
	 * @param manufacturerUserId only this manufacturer account's orders, if given
	 */
	Page<OrderSummary> find(OrderFilter filter, @Nullable UUID clinicUserId, @Nullable UUID manufacturerUserId,
			Pageable pageable) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (clinicUserId != null) {
			where.append(" and o.clinic_user_id = :clinicUserId");
			params.put("clinicUserId", clinicUserId);
		}
		if (manufacturerUserId != null) {
			where.append(" and o.manufacturer_user_id = :manufacturerUserId");
			params.put("manufacturerUserId", manufacturerUserId);
		}
		if (!filter.statuses().isEmpty()) {
			where.append(" and o.status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		contains(where, params, "o.clinic_name", "clinic", filter.clinic());
		contains(where, params, "o.manufacturer_name", "manufacturer", filter.manufacturer());
		contains(where, params, "o.order_number", "number", filter.number());
		if (filter.from() != null) {
			where.append(" and o.created_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(IndianTime.ZONE).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and o.created_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(IndianTime.ZONE).toInstant()));
		}
		long total = jdbc.sql("select count(*) from orders o" + where).params(params).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<OrderSummary> content = jdbc
			.sql("""
					select o.id, o.order_number, o.clinic_name, o.manufacturer_name, o.status, o.total, o.shipping_city,
					       o.created_at,
					       (select count(*) from order_items i where i.order_id = o.id and i.status = 'ORDERED') as item_count
					from orders o"""
					+ where + " order by o.created_at desc, o.id limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(OrderQueries::summary)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	private static void contains(StringBuilder where, Map<String, Object> params, String column, String name,
			@Nullable String text) {
		if (text != null && !text.isBlank()) {
			where.append(" and lower(").append(column).append(") like :").append(name).append(" escape '\\'");
			params.put(name, LikePatterns.containing(text.strip().toLowerCase(Locale.ROOT)));
		}
	}

	private static OrderSummary summary(ResultSet rs, int row) throws SQLException {
		return new OrderSummary(rs.getObject("id", UUID.class), rs.getString("order_number"),
				rs.getString("clinic_name"), rs.getString("manufacturer_name"),
				OrderStatus.valueOf(rs.getString("status")), rs.getBigDecimal("total"), rs.getInt("item_count"),
				rs.getString("shipping_city"), rs.getTimestamp("created_at").toInstant());
	}

}
