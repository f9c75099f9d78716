package com.ayurlahi.subscriptions.rest.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.subscriptions.PlanGrant;

/**
 * A grant of a plan to a clinic: {@code until} is its last day (Indian time),
 * {@code validUntil} the moment it ends; {@code state} APPLIES, ENDED or REVOKED.
 */
record GrantJson(UUID id, UUID clinicId, UUID planId, String planName, int planVersion, LocalDate until,
		Instant validUntil, String reason, UUID grantedBy, Instant grantedAt, @Nullable Instant revokedAt,
		PlanGrant.State state) {

	static GrantJson of(PlanGrant grant) {
		return new GrantJson(grant.id(), grant.clinicId(), grant.planId(), grant.planName(), grant.planVersion(),
				grant.lastDay(), grant.validUntil(), grant.reason(), grant.grantedBy(), grant.grantedAt(),
				grant.revokedAt(), grant.state());
	}

}
