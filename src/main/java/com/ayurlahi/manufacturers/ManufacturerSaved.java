package com.ayurlahi.manufacturers;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.profiles.ApprovalStatus;

/**
 * A manufacturer's profile as it was just saved, published in the transaction that saved
 * it, for every change. For other modules' read models that must never disagree with the
 * profile, such as the catalog's list of who may sell, or payouts waiting for a Razorpay
 * linked account: handle it with a plain {@code @EventListener}, in the same transaction.
 */
public record ManufacturerSaved(UUID manufacturerId, String companyName, IndianState state, ApprovalStatus status,
		LocalDate licenceExpiry, @Nullable String razorpayAccountId) {

	static ManufacturerSaved of(Manufacturer manufacturer) {
		return new ManufacturerSaved(manufacturer.getId(), manufacturer.getCompanyName(),
				manufacturer.getAddress().state(), manufacturer.getStatus(), manufacturer.getLicence().expiry(),
				manufacturer.getRazorpayAccountId());
	}
}
