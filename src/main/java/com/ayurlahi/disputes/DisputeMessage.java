package com.ayurlahi.disputes;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * A message on a dispute's thread, or the team's internal note ({@code internal}).
 */
@Embeddable
record DisputeMessage(UUID id, Instant at, @Column(name = "author_id") @Nullable UUID authorId,
		@Column(name = "author_role") String authorRole, String text, boolean internal) {
}
