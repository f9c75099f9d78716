package com.ayurlahi.manufacturers;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.profiles.ProfileDetails;

/**
 * What a manufacturer's owner (or an admin) fills in: the details every profile has, and
 * the bank account its settlements go to. Without settlement details the ones on file
 * stay.
 */
public record ManufacturerDetails(ProfileDetails profile, @Nullable Settlement settlement) {

	/**
	 * The bank account settlements go to. A missing account number keeps the one on file
	 * (it is never shown in full, so forms can't send it back).
	 */
	public record Settlement(String accountHolder, String ifsc, @Nullable String accountNumber) {
	}

}
