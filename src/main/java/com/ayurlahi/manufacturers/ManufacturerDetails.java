package com.ayurlahi.manufacturers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.profile.ContactDetails;
import com.ayurlahi.common.profile.Licence;
import com.ayurlahi.common.profile.PostalAddress;

/**
 * What a manufacturer's owner (or an admin) fills in. The address's state comes from the
 * GSTIN. Without settlement details the ones on file stay.
 */
public record ManufacturerDetails(String companyName, Gstin gstin, String licenceNumber, LocalDate licenceExpiry,
		String addressLine1, @Nullable String addressLine2, String city, String pincode, String contactPerson,
		String phone, String email, @Nullable Settlement settlement) {

	/**
	 * The bank account settlements go to. A missing account number keeps the one on file
	 * (it is never shown in full, so forms can't send it back).
	 */
	public record Settlement(String accountHolder, String ifsc, @Nullable String accountNumber) {
	}

	PostalAddress address() {
		return new PostalAddress(addressLine1, addressLine2 == null || addressLine2.isBlank() ? null : addressLine2,
				city, pincode, gstin.state());
	}

	Licence licence() {
		return new Licence(licenceNumber, licenceExpiry);
	}

	ContactDetails contact() {
		return new ContactDetails(contactPerson, phone, email);
	}
}
