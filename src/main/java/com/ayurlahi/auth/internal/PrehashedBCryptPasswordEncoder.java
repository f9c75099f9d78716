package com.ayurlahi.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt for passwords of any length. BCrypt reads at most 72 bytes (Spring Security
 * refuses longer input), while our policy allows 128 characters in any script: a
 * 25-character Devanagari passphrase is already 75 bytes. So the password's SHA-256
 * digest, Base64-encoded (44 ASCII characters, no NUL), is what BCrypt hashes.
 */
final class PrehashedBCryptPasswordEncoder implements PasswordEncoder {

	private final BCryptPasswordEncoder bcrypt;

	PrehashedBCryptPasswordEncoder(int strength) {
		this.bcrypt = new BCryptPasswordEncoder(strength);
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return rawPassword == null ? null : bcrypt.encode(digest(rawPassword));
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		return rawPassword != null && bcrypt.matches(digest(rawPassword), encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return bcrypt.upgradeEncoding(encodedPassword);
	}

	private static String digest(CharSequence rawPassword) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java platform has SHA-256", impossible);
		}
	}

}
