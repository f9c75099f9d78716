package com.ayurlahi.common.gst;

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
 * The annotated (normalised) value is a GSTIN: format, state code and check character.
 * The message says what is wrong. {@code null} and blank are invalid too ("Enter the
 * GSTIN.").
 */
@Documented
@Constraint(validatedBy = ValidGstin.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidGstin {

	String message() default "Enter a valid GSTIN.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidGstin, String> {

		@Override
		public boolean isValid(@Nullable String gstin, ConstraintValidatorContext context) {
			return Gstin.problemWith(gstin).map(problem -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
