package com.ayurlahi.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.Texts;
import com.ayurlahi.common.web.FlashMessage.Level;

/**
 * Keeps and hands out users' notifications. The module's API.
 */
@Service
@Transactional
public class NotificationCenter {

	private final JdbcClient jdbc;

	private final Clock clock;

	NotificationCenter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Leaves a notification for {@code userId}. The id names what it is about: notifying
	 * twice with the same id (an event delivered again after a crash) leaves one
	 * notification.
	 */
	public void notify(UUID id, UUID userId, Level level, String message, @Nullable String link) {
		jdbc.sql("""
				insert into notifications (id, user_id, message, link, level, created_at)
				values (:id, :userId, :message, :link, :level, :createdAt)
				on conflict do nothing
				""")
			.param("id", id)
			.param("userId", userId)
			.param("message", Texts.shortened(message, 1000))
			.param("link", link)
			.param("level", level.name())
			.param("createdAt", Timestamp.from(clock.instant()))
			.update();
	}

	/** The user's unread notifications, newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Notification> unread(UUID userId, int limit) {
		return jdbc.sql("""
				select id, user_id, message, link, level, created_at, read_at from notifications
				 where user_id = :userId and read_at is null
				 order by created_at desc limit :limit
				""")
			.param("userId", userId)
			.param("limit", limit)
			.query((row, number) -> new Notification(row.getObject("id", UUID.class),
					row.getObject("user_id", UUID.class), row.getString("message"), row.getString("link"),
					Level.valueOf(row.getString("level")),
					row.getObject("created_at", OffsetDateTime.class).toInstant(), null))
			.list();
	}

	@Transactional(readOnly = true)
	public int unreadCount(UUID userId) {
		return jdbc.sql("select count(*) from notifications where user_id = :userId and read_at is null")
			.param("userId", userId)
			.query(Integer.class)
			.single();
	}

	/** Marks all of the user's notifications read; returns how many were unread. */
	public int markAllRead(UUID userId) {
		return jdbc.sql("update notifications set read_at = :now where user_id = :userId and read_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("userId", userId)
			.update();
	}

}
