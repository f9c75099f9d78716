package com.ayurlahi.clinics.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicDetails;
import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.gst.ValidGstin;
import com.ayurlahi.common.profile.PostalAddress;
import com.ayurlahi.common.validation.EmailAddresses;
import com.ayurlahi.common.validation.IndianMobileNumber;
import com.ayurlahi.common.validation.IndianMobileNumbers;
import com.ayurlahi.common.validation.SingleLine;

/**
 * A clinic profile as {@code POST /api/clinics} takes it, and as a {@code PATCH} leaves
 * it after merging.
 */
record ClinicRequest(
		@NotBlank(message = "is required") @Size(max = 200,
				message = "must be at most 200 characters") @SingleLine @Nullable String name,
		@ValidGstin @Nullable String gstin,
		@NotBlank(message = "is required") @Size(max = 60,
				message = "must be at most 60 characters") @SingleLine @Nullable String drugLicenseNumber,
		@NotNull(message = "is required") @Nullable LocalDate drugLicenseExpiry,
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
				max = EmailAddresses.MAX_LENGTH, message = "must be at most 254 characters") @Nullable String email) {

	ClinicRequest {
		gstin = gstin == null ? null : Gstin.normalize(gstin);
		pincode = pincode == null ? null : pincode.strip();
		phone = IndianMobileNumbers.normalize(phone);
		email = EmailAddresses.normalizeNullable(email);
	}

	/** This request's fields where given, the clinic's current ones elsewhere. */
	ClinicRequest over(Clinic clinic) {
		PostalAddress address = clinic.getAddress();
		return new ClinicRequest(or(name, clinic.getLegalName()), or(gstin, clinic.getGstin().value()),
				or(drugLicenseNumber, clinic.getLicence().number()),
				drugLicenseExpiry != null ? drugLicenseExpiry : clinic.getLicence().expiry(),
				or(addressLine1, address.line1()), addressLine2 != null ? addressLine2 : address.line2(),
				or(city, address.city()), or(pincode, address.pincode()),
				or(contactPerson, clinic.getContact().person()), or(phone, clinic.getContact().phone()),
				or(email, clinic.getContact().email()));
	}

	ClinicDetails toDetails() {
		return new ClinicDetails(String.valueOf(name).strip(), Gstin.parse(String.valueOf(gstin)),
				String.valueOf(drugLicenseNumber).strip(), drugLicenseExpiry, String.valueOf(addressLine1).strip(),
				addressLine2 == null ? null : addressLine2.strip(), String.valueOf(city).strip(),
				String.valueOf(pincode), String.valueOf(contactPerson).strip(), String.valueOf(phone),
				String.valueOf(email));
	}

	private static String or(@Nullable String given, String current) {
		return given != null ? given : current;
	}
}
