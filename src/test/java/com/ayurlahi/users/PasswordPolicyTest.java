package com.ayurlahi.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void eightCharactersAreEnoughAndNoCompositionIsRequired() {
		assertThat(policy.problemWith("kodagu coffee estate", null)).isEmpty();
		assertThat(policy.problemWith("tulsirat", null)).isEmpty();
		assertThat(policy.problemWith("Demo@12345", "clinic@demo.ayurlahi.in")).isEmpty();
	}

	@Test
	void sevenCharactersAreTooFewEvenInAnyScript() {
		assertThat(policy.problemWith("ayurved", null)).contains("Use at least 8 characters.");
		assertThat(policy.problemWith("आयुर्वेद", null)).isEmpty();
		assertThat(policy.problemWith("", null)).contains("Enter a password.");
		assertThat(policy.problemWith(null, null)).contains("Enter a password.");
	}

	@Test
	void moreThan128CharactersAreRefused() {
		assertThat(policy.problemWith("a".repeat(128), null)).isEmpty();
		assertThat(policy.problemWith("a".repeat(129), null)).contains("Use at most 128 characters.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password", "PASSWORD", "12345678", "iloveyou", "password123", "qwertyuiop", "Sunshine1" })
	void commonPasswordsAreRefusedWhateverTheirCase(String common) {
		assertThat(policy.problemWith(common, null))
			.contains("This password is one of the most common ones and easy to guess. Choose another.");
	}

	@Test
	void theAccountsOwnEmailIsRefused() {
		assertThat(policy.problemWith("Meera@Clinic.in", " meera@clinic.in "))
			.contains("Don't use your email address as your password.");
	}

}
