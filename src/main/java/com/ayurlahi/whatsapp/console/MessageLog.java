package com.ayurlahi.whatsapp.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.whatsapp.internal.GupshupErrors;

/**
 * The messages both ways, read for the console in single queries: the users' messages
 * ({@code whatsapp_inbound}) and ours ({@code whatsapp_outbox}) side by side in one
 * result, newest first or as a conversation; and the outbox's waiting and failed
 * messages, each error with what its code means.
 */
@Repository
@Transactional(readOnly = true)
class MessageLog {

	/** A user's message in the columns both directions share. */
	private static final String INBOUND = """
			select 'IN' as direction, i.id, i.received_at as at, i.phone, i.sender_name, i.kind, i.text, i.postback,
			       i.outcome, cast(null as varchar(4096)) as message, cast(null as varchar(4096)) as template_values,
			       i.provider_id, case when i.handled_at is null then 'RECEIVED' else 'HANDLED' end as status,
			       cast(null as varchar(10)) as sent_as, 0 as attempts,
			       cast(null as timestamp with time zone) as next_attempt_at, cast(null as varchar(20)) as error_code,
			       cast(null as varchar(500)) as error_reason, i.handled_at as updated_at
			  from whatsapp_inbound i
			""";

	/** One of our messages in the columns both directions share. */
	private static final String OUTBOUND = """
			select 'OUT' as direction, o.id, o.created_at as at, o.phone, cast(null as varchar(200)) as sender_name,
			       o.kind, cast(null as varchar(4096)) as text, cast(null as varchar(1000)) as postback,
			       cast(null as varchar(300)) as outcome, o.message, o.template_values, o.provider_id, o.status,
			       o.sent_as, o.attempts, o.next_attempt_at, o.error_code, o.error_reason, o.updated_at
			  from whatsapp_outbox o
			""";

	private final JdbcClient jdbc;

	private final MessageContents contents;

	MessageLog(JdbcClient jdbc, MessageContents contents) {
		this.jdbc = jdbc;
		this.contents = contents;
	}

	/** The messages {@code filter} selects, newest first. */
	Page<ConsoleMessage> messages(MessageFilter filter, Pageable page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String selection = selection(filter, params);
		if (selection.isEmpty()) {
			return Page.empty(page);
		}
		long total = count("select count(*) from (" + selection + ") m", params);
		if (total == 0) {
			return Page.empty(page);
		}
		List<ConsoleMessage> rows = jdbc
			.sql("select * from (" + selection + ") m order by m.at desc, m.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(this::message)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/** The latest {@code limit} messages with {@code phone}, oldest first, as a chat. */
	List<ConsoleMessage> conversation(String phone, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String selection = selection(new MessageFilter(phone, null, null), params);
		List<ConsoleMessage> latest = new ArrayList<>(
				jdbc.sql("select * from (" + selection + ") m order by m.at desc, m.id desc limit :limit")
					.params(params)
					.param("limit", limit)
					.query(this::message)
					.list());
		Collections.reverse(latest);
		return latest;
	}

	/** Our messages still to go, the oldest first, at most {@code limit}. */
	List<ConsoleMessage> waiting(int limit) {
		return jdbc.sql(OUTBOUND + " where o.status in ('WAITING', 'SENDING') order by o.seq limit :limit")
			.param("limit", limit)
			.query(this::message)
			.list();
	}

	/** How many of our messages are still to go. */
	long waitingCount() {
		return count("select count(*) from whatsapp_outbox where status in ('WAITING', 'SENDING')", Map.of());
	}

	/** Our messages that failed or were not sent, the latest change first. */
	Page<ConsoleMessage> failedOrNotSent(Pageable page) {
		long total = count("select count(*) from whatsapp_outbox where status in ('FAILED', 'NOT_SENT')", Map.of());
		if (total == 0) {
			return Page.empty(page);
		}
		List<ConsoleMessage> rows = jdbc.sql(OUTBOUND + """
				 where o.status in ('FAILED', 'NOT_SENT')
				 order by o.updated_at desc, o.seq desc limit :limit offset :offset
				""").param("limit", page.getPageSize()).param("offset", page.getOffset()).query(this::message).list();
		return new PageImpl<>(rows, page, total);
	}

	/**
	 * The union of the parts of the log {@code filter} selects, its values put in
	 * {@code params}; empty when it selects nothing.
	 */
	private static String selection(MessageFilter filter, Map<String, Object> params) {
		List<String> parts = new ArrayList<>();
		if (filter.phone() != null) {
			params.put("phone", filter.phone());
		}
		if (filter.includesInbound()) {
			List<String> where = new ArrayList<>();
			if (filter.phone() != null) {
				where.add("i.phone = :phone");
			}
			if (filter.status() == MessageStatus.RECEIVED) {
				where.add("i.handled_at is null");
			}
			else if (filter.status() == MessageStatus.HANDLED) {
				where.add("i.handled_at is not null");
			}
			parts.add(INBOUND + where(where));
		}
		if (filter.includesOutbound()) {
			List<String> where = new ArrayList<>();
			if (filter.phone() != null) {
				where.add("o.phone = :phone");
			}
			if (filter.status() != null) {
				where.add("o.status = :status");
				params.put("status", filter.status().name());
			}
			parts.add(OUTBOUND + where(where));
		}
		return String.join(" union all ", parts);
	}

	private static String where(List<String> conditions) {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private long count(String sql, Map<String, ?> params) {
		Long count = jdbc.sql(sql).params(params).query(Long.class).single();
		return count == null ? 0 : count;
	}

	private ConsoleMessage message(ResultSet row, int number) throws SQLException {
		boolean inbound = "IN".equals(row.getString("direction"));
		String kind = row.getString("kind");
		MessageContents.Content content = inbound
				? contents.inbound(kind, row.getString("text"), row.getString("postback")) : contents.outbound(kind,
						row.getString("message"), row.getString("template_values"), row.getString("sent_as"));
		return new ConsoleMessage(row.getObject("id", UUID.class), inbound ? Direction.INBOUND : Direction.OUTBOUND,
				instant(row, "at"), row.getString("phone"), row.getString("sender_name"), kind, content.type(),
				content.text(), content.interactive(), row.getString("provider_id"),
				MessageStatus.valueOf(row.getString("status")), row.getString("sent_as"), row.getInt("attempts"),
				nullableInstant(row, "next_attempt_at"), row.getString("error_code"),
				meaning(row.getString("error_code"), row.getString("error_reason")), row.getString("outcome"),
				nullableInstant(row, "updated_at"));
	}

	/**
	 * What went wrong, in our words when we know the code: the sender writes a refusal's
	 * meaning with it, a failed delivery status brings only the provider's words.
	 */
	static @Nullable String meaning(@Nullable String code, @Nullable String reason) {
		String known = code == null ? null : GupshupErrors.known().get(code);
		if (known == null || (reason != null && reason.startsWith(known))) {
			return reason;
		}
		return reason == null ? known : GupshupErrors.meaning(code, reason);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
