package com.ayurlahi.common.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who made a change: a signed-in user (id and role), or the platform itself (SYSTEM:
 * jobs, start-up). Named integrations (RAZORPAY, WHATSAPP) will be actors of their own
 * when they arrive.
 */
public record Actor(@Nullable UUID userId, String role) {

	public static final String SYSTEM = "SYSTEM";

	public static final String ANONYMOUS = "ANONYMOUS";

	public static Actor user(UUID userId, String role) {
		return new Actor(userId, role);
	}

	public static Actor system() {
		return new Actor(null, SYSTEM);
	}
}
