package com.ayurlahi.whatsapp.simulator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * "Fail the next sends": how many, and how (a Gupshup error code, or {@code http-5xx}).
 */
record FailureFormData(
		@NotNull(message = "Say how many sends fail.") @Min(value = 1, message = "At least one.") @Max(value = 50,
				message = "At most 50.") @Nullable Integer count,
		@NotBlank(message = "Choose how they fail.") @Pattern(regexp = "[0-9]{3,6}|http-5[0-9]{2}",
				message = "A Gupshup error code or an HTTP 5xx.") @Nullable String failure) {

	static FailureFormData suggested() {
		return new FailureFormData(1, "1006");
	}

}
