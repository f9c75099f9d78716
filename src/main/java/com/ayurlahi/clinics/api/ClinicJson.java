package com.ayurlahi.clinics.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.common.profile.ApprovalStatus;

/**
 * A clinic as the API contract shows it to its owner and to platform staff (never to
 * manufacturers). {@code statusReason} extends the contract: the reason for a rejection,
 * suspension or reinstatement.
 */
record ClinicJson(UUID id, String name, String gstin, String stateCode, String stateName, String drugLicenseNumber,
		LocalDate drugLicenseExpiry, String addressLine1, @Nullable String addressLine2, String city, String pincode,
		String contactPerson, String phone, String email, ApprovalStatus status, @Nullable String rejectionReason,
		@Nullable String statusReason, Instant createdAt, @Nullable Instant approvedAt) {

	static ClinicJson of(Clinic clinic) {
		return new ClinicJson(clinic.getId(), clinic.getLegalName(), clinic.getGstin().value(),
				clinic.getAddress().state().code(), clinic.getAddress().state().displayName(),
				clinic.getLicence().number(), clinic.getLicence().expiry(), clinic.getAddress().line1(),
				clinic.getAddress().line2(), clinic.getAddress().city(), clinic.getAddress().pincode(),
				clinic.getContact().person(), clinic.getContact().phone(), clinic.getContact().email(),
				clinic.getStatus(), clinic.getStatus() == ApprovalStatus.REJECTED ? clinic.getStatusReason() : null,
				clinic.getStatusReason(), clinic.getCreatedAt(), clinic.getApprovedAt());
	}
}
