package com.ayurlahi.manufacturers.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.SettlementAccount;
import com.ayurlahi.profiles.rest.ProfileJson;

/**
 * A manufacturer as the API contract shows it to its owner and to platform staff: the
 * fields every profile shows, the manufacturing licence and the commercial terms.
 * {@code settlement} (with the account number masked) extends the contract.
 */
record ManufacturerJson(@JsonUnwrapped ProfileJson profile, String licenseNumber, LocalDate licenseExpiry,
		BigDecimal commissionRate, @Nullable String razorpayAccountId, @Nullable Settlement settlement) {

	static ManufacturerJson of(Manufacturer manufacturer) {
		SettlementAccount account = manufacturer.getSettlement();
		return new ManufacturerJson(ProfileJson.of(manufacturer), manufacturer.getLicence().number(),
				manufacturer.getLicence().expiry(), manufacturer.getCommissionRate(),
				manufacturer.getRazorpayAccountId(), account == null ? null
						: new Settlement(account.accountHolder(), account.ifsc(), account.maskedAccountNumber()));
	}

	/** The settlement account, its number masked. */
	record Settlement(String accountHolder, String ifsc, String accountNumberMasked) {
	}

}
