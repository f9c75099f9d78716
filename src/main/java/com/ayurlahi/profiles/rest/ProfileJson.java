package com.ayurlahi.profiles.rest;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.profiles.BusinessProfile;

/**
 * What every profile shows of itself over JSON, to its owner and to platform staff (never
 * to another business). Each kind's JSON unwraps it beside its own fields.
 * {@code statusReason} extends the contract: the reason for a rejection, suspension or
 * reinstatement.
 */
public record ProfileJson(UUID id, String name, String gstin, String stateCode, String stateName, String addressLine1,
		@Nullable String addressLine2, String city, String pincode, String contactPerson, String phone, String email,
		ApprovalStatus status, @Nullable String rejectionReason, @Nullable String statusReason, Instant createdAt,
		@Nullable Instant approvedAt) {

	public static ProfileJson of(BusinessProfile profile) {
		return new ProfileJson(profile.getId(), profile.getName(), profile.getGstin().value(),
				profile.getAddress().state().code(), profile.getAddress().state().displayName(),
				profile.getAddress().line1(), profile.getAddress().line2(), profile.getAddress().city(),
				profile.getAddress().pincode(), profile.getContact().person(), profile.getContact().phone(),
				profile.getContact().email(), profile.getStatus(),
				profile.getStatus() == ApprovalStatus.REJECTED ? profile.getStatusReason() : null,
				profile.getStatusReason(), profile.getCreatedAt(), profile.getApprovedAt());
	}

}
