package com.ayurlahi.orders.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.common.validation.PlainText;

/**
 * A delivery address over JSON; {@code stateCode} is the two-digit GST state code (the
 * place of supply). {@code stateName} is only written, never read.
 */
record AddressJson(
		@NotBlank(message = "is required") @Size(max = 120,
				message = "must be at most 120 characters") @PlainText @Nullable String addressLine1,
		@Size(max = 120, message = "must be at most 120 characters") @PlainText @Nullable String addressLine2,
		@NotBlank(message = "is required") @Size(max = 60,
				message = "must be at most 60 characters") @PlainText @Nullable String city,
		@NotBlank(message = "is required") @Pattern(regexp = PostalAddress.PINCODE_PATTERN,
				message = "must be 6 digits, not starting with 0") @Nullable String pincode,
		@NotBlank(message = "is required") @Pattern(regexp = "[0-9]{2}",
				message = "must be a two-digit GST state code") @Nullable String stateCode,
		@Nullable String stateName) {

	static AddressJson of(PostalAddress address) {
		return new AddressJson(address.line1(), address.line2(), address.city(), address.pincode(),
				address.state().code(), address.state().displayName());
	}

	PostalAddress toAddress() {
		IndianState state = IndianState.ofCode(String.valueOf(stateCode))
			.orElseThrow(() -> new InvalidInputException("shippingAddress.stateCode", "is not a state code of India"));
		return new PostalAddress(String.valueOf(addressLine1).strip(),
				addressLine2 == null || addressLine2.isBlank() ? null : addressLine2.strip(),
				String.valueOf(city).strip(), String.valueOf(pincode).strip(), state);
	}
}
