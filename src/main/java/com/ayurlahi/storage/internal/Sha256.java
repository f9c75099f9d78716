package com.ayurlahi.storage.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests, as {@link com.ayurlahi.storage.StoredObject} reports them: lowercase
 * hex.
 */
final class Sha256 {

	private Sha256() {
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	static byte[] of(byte[] content) {
		return newDigest().digest(content);
	}

	static String hex(byte[] digest) {
		return HexFormat.of().formatHex(digest);
	}

}
