package com.ayurlahi.common.apidocs;

import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The error responses every operation shares, added in one place from what its handler
 * declares: 400 when it reads a body or parameters, 403 when method security limits it to
 * some roles, 404 when its path names a resource, 409 when it changes something, 503 for
 * a database outage; each refers to the {@value ApiDocsConfiguration#PROBLEM} schema. A
 * status an operation documents itself (with its own description) is left as it is. 401
 * depends on the path alone ({@link PublicOperations}).
 */
class ErrorResponses implements OperationCustomizer {

	static final String PROBLEM_JSON = "application/problem+json";

	private static final Set<RequestMethod> CHANGES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
			RequestMethod.DELETE);

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		boolean pathNamesResource = operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
		boolean readsInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (readsInput) {
			add(operation, 400, "Invalid input: the body or a parameter can't be read or breaks a rule; "
					+ "`errors` names each field at fault.");
		}
		if (limitedToRoles(handler)) {
			add(operation, 403, "The caller's role may not do this.");
		}
		if (pathNamesResource) {
			add(operation, 404, "Not found, or it belongs to another clinic or manufacturer.");
		}
		if (changesState(handler)) {
			add(operation, 409, "Its current state forbids this (an illegal status change, a duplicate, "
					+ "not enough stock, a profile not approved…); `detail` says why.");
		}
		add(operation, 503, "The database can't be reached: try again after `Retry-After` seconds.");
		// what a controller declares itself is an error like any other
		operation.getResponses().forEach((code, response) -> {
			if (code.matches("[45]\\d\\d")) {
				response.setContent(problemContent());
			}
		});
		return operation;
	}

	/** Adds a problem+json response for {@code status} unless the operation has one. */
	static void add(Operation operation, int status, String description) {
		String code = String.valueOf(status);
		ApiResponses responses = operation.getResponses();
		ApiResponse existing = responses.get(code);
		if (existing == null) {
			responses.addApiResponse(code, problem(description));
		}
		else if (existing.getContent() == null || existing.getContent().isEmpty()) {
			existing.setContent(problemContent());
		}
	}

	static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(problemContent());
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref(ApiDocsConfiguration.PROBLEM)));
	}

	private static boolean limitedToRoles(HandlerMethod handler) {
		return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
	}

	private static boolean changesState(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		if (mapping == null) {
			return false;
		}
		for (RequestMethod method : mapping.method()) {
			if (CHANGES.contains(method)) {
				return true;
			}
		}
		return false;
	}

}
