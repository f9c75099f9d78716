package com.ayurlahi.storage.internal;

import java.util.regex.Pattern;

/**
 * What a key may look like, the same for every store: segments separated by {@code /},
 * each made of letters, digits, {@code .}, {@code _} and {@code -}, not starting with a
 * dot (so no {@code .} or {@code ..}, and no hidden files); at most 1,024 characters
 * (S3's limit). No such key can leave the filesystem store's folder: there are no
 * absolute keys, backslashes or empty segments.
 */
final class ObjectKeys {

	static final int MAX_LENGTH = 1024;

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

	private ObjectKeys() {
	}

	/**
	 * @return the key, when it is valid
	 * @throws IllegalArgumentException naming what is wrong with it otherwise
	 */
	static String requireValid(String key) {
		if (key.isEmpty() || key.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(
					"An object key has 1 to " + MAX_LENGTH + " characters, not " + key.length());
		}
		for (String segment : key.split("/", -1)) {
			if (!SEGMENT.matcher(segment).matches()) {
				throw new IllegalArgumentException(
						"Not a valid object key: '" + key + "' (segments of letters, digits, "
								+ "'.', '_' and '-' separated by '/', none empty or starting with '.')");
			}
		}
		return key;
	}

}
