package com.ayurlahi.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndianMobileNumbersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "+919876543210      | +919876543210", "9876543210         | +919876543210",
					"98765 43210        | +919876543210", "+91 98765-43210    | +919876543210",
					"  +91 (987) 654 3210 | +919876543210", "919876543210       | +919876543210",
					"09876543210        | +919876543210", "6000000000         | +916000000000" })
	void typedFormsNormaliseToOneCanonicalNumber(String typed, String canonical) {
		assertThat(IndianMobileNumbers.normalize(typed)).isEqualTo(canonical);
		assertThat(IndianMobileNumbers.isValid(IndianMobileNumbers.normalize(typed))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "5876543210", "+915876543210", "987654321", "98765432101", "+4498765432", "phone", "+91" })
	void anythingElseStaysAsTypedAndIsInvalid(String typed) {
		String normalized = IndianMobileNumbers.normalize(typed);

		assertThat(normalized).isEqualTo(typed.strip());
		assertThat(IndianMobileNumbers.isValid(normalized)).isFalse();
	}

}
