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
 * The annotated value is an Indian mobile number in canonical form ({@code +91} and ten
 * digits starting 6-9); normalise input with
 * {@link IndianMobileNumbers#normalize(String)} first. {@code null} is valid: combine
 * with {@code @NotBlank} where the number is required.
 */
@Documented
@Constraint(validatedBy = IndianMobileNumber.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface IndianMobileNumber {

	String message() default "Enter an Indian mobile number: +91 and 10 digits starting with 6, 7, 8 or 9";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<IndianMobileNumber, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || IndianMobileNumbers.isValid(value);
		}

	}

}
