package com.ayurlahi.products;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.LikePatterns;
import com.ayurlahi.common.gst.IndianState;

/**
 * Reads of the catalog in SQL, each one query with the manufacturer's name from the
 * catalog's sellers. Text search is {@code search_text LIKE '%word%'} per word, which
 * PostgreSQL answers from a trigram index.
 *
 * <p>
 * On PostgreSQL a text search never reads the whole table: its planner prices the trigram
 * index's bitmap against a sequential scan as if checking a pattern against a row were
 * nearly free, and with a {@code LIMIT} it expects to stop early, so for a word that
 * matches a few thousand of 100,000 products it would rather test the pattern on tens of
 * thousands of rows (10&ndash;25 ms) than read the index (2&ndash;4 ms). Sequential scans
 * are therefore disabled for the search's own transaction ({@code SET LOCAL}). The live
 * search then reads the index once for both the count and the page: when the matches are
 * few, the page is sorted from them rather than found by walking the sort's index through
 * the whole catalog until enough of them turn up.
 */
@Repository
class ProductQueries {

	private static final String SELECT = """
			select p.id, p.manufacturer_id, s.name as manufacturer_name, s.state_code as manufacturer_state, p.name,
			       p.sku, p.hsn_code, p.gst_rate, p.unit_price, p.mrp, p.pack_size, p.dosage_form, p.composition,
			       p.description, p.min_order_quantity, p.stock_quantity, p.active, p.medical_supervision,
			       p.archived_at is not null as archived, p.created_at,
			       (p.active and p.archived_at is null and s.status = 'APPROVED' and s.licence_expiry >= :today) as orderable
			""";

	private static final String FROM = " from products p join catalog_sellers s on s.manufacturer_id = p.manufacturer_id";

	private static final String ORDERABLE = " and p.active and p.archived_at is null and s.status = 'APPROVED' and s.licence_expiry >= :today";

	private final JdbcClient jdbc;

	private final boolean postgres;

	ProductQueries(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.postgres = "PostgreSQL"
			.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	/** Which products are in scope of a search, besides what the query asks. */
	enum Scope {

		/** What clinics may order today. */
		ORDERABLE,
		/**
		 * Everything that is not archived: for a manufacturer's own list and for the
		 * team.
		 */
		LISTED

	}

	/** A page of matches; the total counts at most {@code countLimit + 1} of them. */
	@Transactional(readOnly = true)
	Page<ProductView> search(CatalogQuery query, Scope scope, LocalDate today, Pageable pageable, long countLimit) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("today", today);
		StringBuilder where = new StringBuilder(" where p.archived_at is null");
		if (scope == Scope.ORDERABLE) {
			where.append(ORDERABLE);
		}
		List<String> words = query.words();
		for (int i = 0; i < words.size(); i++) {
			where.append(" and p.search_text like :word").append(i).append(" escape '\\'");
			params.put("word" + i, LikePatterns.containing(words.get(i)));
		}
		if (query.manufacturerId() != null) {
			where.append(" and p.manufacturer_id = :manufacturerId");
			params.put("manufacturerId", query.manufacturerId());
		}
		if (query.dosageForm() != null) {
			where.append(" and p.dosage_form = :dosageForm");
			params.put("dosageForm", query.dosageForm().name());
		}
		if (query.inStockOnly()) {
			where.append(" and p.stock_quantity > 0");
		}
		boolean textSearch = postgres && !words.isEmpty();
		if (textSearch) {
			jdbc.sql("set local enable_seqscan = off").update();
		}
		long total;
		if (textSearch && countLimit < Long.MAX_VALUE) {
			Page<ProductView> fromMatches = pageFromMatches(where, params, query.sort(), pageable, countLimit);
			if (fromMatches.getTotalElements() <= countLimit) {
				return fromMatches;
			}
			total = fromMatches.getTotalElements();
		}
		else {
			String matches = FROM + where;
			if (countLimit < Long.MAX_VALUE) {
				matches += " limit " + (countLimit + 1);
			}
			total = jdbc.sql("select count(*) from (select 1 " + matches + ") matches")
				.params(params)
				.query(Long.class)
				.single();
			if (total == 0) {
				return Page.empty(pageable);
			}
		}
		List<ProductView> content = jdbc
			.sql(SELECT + FROM + where + " order by " + query.sort().orderBy() + " limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ProductQueries::view)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	/**
	 * One pass over the trigram index: the matches, up to {@code countLimit + 1} of them
	 * (only what sorting needs), their number and, when that is all of them, the page
	 * sorted from them. When there are more, the page it holds is not the first of the
	 * whole catalog's order and the caller finds it by walking the sort's index, which is
	 * quick when matches are that common.
	 */
	private Page<ProductView> pageFromMatches(CharSequence where, Map<String, Object> params, CatalogSort sort,
			Pageable pageable, long countLimit) {
		return jdbc
			.sql("with matches as materialized (select p.id, p.name, p.unit_price, p.created_at " + FROM + where
					+ " limit :countLimit + 1)," + " shown as (select p.id from matches p order by " + sort.orderBy()
					+ " limit :limit offset :offset)"
					+ " select counted.total, p.* from (select count(*) as total from matches) counted" + " left join ("
					+ SELECT + FROM + " where p.id in (select id from shown)) p on true" + " order by "
					+ sort.orderBy())
			.params(params)
			.param("countLimit", countLimit)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(rs -> {
				long total = 0;
				List<ProductView> content = new ArrayList<>();
				while (rs.next()) { // one row with the total alone when the page is empty
					total = rs.getLong("total");
					if (rs.getObject("id") != null) {
						content.add(view(rs, content.size()));
					}
				}
				return new PageImpl<>(content, pageable, total);
			});
	}

	Optional<ProductView> find(UUID productId, LocalDate today) {
		return jdbc.sql(SELECT + FROM + " where p.id = :id")
			.param("today", today)
			.param("id", productId)
			.query(ProductQueries::view)
			.optional();
	}

	/** The products with these ids, archived or not, in no particular order. */
	List<ProductView> findAll(Collection<UUID> productIds, LocalDate today) {
		if (productIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + FROM + " where p.id in (:ids)")
			.param("today", today)
			.param("ids", productIds)
			.query(ProductQueries::view)
			.list();
	}

	/**
	 * The names of the manufacturers that have something orderable today, for the
	 * clinics' filter.
	 */
	Map<UUID, String> sellersWithOrderableProducts(LocalDate today) {
		Map<UUID, String> sellers = new LinkedHashMap<>();
		jdbc.sql("""
				select s.manufacturer_id, s.name from catalog_sellers s
				where s.status = 'APPROVED' and s.licence_expiry >= :today
				  and exists (select 1 from products p where p.manufacturer_id = s.manufacturer_id
				              and p.active and p.archived_at is null)
				order by s.name
				""")
			.param("today", today)
			.query((rs, row) -> sellers.put(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		return sellers;
	}

	private static ProductView view(ResultSet rs, int row) throws SQLException {
		return new ProductView(rs.getObject("id", UUID.class), rs.getObject("manufacturer_id", UUID.class),
				rs.getString("manufacturer_name"), IndianState.ofCode(rs.getString("manufacturer_state")).orElseThrow(),
				rs.getString("name"), rs.getString("sku"), rs.getString("hsn_code"), rs.getBigDecimal("gst_rate"),
				rs.getBigDecimal("unit_price"), rs.getBigDecimal("mrp"), rs.getString("pack_size"),
				DosageForm.valueOf(rs.getString("dosage_form")), rs.getString("composition"),
				rs.getString("description"), rs.getInt("min_order_quantity"), rs.getInt("stock_quantity"),
				rs.getBoolean("active"), rs.getBoolean("medical_supervision"), rs.getBoolean("archived"),
				rs.getBoolean("orderable"), rs.getTimestamp("created_at").toInstant());
	}

}
