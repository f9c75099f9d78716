package com.ayurlahi.orders.web;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.common.validation.PlainText;

/**
 * The delivery address of a checkout; its state is the place of supply, which decides the
 * tax.
 */
record CheckoutFormData(
		@NotBlank(message = "Enter the street address.") @Size(max = 120,
				message = "Use at most 120 characters.") @PlainText @Nullable String addressLine1,

		@Size(max = 120, message = "Use at most 120 characters.") @PlainText @Nullable String addressLine2,

		@NotBlank(message = "Enter the city or town.") @Size(max = 60,
				message = "Use at most 60 characters.") @PlainText @Nullable String city,

		@NotBlank(message = "Enter the PIN code.") @Pattern(regexp = PostalAddress.PINCODE_PATTERN,
				message = "A PIN code has 6 digits and doesn't start with 0.") @Nullable String pincode,

		@NotNull(message = "Choose the state the goods are delivered to.") @Nullable IndianState state) {

	CheckoutFormData {
		pincode = pincode == null ? null : pincode.strip();
	}

	static CheckoutFormData of(PostalAddress address) {
		return new CheckoutFormData(address.line1(), address.line2(), address.city(), address.pincode(),
				address.state());
	}

	PostalAddress toAddress() {
		return new PostalAddress(String.valueOf(addressLine1).strip(),
				addressLine2 == null || addressLine2.isBlank() ? null : addressLine2.strip(),
				String.valueOf(city).strip(), String.valueOf(pincode), Objects.requireNonNull(state, "validated"));
	}
}
