package com.ayurlahi.common.address;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.IndianState;

/**
 * An Indian postal address. The state of a business's own address comes from its GSTIN.
 */
@Embeddable
public record PostalAddress(@Column(name = "address_line1") String line1,
		@Column(name = "address_line2") @Nullable String line2, @Column(name = "city") String city,
		@Column(name = "pincode") String pincode,
		@Column(name = "state_code") @Convert(converter = IndianStateConverter.class) IndianState state) {

	/** A 6-digit PIN code; the first digit is never 0. */
	public static final String PINCODE_PATTERN = "[1-9][0-9]{5}";

	/** The address on one line, as labels and documents show it. */
	public String singleLine() {
		return line1 + (line2 == null || line2.isBlank() ? "" : ", " + line2) + ", " + city + " " + pincode + ", "
				+ state.displayName();
	}
}
