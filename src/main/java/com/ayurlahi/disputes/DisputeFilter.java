package com.ayurlahi.disputes;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which disputes a list shows: by status (none: all; {@code open}: those still waiting),
 * reason, manufacturer, clinic, and only those past the manufacturer's deadline.
 */
public record DisputeFilter(@Nullable DisputeStatus status, boolean openOnly, @Nullable DisputeReason reason,
		@Nullable UUID manufacturerId, @Nullable UUID clinicId, boolean overdueOnly) {

	public static final DisputeFilter ALL = new DisputeFilter(null, false, null, null, null, false);

	public static DisputeFilter withStatus(@Nullable DisputeStatus status) {
		return new DisputeFilter(status, false, null, null, null, false);
	}

}
