package com.ayurlahi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class AuthPropertiesTest {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void theJwtSecretMustBeAtLeast32Bytes() {
		assertThat(messages(jwt("31-bytes-long-secret-0123456789")))
			.containsExactly("JWT_SECRET must be at least 32 bytes long");
		assertThat(messages(jwt("32-bytes-long-secret-01234567890"))).isEmpty();
		assertThat(messages(jwt("आयुर्वेदिक कुंजी"))).isEmpty();
		assertThat(messages(jwt(""))).containsExactly("JWT_SECRET must be set");
	}

	private static AuthProperties.Jwt jwt(String secret) {
		return new AuthProperties.Jwt(secret, Duration.ofHours(24), "ayurlahi");
	}

	private java.util.List<String> messages(AuthProperties.Jwt jwt) {
		return validator.validate(jwt).stream().map(ConstraintViolation::getMessage).toList();
	}

}
