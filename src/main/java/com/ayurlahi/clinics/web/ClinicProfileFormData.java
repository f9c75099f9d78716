package com.ayurlahi.clinics.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

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
 * The clinic profile form. GSTIN, phone and email are normalised as typed.
 */
record ClinicProfileFormData(
		@NotBlank(message = "Enter the clinic's legal name.") @Size(max = 200,
				message = "Use at most 200 characters.") @SingleLine @Nullable String name,

		@ValidGstin @Nullable String gstin,

		@NotBlank(message = "Enter the drug licence number.") @Size(max = 60,
				message = "Use at most 60 characters.") @SingleLine @Nullable String drugLicenseNumber,

		@NotNull(message = "Enter the date the licence expires.") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate drugLicenseExpiry,

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
						message = "Use at most 254 characters.") @Nullable String email) {

	ClinicProfileFormData {
		gstin = gstin == null ? null : Gstin.normalize(gstin);
		pincode = pincode == null ? null : pincode.strip();
		phone = IndianMobileNumbers.normalize(phone);
		email = EmailAddresses.normalizeNullable(email);
	}

	static ClinicProfileFormData empty() {
		return new ClinicProfileFormData(null, null, null, null, null, null, null, null, null, null, null);
	}

	static ClinicProfileFormData of(Clinic clinic) {
		PostalAddress address = clinic.getAddress();
		return new ClinicProfileFormData(clinic.getLegalName(), clinic.getGstin().value(), clinic.getLicence().number(),
				clinic.getLicence().expiry(), address.line1(), address.line2(), address.city(), address.pincode(),
				clinic.getContact().person(), clinic.getContact().phone(), clinic.getContact().email());
	}

	ClinicDetails toDetails() {
		return new ClinicDetails(String.valueOf(name).strip(), Gstin.parse(String.valueOf(gstin)),
				String.valueOf(drugLicenseNumber).strip(), drugLicenseExpiry, String.valueOf(addressLine1).strip(),
				addressLine2 == null ? null : addressLine2.strip(), String.valueOf(city).strip(),
				String.valueOf(pincode), String.valueOf(contactPerson).strip(), String.valueOf(phone),
				String.valueOf(email));
	}
}
