package com.ayurlahi.manufacturers.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.gst.ValidGstin;
import com.ayurlahi.common.profile.PostalAddress;
import com.ayurlahi.common.validation.EmailAddresses;
import com.ayurlahi.common.validation.IndianMobileNumber;
import com.ayurlahi.common.validation.IndianMobileNumbers;
import com.ayurlahi.common.validation.SingleLine;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerDetails;
import com.ayurlahi.manufacturers.ManufacturerTerms;
import com.ayurlahi.manufacturers.SettlementAccount;

/**
 * A manufacturer profile as {@code POST /api/manufacturers} takes it, and as a
 * {@code PATCH} leaves it after merging. {@code settlement} extends the contract (needed
 * before approval); {@code commissionRate} and {@code razorpayAccountId} are for ADMIN
 * only.
 */
record ManufacturerRequest(
		@NotBlank(message = "is required") @Size(max = 200,
				message = "must be at most 200 characters") @SingleLine @Nullable String name,
		@ValidGstin @Nullable String gstin,
		@NotBlank(message = "is required") @Size(max = 60,
				message = "must be at most 60 characters") @SingleLine @Nullable String licenseNumber,
		@NotNull(message = "is required") @Nullable LocalDate licenseExpiry,
		@NotBlank(message = "is required") @Size(max = 120,
				message = "must be at most 120 characters") @SingleLine @Nullable String addressLine1,
		@Size(max = 120, message = "must be at most 120 characters") @SingleLine @Nullable String addressLine2,
		@NotBlank(message = "is required") @Size(max = 60,
				message = "must be at most 60 characters") @SingleLine @Nullable String city,
		@NotBlank(message = "is required") @Pattern(regexp = PostalAddress.PINCODE_PATTERN,
				message = "must be 6 digits, not starting with 0") @Nullable String pincode,
		@NotBlank(message = "is required") @Size(max = 120,
				message = "must be at most 120 characters") @SingleLine @Nullable String contactPerson,
		@NotBlank(message = "is required") @IndianMobileNumber(
				message = "must be an Indian mobile number: +91 and 10 digits starting with 6-9") @Nullable String phone,
		@NotBlank(message = "is required") @Email(message = "must be a valid email address") @Size(
				max = EmailAddresses.MAX_LENGTH, message = "must be at most 254 characters") @Nullable String email,
		@Valid @Nullable Settlement settlement, @Nullable BigDecimal commissionRate,
		@Nullable String razorpayAccountId) {

	ManufacturerRequest {
		gstin = gstin == null ? null : Gstin.normalize(gstin);
		pincode = pincode == null ? null : pincode.strip();
		phone = IndianMobileNumbers.normalize(phone);
		email = EmailAddresses.normalizeNullable(email);
	}

	/**
	 * The terms this request sets, completed from the manufacturer's current ones; null
	 * when it sets none.
	 */
	@Nullable ManufacturerTerms termsOver(Manufacturer manufacturer) {
		if (commissionRate == null && razorpayAccountId == null) {
			return null;
		}
		return new ManufacturerTerms(commissionRate != null ? commissionRate : manufacturer.getCommissionRate(),
				razorpayAccountId != null ? razorpayAccountId : manufacturer.getRazorpayAccountId());
	}

	/**
	 * This request's profile fields where given, the manufacturer's current ones
	 * elsewhere.
	 */
	ManufacturerRequest over(Manufacturer manufacturer) {
		PostalAddress address = manufacturer.getAddress();
		return new ManufacturerRequest(or(name, manufacturer.getCompanyName()),
				or(gstin, manufacturer.getGstin().value()), or(licenseNumber, manufacturer.getLicence().number()),
				licenseExpiry != null ? licenseExpiry : manufacturer.getLicence().expiry(),
				or(addressLine1, address.line1()), addressLine2 != null ? addressLine2 : address.line2(),
				or(city, address.city()), or(pincode, address.pincode()),
				or(contactPerson, manufacturer.getContact().person()), or(phone, manufacturer.getContact().phone()),
				or(email, manufacturer.getContact().email()), settlement, commissionRate, razorpayAccountId);
	}

	ManufacturerDetails toDetails() {
		return new ManufacturerDetails(String.valueOf(name).strip(), Gstin.parse(String.valueOf(gstin)),
				String.valueOf(licenseNumber).strip(), licenseExpiry, String.valueOf(addressLine1).strip(),
				addressLine2 == null ? null : addressLine2.strip(), String.valueOf(city).strip(),
				String.valueOf(pincode), String.valueOf(contactPerson).strip(), String.valueOf(phone),
				String.valueOf(email), settlement == null ? null : settlement.toDetails());
	}

	private static String or(@Nullable String given, String current) {
		return given != null ? given : current;
	}

	/** The settlement bank account; without an account number the one on file stays. */
	record Settlement(
			@NotBlank(message = "is required") @Size(max = 120,
					message = "must be at most 120 characters") @SingleLine @Nullable String accountHolder,
			@NotBlank(message = "is required") @Pattern(regexp = SettlementAccount.IFSC_PATTERN,
					message = "must be an IFSC: 4 letters, 0, 6 letters or digits") @Nullable String ifsc,
			@Pattern(regexp = SettlementAccount.ACCOUNT_NUMBER_PATTERN,
					message = "must be 9 to 18 digits") @Nullable String accountNumber) {

		Settlement {
			ifsc = ifsc == null ? null : ifsc.strip().toUpperCase(Locale.ROOT);
		}

		ManufacturerDetails.Settlement toDetails() {
			return new ManufacturerDetails.Settlement(String.valueOf(accountHolder).strip(), String.valueOf(ifsc),
					accountNumber);
		}
	}
}
