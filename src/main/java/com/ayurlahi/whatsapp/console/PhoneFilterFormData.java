package com.ayurlahi.whatsapp.console;

import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one filter of the conversations and the consent log: a number, optional (said next
 * to the field when it is none).
 */
record PhoneFilterFormData(@Pattern(regexp = PhoneFilter.TYPED, message = PhoneFilter.HINT) @Nullable String phone) {

	@Nullable String chosenPhone() {
		return PhoneFilter.leniently(phone);
	}

}
