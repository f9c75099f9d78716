package com.ayurlahi.manufacturers.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.profile.ApprovalStatus;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.SettlementAccount;

/**
 * A manufacturer as the API contract shows it to its owner and to platform staff.
 * {@code settlement} (with the account number masked) and {@code statusReason} extend the
 * contract.
 */
record ManufacturerJson(UUID id, String name, String gstin, String stateCode, String stateName, String licenseNumber,
		LocalDate licenseExpiry, String addressLine1, @Nullable String addressLine2, String city, String pincode,
		String contactPerson, String phone, String email, ApprovalStatus status, @Nullable String rejectionReason,
		@Nullable String statusReason, BigDecimal commissionRate, @Nullable String razorpayAccountId,
		@Nullable Settlement settlement, Instant createdAt, @Nullable Instant approvedAt) {

	static ManufacturerJson of(Manufacturer manufacturer) {
		SettlementAccount account = manufacturer.getSettlement();
		return new ManufacturerJson(manufacturer.getId(), manufacturer.getCompanyName(),
				manufacturer.getGstin().value(), manufacturer.getAddress().state().code(),
				manufacturer.getAddress().state().displayName(), manufacturer.getLicence().number(),
				manufacturer.getLicence().expiry(), manufacturer.getAddress().line1(),
				manufacturer.getAddress().line2(), manufacturer.getAddress().city(),
				manufacturer.getAddress().pincode(), manufacturer.getContact().person(),
				manufacturer.getContact().phone(), manufacturer.getContact().email(), manufacturer.getStatus(),
				manufacturer.getStatus() == ApprovalStatus.REJECTED ? manufacturer.getStatusReason() : null,
				manufacturer.getStatusReason(), manufacturer.getCommissionRate(), manufacturer.getRazorpayAccountId(),
				account == null ? null
						: new Settlement(account.accountHolder(), account.ifsc(), account.maskedAccountNumber()),
				manufacturer.getCreatedAt(), manufacturer.getApprovedAt());
	}

	/** The settlement account, its number masked. */
	record Settlement(String accountHolder, String ifsc, String accountNumberMasked) {
	}
}
