package com.ayurlahi.common;

/**
 * An upload larger than the feature takes (an evidence file over 5 MB, say). Portals show
 * the message; the API answers 413 with it.
 */
public class ContentTooLargeException extends RuntimeException {

	private final String field;

	public ContentTooLargeException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
