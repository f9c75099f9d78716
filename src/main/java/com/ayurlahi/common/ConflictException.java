package com.ayurlahi.common;

import org.jspecify.annotations.Nullable;

/**
 * A request that is well-formed but clashes with the current state: a duplicate, a rule
 * that forbids the change now. Portals show the message next to {@link #field()} when
 * there is one; the API answers 409. A conflict may name where the caller can do
 * something about it ({@link #link()}): the API adds it to the problem as
 * {@code <rel>Url}, a portal page as a link under the message.
 */
public class ConflictException extends RuntimeException {

	private final @Nullable String field;

	private final @Nullable Link link;

	public ConflictException(String message) {
		this(null, message);
	}

	public ConflictException(@Nullable String field, String message) {
		this(field, message, null);
	}

	/** A conflict that names where the caller can resolve it. */
	public ConflictException(String message, Link link) {
		this(null, message, link);
	}

	private ConflictException(@Nullable String field, String message, @Nullable Link link) {
		super(message);
		this.field = field;
		this.link = link;
	}

	/** The input field the conflict is about, if any. */
	public @Nullable String field() {
		return field;
	}

	/** Where the caller can resolve the conflict, if anywhere. */
	public @Nullable Link link() {
		return link;
	}

	/**
	 * Where to resolve a conflict.
	 *
	 * @param rel what the link is for, one lowercase word such as {@code upgrade}: the
	 * API answers it as the problem's property {@code <rel>Url}
	 * @param href the portal path (or absolute URL) to go to
	 * @param label the link's text in the portals, such as "Change plan"
	 */
	public record Link(String rel, String href, String label) {

		public Link {
			if (!rel.matches("[a-z][a-zA-Z]{0,30}")) {
				throw new IllegalArgumentException("A link's rel is one word: " + rel);
			}
		}

		/** The property of the API's problem that carries {@link #href}. */
		public String property() {
			return rel + "Url";
		}

	}

}
