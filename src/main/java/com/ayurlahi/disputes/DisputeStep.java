package com.ayurlahi.disputes;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/** One step of a dispute's timeline: the status it reached, by whom, when and why. */
@Embeddable
record DisputeStep(int step, @Enumerated(EnumType.STRING) DisputeStatus status, Instant at,
		@Column(name = "actor_id") @Nullable UUID actorId, @Column(name = "actor_role") String actorRole,
		@Nullable String note) {
}
