package com.ayurlahi.common;

/**
 * Input that passed the form's or request's own checks but breaks a domain rule about one
 * field, such as a password equal to the account's email. Portals show the message next
 * to the field; the API answers 400.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
