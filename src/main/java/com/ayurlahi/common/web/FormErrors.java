package com.ayurlahi.common.web;

import org.springframework.validation.BindingResult;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;

/**
 * Shows a domain refusal next to the form field it is about.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult errors, InvalidInputException invalid) {
		errors.rejectValue(invalid.field(), "invalid", String.valueOf(invalid.getMessage()));
	}

	/**
	 * Next to the conflict's own field when it names one, else next to
	 * {@code fallbackField}.
	 */
	public static void reject(BindingResult errors, ConflictException conflict, String fallbackField) {
		String field = conflict.field() != null ? conflict.field() : fallbackField;
		errors.rejectValue(field, "conflict", String.valueOf(conflict.getMessage()));
	}

}
