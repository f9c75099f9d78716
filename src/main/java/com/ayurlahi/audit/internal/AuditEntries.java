package com.ayurlahi.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.ayurlahi.audit.AuditEntry;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.common.IndianTime;

/**
 * The {@code audit_entries} table. It only ever inserts and reads: no statement here
 * updates or deletes an entry (and on PostgreSQL a trigger would refuse it). Each entry
 * is also listed in {@code audit_unsealed} until {@link AuditSeals} seals it.
 */
@Repository
public class AuditEntries {

	private static final String COLUMNS = "id, seq, at, actor_id, actor_role, action, entity_type, entity_id, changes, client_ip, request_id";

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(UUID id, Instant at, @Nullable UUID actorId, String actorRole, String action, String entityType,
			String entityId, String changes, @Nullable String clientIp, @Nullable String requestId) {
		jdbc.sql(
				"""
						insert into audit_entries (id, at, actor_id, actor_role, action, entity_type, entity_id, changes, client_ip, request_id)
						values (:id, :at, :actorId, :actorRole, :action, :entityType, :entityId, :changes, :clientIp, :requestId)
						""")
			.param("id", id)
			.param("at", Timestamp.from(at.truncatedTo(ChronoUnit.MICROS)))
			.param("actorId", actorId)
			.param("actorRole", actorRole)
			.param("action", action)
			.param("entityType", entityType)
			.param("entityId", entityId)
			.param("changes", changes)
			.param("clientIp", clientIp)
			.param("requestId", requestId)
			.update();
		jdbc.sql("insert into audit_unsealed (entry_id) values (:id)").param("id", id).update();
	}

	/** The entries {@code query} selects, newest first. */
	public Page<AuditEntry> find(AuditQuery query, Pageable pageable) {
		Where where = Where.of(query);
		long total = jdbc.sql("select count(*) from audit_entries" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<AuditEntry> entries = jdbc
			.sql("select " + COLUMNS + " from audit_entries" + where.sql()
					+ " order by seq desc limit :limit offset :offset")
			.params(where.params())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(AuditEntries::entry)
			.list();
		return new PageImpl<>(entries, pageable, total);
	}

	/**
	 * Hands every entry {@code query} selects to {@code consumer}, oldest first, 500 rows
	 * at a time (PostgreSQL streams them when this runs in a transaction).
	 */
	public void forEach(AuditQuery query, Consumer<AuditEntry> consumer) {
		Where where = Where.of(query);
		jdbc.sql("select " + COLUMNS + " from audit_entries" + where.sql() + " order by seq")
			.withFetchSize(500)
			.params(where.params())
			.query(rows -> {
				consumer.accept(entry(rows, rows.getRow()));
			});
	}

	static AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
		return new AuditEntry(row.getObject("id", UUID.class), row.getLong("seq"),
				row.getObject("at", OffsetDateTime.class).toInstant(), row.getObject("actor_id", UUID.class),
				row.getString("actor_role"), row.getString("action"), row.getString("entity_type"),
				row.getString("entity_id"), row.getString("changes"), row.getString("client_ip"),
				row.getString("request_id"));
	}

	/** The where clause of a query, with its parameters. */
	private record Where(String sql, Map<String, Object> params) {

		static Where of(AuditQuery query) {
			StringBuilder sql = new StringBuilder();
			Map<String, Object> params = new LinkedHashMap<>();
			add(sql, params, "entity_type = :entityType", "entityType", blankToNull(query.entityType()));
			add(sql, params, "entity_id = :entityId", "entityId", blankToNull(query.entityId()));
			add(sql, params, "actor_id = :actorId", "actorId", query.actorId());
			add(sql, params, "action = :action", "action", blankToNull(query.action()));
			add(sql, params, "at >= :from", "from", startOf(query.from()));
			add(sql, params, "at < :to", "to", query.to() == null ? null : startOf(query.to().plusDays(1)));
			return new Where(sql.toString(), params);
		}

		private static void add(StringBuilder sql, Map<String, Object> params, String condition, String name,
				@Nullable Object value) {
			if (value != null) {
				sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
				params.put(name, value);
			}
		}

		private static @Nullable String blankToNull(@Nullable String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

		private static @Nullable Timestamp startOf(@Nullable LocalDate day) {
			return day == null ? null : Timestamp.from(day.atStartOfDay(IndianTime.ZONE).toInstant());
		}
	}

}
