package com.ayurlahi.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: 8 to 128 characters, not on the bundled list of common
 * passwords, not the account's own email. No composition rules (NIST SP 800-63B).
 * <p>
 * The list is the 100,000 most common passwords of the OWASP SecLists "10 million
 * passwords" list, reduced to those of 8 characters or more and lower-cased (CC BY-SA
 * 3.0, Daniel Miessler and Jason Haddix).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	private static final String COMMON_PASSWORDS = "users/common-passwords.txt";

	private final Set<String> commonPasswords;

	PasswordPolicy() {
		this.commonPasswords = load(COMMON_PASSWORDS);
	}

	/**
	 * Why {@code password} may not be used, or empty when it may.
	 * @param email the account's email when known, so that it can't double as its
	 * password
	 */
	public Optional<String> problemWith(@Nullable String password, @Nullable String email) {
		if (password == null || password.isEmpty()) {
			return Optional.of("Enter a password.");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH + " characters.");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("Use at most " + MAX_LENGTH + " characters.");
		}
		String lowerCase = password.toLowerCase(Locale.ROOT);
		if (commonPasswords.contains(lowerCase)) {
			return Optional.of("This password is one of the most common ones and easy to guess. Choose another.");
		}
		if (email != null && lowerCase.equals(email.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("Don't use your email address as your password.");
		}
		return Optional.empty();
	}

	private static Set<String> load(String resource) {
		Set<String> passwords = new HashSet<>(65_536);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isBlank()).forEach(passwords::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the common password list " + resource, e);
		}
		return Set.copyOf(passwords);
	}

}
