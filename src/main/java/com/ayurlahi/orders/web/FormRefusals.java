package com.ayurlahi.orders.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FormErrors;

/**
 * A domain refusal of a portal form, put on the form to be shown again: next to the field
 * it names when the form has that field ({@link FormErrors}), else as the form's global
 * error (a refusal about the order's lines at checkout, say, or about the order's
 * status).
 */
final class FormRefusals {

	private FormRefusals() {
	}

	/**
	 * @param refusal an {@link InvalidInputException} or a {@link ConflictException}
	 */
	static void reject(BindingResult errors, RuntimeException refusal) {
		if (refusal instanceof InvalidInputException invalid && isField(errors, invalid.field())) {
			FormErrors.reject(errors, invalid);
		}
		else if (refusal instanceof ConflictException conflict && isField(errors, conflict.field())) {
			FormErrors.reject(errors, conflict, String.valueOf(conflict.field()));
		}
		else {
			errors.reject("refused", String.valueOf(refusal.getMessage()));
		}
	}

	private static boolean isField(BindingResult errors, @Nullable String field) {
		return field != null && errors.getFieldType(field) != null;
	}

}
