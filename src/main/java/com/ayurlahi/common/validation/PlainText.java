package com.ayurlahi.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * The annotated text is plain text as {@link PlainTexts} defines it: on one line unless
 * {@link #multiLine()}, and without invisible, direction-changing or control characters
 * (which would let a name pass for another, and upset PostgreSQL, CSV exports and PDFs).
 * {@code null} is valid. Without a {@link #message()} of its own, the message says which
 * rule the text broke.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "";

	/** Whether line breaks (and tabs) are allowed: descriptions, addresses, notes. */
	boolean multiLine() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlainText, String> {

		private boolean multiLine;

		private boolean ownMessage;

		@Override
		public void initialize(PlainText annotation) {
			this.multiLine = annotation.multiLine();
			this.ownMessage = !annotation.message().isEmpty();
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			String problem = value == null ? null : PlainTexts.problemWith(value, multiLine);
			if (problem != null && !ownMessage) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
					.addConstraintViolation();
			}
			return problem == null;
		}

	}

}
