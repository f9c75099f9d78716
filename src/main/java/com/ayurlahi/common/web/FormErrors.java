package com.ayurlahi.common.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;

/**
 * Puts a domain refusal on the form it refused, for the page to show it again: next to
 * the field the refusal names when the form has that field, otherwise next to the
 * fallback field when one is given, otherwise above the form as its global error. Catch
 * {@code InvalidInputException | ConflictException} around the service call and hand it
 * here.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** Next to the refusal's own field, or above the form. */
	public static void reject(BindingResult errors, RuntimeException refusal) {
		reject(errors, refusal, null);
	}

	/** Next to the refusal's own field, or next to {@code fallbackField}. */
	public static void reject(BindingResult errors, RuntimeException refusal, @Nullable String fallbackField) {
		String message = String.valueOf(refusal.getMessage());
		String field = fieldOf(refusal);
		if (isField(errors, field)) {
			errors.rejectValue(field, "refused", message);
		}
		else if (isField(errors, fallbackField)) {
			errors.rejectValue(fallbackField, "refused", message);
		}
		else {
			errors.reject("refused", message);
		}
	}

	private static @Nullable String fieldOf(RuntimeException refusal) {
		return switch (refusal) {
			case InvalidInputException invalid -> invalid.field();
			case ConflictException conflict -> conflict.field();
			default -> null;
		};
	}

	private static boolean isField(BindingResult errors, @Nullable String field) {
		return field != null && errors.getFieldType(field) != null;
	}

}
