package com.ayurlahi.subscriptions;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * The team's grant of a plan to a clinic until a date, whatever its subscription says: a
 * complimentary plan, or more than its plan allows for a while. Granted with a reason by
 * an admin; it ends at its date or when revoked.
 */
@Entity
@Table(name = "subscription_overrides")
public class PlanOverride {

	/** What the audit log calls an override. */
	static final String ENTITY = "SubscriptionOverride";

	@Id
	private UUID id;

	@Column(name = "clinic_id", updatable = false)
	private UUID clinicId;

	@Column(name = "plan_id", updatable = false)
	private UUID planId;

	@Column(name = "valid_until", updatable = false)
	private Instant validUntil;

	@Column(updatable = false)
	private String reason;

	@Column(name = "granted_by", updatable = false)
	private UUID grantedBy;

	@Column(name = "granted_at", updatable = false)
	private Instant grantedAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	PlanOverride(UUID clinicId, UUID planId, Instant validUntil, String reason, UUID grantedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.clinicId = clinicId;
		this.planId = planId;
		this.validUntil = validUntil;
		this.reason = reason;
		this.grantedBy = grantedBy;
		this.grantedAt = now;
	}

	protected PlanOverride() {
		// for JPA
		this.id = UUID.randomUUID();
		this.clinicId = id;
		this.planId = id;
		this.validUntil = Instant.EPOCH;
		this.reason = "";
		this.grantedBy = id;
		this.grantedAt = Instant.EPOCH;
	}

	/** Whether it applies at {@code now}. */
	public boolean appliesAt(Instant now) {
		return revokedAt == null && now.isBefore(validUntil);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	public UUID getId() {
		return id;
	}

	public UUID getClinicId() {
		return clinicId;
	}

	public UUID getPlanId() {
		return planId;
	}

	public Instant getValidUntil() {
		return validUntil;
	}

	public String getReason() {
		return reason;
	}

	public UUID getGrantedBy() {
		return grantedBy;
	}

	public Instant getGrantedAt() {
		return grantedAt;
	}

	public @Nullable Instant getRevokedAt() {
		return revokedAt;
	}

}
