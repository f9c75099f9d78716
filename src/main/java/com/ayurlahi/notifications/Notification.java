package com.ayurlahi.notifications;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.web.FlashMessage.Level;

/**
 * A message for one user, with an optional link to where they can act on it.
 */
public record Notification(UUID id, UUID userId, String message, @Nullable String link, Level level, Instant createdAt,
		@Nullable Instant readAt) {
}
