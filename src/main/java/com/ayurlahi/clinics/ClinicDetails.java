package com.ayurlahi.clinics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.profile.ContactDetails;
import com.ayurlahi.common.profile.Licence;
import com.ayurlahi.common.profile.PostalAddress;

/**
 * What a clinic's owner (or an admin) fills in. The address's state comes from the GSTIN.
 */
public record ClinicDetails(String legalName, Gstin gstin, String drugLicenceNumber, LocalDate drugLicenceExpiry,
		String addressLine1, @Nullable String addressLine2, String city, String pincode, String contactPerson,
		String phone, String email) {

	PostalAddress address() {
		return new PostalAddress(addressLine1, addressLine2 == null || addressLine2.isBlank() ? null : addressLine2,
				city, pincode, gstin.state());
	}

	Licence licence() {
		return new Licence(drugLicenceNumber, drugLicenceExpiry);
	}

	ContactDetails contact() {
		return new ContactDetails(contactPerson, phone, email);
	}
}
