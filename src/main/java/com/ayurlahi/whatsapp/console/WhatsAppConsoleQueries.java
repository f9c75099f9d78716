package com.ayurlahi.whatsapp.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

import com.ayurlahi.whatsapp.WhatsAppChannel;
import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.ayurlahi.whatsapp.internal.Contacts;
import com.ayurlahi.whatsapp.simulator.SimulatedChannel;

/**
 * The console's other reads: the channel's health, the numbers the platform talks with
 * (each with its account, named in one go per page by {@link AccountNames}), and the
 * consent log.
 */
@Repository
@Transactional(readOnly = true)
class WhatsAppConsoleQueries {

	/**
	 * Every number with messages either way or a verified account, with its counts. The
	 * union's parts are grouped first, so each table is read once.
	 */
	private static final String NUMBERS = """
			select a.phone, max(a.last_at) as last_at, sum(a.inbound) as inbound, sum(a.outbound) as outbound,
			       sum(a.problems) as problems, max(a.sender_name) as sender_name, n.user_id, n.verified_at,
			       c.opted_out, c.last_inbound_at
			  from (select phone, max(received_at) as last_at, count(*) as inbound, 0 as outbound, 0 as problems,
			               max(sender_name) as sender_name
			          from whatsapp_inbound group by phone
			        union all
			        select phone, max(created_at), 0, count(*),
			               sum(case when status in ('FAILED', 'NOT_SENT') then 1 else 0 end), null
			          from whatsapp_outbox group by phone
			        union all
			        select verified_phone, null, 0, 0, 0, null from whatsapp_numbers where verified_phone is not null) a
			  left join whatsapp_numbers n on n.verified_phone = a.phone
			  left join whatsapp_contacts c on c.phone = a.phone
			""";

	private static final String GROUPED = """
			 group by a.phone, n.user_id, n.verified_at, c.opted_out, c.last_inbound_at
			""";

	private static final String PHONES = """
			select count(*) from (select phone from whatsapp_inbound
			                      union select phone from whatsapp_outbox
			                      union select verified_phone from whatsapp_numbers where verified_phone is not null) p
			""";

	private final JdbcClient jdbc;

	private final AccountNames accounts;

	private final WhatsAppChannel channel;

	private final WhatsAppSettings settings;

	private final Clock clock;

	WhatsAppConsoleQueries(JdbcClient jdbc, AccountNames accounts, WhatsAppChannel channel, WhatsAppSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.channel = channel;
		this.settings = settings;
		this.clock = clock;
	}

	ChannelHealth health() {
		Instant now = clock.instant();
		Timestamp hourAgo = Timestamp.from(now.minus(Duration.ofHours(1)));
		record Counts(long waiting, @Nullable Instant oldestWaiting, long failed, long notSent) {
		}
		Counts counts = jdbc
			.sql("""
					select (select count(*) from whatsapp_outbox where status in ('WAITING', 'SENDING')) as waiting,
					       (select min(created_at) from whatsapp_outbox where status in ('WAITING', 'SENDING')) as oldest,
					       (select count(*) from whatsapp_outbox where status = 'FAILED' and updated_at >= :hourAgo) as failed,
					       (select count(*) from whatsapp_outbox where status = 'NOT_SENT' and updated_at >= :hourAgo) as not_sent
					""")
			.param("hourAgo", hourAgo)
			.query((row, number) -> new Counts(row.getLong("waiting"), instant(row, "oldest"), row.getLong("failed"),
					row.getLong("not_sent")))
			.single();
		Optional<ChannelHealth.LastAccepted> lastAccepted = jdbc.sql("""
				select id, phone, created_at, updated_at, status from whatsapp_outbox
				 where provider_id is not null order by seq desc limit 1
				""")
			.query((row, number) -> new ChannelHealth.LastAccepted(row.getObject("id", UUID.class),
					row.getString("phone"), Objects.requireNonNull(instant(row, "created_at")),
					Objects.requireNonNull(instant(row, "updated_at")), MessageStatus.valueOf(row.getString("status"))))
			.optional();
		return new ChannelHealth(channel.isOn(), adapter(), lastAccepted.orElse(null), counts.failed(),
				counts.notSent(), counts.waiting(),
				counts.oldestWaiting() == null ? null : Duration.between(counts.oldestWaiting(), now));
	}

	/** The numbers, the latest conversation first; of one number only when given. */
	Page<ConversationSummary> conversations(@Nullable String phone, Pageable page) {
		String where = phone == null ? "" : " where p.phone = :phone";
		var total = jdbc.sql(PHONES + where);
		if (phone != null) {
			total = total.param("phone", phone);
		}
		long count = total.query(Long.class).single();
		if (count == 0) {
			return Page.empty(page);
		}
		var rows = jdbc
			.sql(NUMBERS + (phone == null ? "" : " where a.phone = :phone") + GROUPED
					+ " order by max(a.last_at) desc nulls last, a.phone limit :limit offset :offset")
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset());
		if (phone != null) {
			rows = rows.param("phone", phone);
		}
		return new PageImpl<>(named(rows.query(this::summary).list()), page, count);
	}

	/** The number's summary, if the platform ever talked with it. */
	Optional<ConversationSummary> conversation(String phone) {
		return jdbc.sql(NUMBERS + " where a.phone = :phone" + GROUPED)
			.param("phone", phone)
			.query(this::summary)
			.optional()
			.map(summary -> named(List.of(summary)).getFirst());
	}

	/** The consent log, newest first; of one number only when given. */
	Page<ConsentEntry> consents(@Nullable String phone, Pageable page) {
		String where = phone == null ? "" : " where phone = :phone";
		Map<String, Object> params = new HashMap<>();
		if (phone != null) {
			params.put("phone", phone);
		}
		long count = jdbc.sql("select count(*) from whatsapp_consents" + where)
			.params(params)
			.query(Long.class)
			.single();
		if (count == 0) {
			return Page.empty(page);
		}
		List<ConsentEntry> entries = jdbc
			.sql("select id, phone, opted_in, source, recorded_at from whatsapp_consents" + where
					+ " order by recorded_at desc, id limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((row, number) -> new ConsentEntry(row.getObject("id", UUID.class), row.getString("phone"),
					row.getBoolean("opted_in"), row.getString("source"),
					Objects.requireNonNull(instant(row, "recorded_at"))))
			.list();
		return new PageImpl<>(entries, page, count);
	}

	private List<ConversationSummary> named(List<ConversationSummary> summaries) {
		Map<UUID, AccountNames.AccountName> names = accounts
			.of(summaries.stream().map(ConversationSummary::userId).filter(Objects::nonNull).distinct().toList());
		return summaries.stream()
			.map(summary -> summary.userId() == null ? summary : summary.named(names.get(summary.userId())))
			.toList();
	}

	private ConversationSummary summary(ResultSet row, int number) throws SQLException {
		Instant lastInbound = instant(row, "last_inbound_at");
		boolean windowOpen = lastInbound != null && lastInbound.isAfter(clock.instant().minus(Contacts.WINDOW));
		return new ConversationSummary(row.getString("phone"), row.getObject("user_id", UUID.class), null,
				instant(row, "verified_at"), row.getString("sender_name"), instant(row, "last_at"),
				row.getLong("inbound"), row.getLong("outbound"), row.getLong("problems"), row.getBoolean("opted_out"),
				lastInbound, windowOpen);
	}

	private String adapter() {
		if (!channel.isOn()) {
			return "Off: WHATSAPP_API_KEY is not set (nor the simulator on), so notifications stay in the app.";
		}
		if (settings.gupshupConfigured()) {
			return "Gupshup at " + settings.apiUrl() + " as " + settings.businessNumber();
		}
		if (channel instanceof SimulatedChannel) {
			return "The simulator (development only; its phone is at /dev/whatsapp): nothing reaches WhatsApp.";
		}
		return ClassUtils.getUserClass(channel).getSimpleName();
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
