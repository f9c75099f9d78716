package com.ayurlahi.common.web;

import java.util.Arrays;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Filter values from portal links, read leniently: a value that names nothing (an old
 * bookmark, a hand-edited URL) means "no filter" rather than an error page.
 */
public final class RequestParams {

	private RequestParams() {
	}

	/** The constant of {@code type} named {@code value}, or {@code null}. */
	public static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String value) {
		if (value == null) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equals(value))
			.findFirst()
			.orElse(null);
	}

	/** The UUID {@code value} spells, or {@code null}. */
	public static @Nullable UUID uuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAUuid) {
			return null;
		}
	}

}
