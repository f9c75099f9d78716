package com.ayurlahi.subscriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.IndianTime;

/**
 * The team's grant of a plan to a clinic, as the team's pages and API show it.
 *
 * @param lastDay the last day (Indian time) the grant applies; it ends at the midnight
 * after it
 * @param validUntil the moment it ends by itself
 * @param grantedByName the name of the admin who granted it, if the account still exists
 */
public record PlanGrant(UUID id, UUID clinicId, UUID planId, String planName, int planVersion, LocalDate lastDay,
		Instant validUntil, String reason, UUID grantedBy, @Nullable String grantedByName, Instant grantedAt,
		@Nullable Instant revokedAt, State state) {

	/** Where a grant stands. */
	public enum State {

		/** It applies now (unless a newer grant replaced it). */
		APPLIES,
		/** Its last day is over. */
		ENDED,
		/** An admin revoked it before its end. */
		REVOKED;

		public String label() {
			return switch (this) {
				case APPLIES -> "Applies";
				case ENDED -> "Ended";
				case REVOKED -> "Revoked";
			};
		}

	}

	static PlanGrant of(PlanOverride grant, Plan plan, @Nullable String grantedByName, Instant now) {
		State state = grant.getRevokedAt() != null ? State.REVOKED : grant.appliesAt(now) ? State.APPLIES : State.ENDED;
		return new PlanGrant(grant.getId(), grant.getClinicId(), plan.getId(), plan.getName(), plan.getVersion(),
				lastDayOf(grant.getValidUntil()), grant.getValidUntil(), grant.getReason(), grant.getGrantedBy(),
				grantedByName, grant.getGrantedAt(), grant.getRevokedAt(), state);
	}

	/**
	 * The moment a grant whose last day is {@code lastDay} ends: the midnight after it.
	 */
	static Instant endOf(LocalDate lastDay) {
		return lastDay.plusDays(1).atStartOfDay(IndianTime.ZONE).toInstant();
	}

	static LocalDate lastDayOf(Instant validUntil) {
		return validUntil.minusNanos(1).atZone(IndianTime.ZONE).toLocalDate();
	}

	public boolean applies() {
		return state == State.APPLIES;
	}

}
