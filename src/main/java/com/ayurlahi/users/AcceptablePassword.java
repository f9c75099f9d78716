package com.ayurlahi.users;

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
 * The annotated new password satisfies the {@link PasswordPolicy}; the message says what
 * is wrong with it.
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

	String message() default "Choose another password.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<AcceptablePassword, String> {

		private final PasswordPolicy policy;

		Validator(PasswordPolicy policy) {
			this.policy = policy;
		}

		@Override
		public boolean isValid(@Nullable String password, ConstraintValidatorContext context) {
			return policy.problemWith(password, null).map(problem -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
					.addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
