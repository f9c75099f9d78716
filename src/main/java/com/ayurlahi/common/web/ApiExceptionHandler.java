package com.ayurlahi.common.web;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.ContentTooLargeException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.web.Problems.FieldMessage;

/**
 * Turns every exception a JSON controller throws into problem+json: validation failures
 * list their fields, domain conflicts are 409, anything unexpected is a 500 whose details
 * stay in the log. A conflict that names where to resolve it carries that link as
 * {@code <rel>Url} (a clinic over its plan's limit:
 * {@code "upgradeUrl": "/clinic/plan"}). A database that can't be reached is a 503 that
 * says to try again shortly ({@link DatabaseUnavailable}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(ConflictException conflict) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, conflict.getMessage());
		if (conflict.field() != null) {
			problem.setProperty("errors", List.of(new FieldMessage(conflict.field(), conflict.getMessage())));
		}
		ConflictException.Link link = conflict.link();
		if (link != null) {
			problem.setProperty(link.property(), link.href());
		}
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException invalid) {
		return ResponseEntity.badRequest()
			.body(Problems.invalid(List.of(new FieldMessage(invalid.field(), invalid.getMessage()))));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(ContentTooLargeException tooLarge) {
		ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
		problem.setProperty("errors", List.of(new FieldMessage(tooLarge.field(), tooLarge.getMessage())));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidFields(ConstraintViolationException invalid) {
		List<FieldMessage> errors = invalid.getConstraintViolations()
			.stream()
			.map(violation -> new FieldMessage(violation.getPropertyPath().toString(), violation.getMessage()))
			.sorted(Comparator.comparing(FieldMessage::field))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalid(errors));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException concurrent) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Problems.of(HttpStatus.CONFLICT,
					"Someone else changed this at the same time. Fetch it again and retry."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException notFound) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Problems.of(HttpStatus.NOT_FOUND, notFound.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException denied) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Problems.of(HttpStatus.FORBIDDEN, "Your role may not do this."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException unauthenticated) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "Authentication is required."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception exception) {
		if (DatabaseUnavailable.causes(exception)) {
			log.warn("API request answered 503, the database is unreachable: {}", exception.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER)
				.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE));
		}
		log.error("Unexpected failure of an API request", exception);
		return ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
					"Something went wrong on our side. Quote the requestId to support if it keeps happening."));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = invalid.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldMessage(error.getField(), messageOf(error)))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalid(errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = invalid.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldMessage(
						result.getMethodParameter().getParameterName() instanceof String name ? name : "parameter",
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalid(errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = JsonProblems.of(unreadable.getCause());
		if (!errors.isEmpty()) {
			return ResponseEntity.badRequest().body(Problems.invalid(errors));
		}
		return ResponseEntity.badRequest()
			.body(Problems.of(HttpStatus.BAD_REQUEST,
					"The request body is missing or is not valid JSON of the expected shape."));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			Problems.identify(problem);
		}
		return new ResponseEntity<>(body, headers, statusCode);
	}

	private static String messageOf(FieldError error) {
		return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
	}

}
