package com.ayurlahi.manufacturers.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.gst.ValidGstin;
import com.ayurlahi.common.profile.PostalAddress;
import com.ayurlahi.common.validation.EmailAddresses;
import com.ayurlahi.common.validation.IndianMobileNumber;
import com.ayurlahi.common.validation.IndianMobileNumbers;
import com.ayurlahi.common.validation.SingleLine;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerDetails;
import com.ayurlahi.manufacturers.SettlementAccount;

/**
 * The manufacturer profile form. The account number is never shown back: left empty, the
 * one on file stays.
 */
record ManufacturerProfileFormData(
		@NotBlank(message = "Enter the company's registered name.") @Size(max = 200,
				message = "Use at most 200 characters.") @SingleLine @Nullable String name,

		@ValidGstin @Nullable String gstin,

		@NotBlank(message = "Enter the manufacturing licence number (Form 25-D).") @Size(max = 60,
				message = "Use at most 60 characters.") @SingleLine @Nullable String licenseNumber,

		@NotNull(message = "Enter the date the licence expires.") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate licenseExpiry,

		@NotBlank(message = "Enter the street address.") @Size(max = 120,
				message = "Use at most 120 characters.") @SingleLine @Nullable String addressLine1,

		@Size(max = 120, message = "Use at most 120 characters.") @SingleLine @Nullable String addressLine2,

		@NotBlank(message = "Enter the city or town.") @Size(max = 60,
				message = "Use at most 60 characters.") @SingleLine @Nullable String city,

		@NotBlank(message = "Enter the PIN code.") @Pattern(regexp = PostalAddress.PINCODE_PATTERN,
				message = "A PIN code has 6 digits and doesn't start with 0.") @Nullable String pincode,

		@NotBlank(message = "Enter who we should talk to.") @Size(max = 120,
				message = "Use at most 120 characters.") @SingleLine @Nullable String contactPerson,

		@NotBlank(message = "Enter the contact's mobile number.") @IndianMobileNumber @Nullable String phone,

		@NotBlank(message = "Enter the contact's email address.") @Email(
				message = "Enter a valid email address, like name@example.com.") @Size(max = EmailAddresses.MAX_LENGTH,
						message = "Use at most 254 characters.") @Nullable String email,

		@NotBlank(message = "Enter the account holder's name.") @Size(max = 120,
				message = "Use at most 120 characters.") @SingleLine @Nullable String accountHolder,

		@NotBlank(message = "Enter the branch's IFSC.") @Pattern(regexp = SettlementAccount.IFSC_PATTERN,
				message = "An IFSC has 11 characters: 4 letters, 0, then 6 letters or digits (e.g. SBIN0001234).") @Nullable String ifsc,

		@Pattern(regexp = SettlementAccount.ACCOUNT_NUMBER_PATTERN,
				message = "Enter the account number: 9 to 18 digits.") @Nullable String accountNumber) {

	ManufacturerProfileFormData {
		gstin = gstin == null ? null : Gstin.normalize(gstin);
		pincode = pincode == null ? null : pincode.strip();
		phone = IndianMobileNumbers.normalize(phone);
		email = EmailAddresses.normalizeNullable(email);
		ifsc = ifsc == null ? null : ifsc.strip().toUpperCase(Locale.ROOT);
		accountNumber = accountNumber == null || accountNumber.isBlank() ? null : accountNumber.replaceAll("\\s", "");
	}

	static ManufacturerProfileFormData empty() {
		return new ManufacturerProfileFormData(null, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	static ManufacturerProfileFormData of(Manufacturer manufacturer) {
		PostalAddress address = manufacturer.getAddress();
		SettlementAccount settlement = manufacturer.getSettlement();
		return new ManufacturerProfileFormData(manufacturer.getCompanyName(), manufacturer.getGstin().value(),
				manufacturer.getLicence().number(), manufacturer.getLicence().expiry(), address.line1(),
				address.line2(), address.city(), address.pincode(), manufacturer.getContact().person(),
				manufacturer.getContact().phone(), manufacturer.getContact().email(),
				settlement == null ? null : settlement.accountHolder(), settlement == null ? null : settlement.ifsc(),
				null);
	}

	ManufacturerDetails toDetails() {
		return new ManufacturerDetails(String.valueOf(name).strip(), Gstin.parse(String.valueOf(gstin)),
				String.valueOf(licenseNumber).strip(), licenseExpiry, String.valueOf(addressLine1).strip(),
				addressLine2 == null ? null : addressLine2.strip(), String.valueOf(city).strip(),
				String.valueOf(pincode), String.valueOf(contactPerson).strip(), String.valueOf(phone),
				String.valueOf(email), new ManufacturerDetails.Settlement(String.valueOf(accountHolder).strip(),
						String.valueOf(ifsc), accountNumber));
	}
}
