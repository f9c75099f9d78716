package com.ayurlahi.common;

import org.jspecify.annotations.Nullable;

/**
 * A request that is well-formed but clashes with the current state: a duplicate, a rule
 * that forbids the change now. Portals show the message next to {@link #field()} when
 * there is one; the API answers 409.
 */
public class ConflictException extends RuntimeException {

	private final @Nullable String field;

	public ConflictException(String message) {
		this(null, message);
	}

	public ConflictException(@Nullable String field, String message) {
		super(message);
		this.field = field;
	}

	/** The input field the conflict is about, if any. */
	public @Nullable String field() {
		return field;
	}

}
