package com.ayurlahi.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the auth module, {@code ayurlahi.auth.*}. The environment variables
 * JWT_SECRET, JWT_EXPIRES_IN and BCRYPT_ROUNDS map onto them in {@code application.yml}.
 *
 * @param jwt the API's bearer tokens
 * @param bcryptRounds the BCrypt strength (log2 of the rounds), 4 to 31
 * @param lockout when repeated failures lock an account
 * @param rateLimit how many login requests one IP address may make
 */
@ConfigurationProperties("ayurlahi.auth")
@Validated
public record AuthProperties(@Valid @NotNull Jwt jwt, @Min(4) @Max(31) int bcryptRounds,
		@Valid @NotNull Lockout lockout, @Valid @NotNull RateLimit rateLimit) {

	/**
	 * @param secret the HS256 key, at least {@value #MIN_SECRET_BYTES} bytes
	 * @param expiresIn how long a token is valid
	 * @param issuer the {@code iss} claim of our tokens
	 */
	public record Jwt(@NotBlank(message = "JWT_SECRET must be set") String secret, @NotNull Duration expiresIn,
			@NotBlank String issuer) {

		/** HS256 needs a key of at least 256 bits. */
		public static final int MIN_SECRET_BYTES = 32;

		@AssertTrue(message = "JWT_SECRET must be at least " + MIN_SECRET_BYTES + " bytes long")
		public boolean isSecretLongEnough() {
			return secret == null || secret.isEmpty()
					|| secret.getBytes(StandardCharsets.UTF_8).length >= MIN_SECRET_BYTES;
		}
	}

	/**
	 * @param maxFailures failed logins within {@code window} that lock the account
	 * @param window the period in which failures are counted
	 * @param duration how long the account then stays locked
	 */
	public record Lockout(@Min(1) int maxFailures, @NotNull Duration window, @NotNull Duration duration) {
	}

	/**
	 * @param capacity login requests (form or API) one IP address may make per
	 * {@code period}
	 * @param period the period in which the capacity refills
	 */
	public record RateLimit(@Min(1) int capacity, @NotNull Duration period) {
	}
}
