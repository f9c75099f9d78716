package com.ayurlahi.whatsapp.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.ayurlahi.whatsapp.NoticeKind;

/**
 * Users' WhatsApp numbers ({@code whatsapp_numbers}): the number a user gave, the code
 * sent to it while it is being verified, and the number once verified (one account per
 * verified number); and the kinds of notification each user turned off.
 */
@Repository
public class Numbers {

	private final JdbcClient jdbc;

	Numbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A user's number as it stands. */
	public record NumberRow(UUID userId, String phone, @Nullable String verifiedPhone, @Nullable Instant verifiedAt,
			@Nullable String codeHash, @Nullable Instant codeExpiresAt, int triesLeft, Instant updatedAt) {
	}

	public Optional<NumberRow> forUpdate(UUID userId) {
		return jdbc.sql("select * from whatsapp_numbers where user_id = :userId for update")
			.param("userId", userId)
			.query(Numbers::row)
			.optional();
	}

	public Optional<NumberRow> of(UUID userId) {
		return jdbc.sql("select * from whatsapp_numbers where user_id = :userId")
			.param("userId", userId)
			.query(Numbers::row)
			.optional();
	}

	public Optional<String> verifiedPhone(UUID userId) {
		return jdbc.sql("select verified_phone from whatsapp_numbers where user_id = :userId")
			.param("userId", userId)
			.query((row, number) -> Optional.ofNullable(row.getString(1)))
			.optional()
			.flatMap(phone -> phone);
	}

	/** The account whose verified number this is. */
	public Optional<UUID> ownerOf(String phone) {
		return jdbc.sql("select user_id from whatsapp_numbers where verified_phone = :phone")
			.param("phone", phone)
			.query(UUID.class)
			.optional();
	}

	/** Records a code sent to {@code phone} for {@code userId}. */
	public void codeSent(UUID userId, String phone, String codeHash, Instant expiresAt, int tries, Instant at) {
		int updated = jdbc.sql("""
				update whatsapp_numbers set phone = :phone, code_hash = :hash, code_expires_at = :expiresAt,
				       tries_left = :tries, updated_at = :at
				 where user_id = :userId
				""")
			.param("userId", userId)
			.param("phone", phone)
			.param("hash", codeHash)
			.param("expiresAt", Timestamp.from(expiresAt))
			.param("tries", tries)
			.param("at", Timestamp.from(at))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into whatsapp_numbers (user_id, phone, code_hash, code_expires_at, tries_left, updated_at)
					values (:userId, :phone, :hash, :expiresAt, :tries, :at)
					""")
				.param("userId", userId)
				.param("phone", phone)
				.param("hash", codeHash)
				.param("expiresAt", Timestamp.from(expiresAt))
				.param("tries", tries)
				.param("at", Timestamp.from(at))
				.update();
		}
	}

	public void wrongCode(UUID userId, int triesLeft, Instant at) {
		jdbc.sql("update whatsapp_numbers set tries_left = :tries, updated_at = :at where user_id = :userId")
			.param("userId", userId)
			.param("tries", triesLeft)
			.param("at", Timestamp.from(at))
			.update();
	}

	public void verified(UUID userId, String phone, Instant at) {
		jdbc.sql("""
				update whatsapp_numbers set verified_phone = :phone, verified_at = :at, code_hash = null,
				       code_expires_at = null, tries_left = 0, updated_at = :at
				 where user_id = :userId
				""").param("userId", userId).param("phone", phone).param("at", Timestamp.from(at)).update();
	}

	public boolean isMuted(UUID userId, NoticeKind kind) {
		return jdbc.sql("select count(*) from whatsapp_muted_kinds where user_id = :userId and kind = :kind")
			.param("userId", userId)
			.param("kind", kind.name())
			.query(Integer.class)
			.single() > 0;
	}

	public Set<NoticeKind> mutedKinds(UUID userId) {
		Set<NoticeKind> muted = EnumSet.noneOf(NoticeKind.class);
		jdbc.sql("select kind from whatsapp_muted_kinds where user_id = :userId")
			.param("userId", userId)
			.query(String.class)
			.list()
			.forEach(kind -> muted.add(NoticeKind.valueOf(kind)));
		return muted;
	}

	public void mute(UUID userId, Set<NoticeKind> kinds) {
		jdbc.sql("delete from whatsapp_muted_kinds where user_id = :userId").param("userId", userId).update();
		kinds.forEach(kind -> jdbc.sql("insert into whatsapp_muted_kinds (user_id, kind) values (:userId, :kind)")
			.param("userId", userId)
			.param("kind", kind.name())
			.update());
	}

	private static NumberRow row(ResultSet row, int number) throws SQLException {
		return new NumberRow(row.getObject("user_id", UUID.class), row.getString("phone"),
				row.getString("verified_phone"), instant(row, "verified_at"), row.getString("code_hash"),
				instant(row, "code_expires_at"), row.getInt("tries_left"), instant(row, "updated_at"));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
