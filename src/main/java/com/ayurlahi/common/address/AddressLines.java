package com.ayurlahi.common.address;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.IndianState;

/**
 * An Indian address short of its state: the state comes from elsewhere (a business's own
 * address takes it from its GSTIN, a delivery address from the state chosen for it).
 *
 * @param line2 the area or a landmark; blank is none
 */
public record AddressLines(String line1, @Nullable String line2, String city, String pincode) {

	public AddressLines {
		line1 = line1.strip();
		line2 = line2 == null || line2.isBlank() ? null : line2.strip();
		city = city.strip();
		pincode = pincode.strip();
	}

	/** The address in {@code state}. */
	public PostalAddress in(IndianState state) {
		return new PostalAddress(line1, line2, city, pincode, state);
	}

	/** The lines of {@code address}. */
	public static AddressLines of(PostalAddress address) {
		return new AddressLines(address.line1(), address.line2(), address.city(), address.pincode());
	}

}
