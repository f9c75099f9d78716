package com.ayurlahi.common.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds and writes the API's problem+json bodies (RFC 9457). Every problem carries the
 * request id, so a caller can quote it to support; none carries a stack trace or an
 * internal class name.
 */
@Component
public class Problems {

	private final JsonMapper json;

	Problems(JsonMapper json) {
		this.json = json;
	}

	/**
	 * A problem with the standard title of its status and a message meant for the caller.
	 */
	public static ProblemDetail of(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
		return identify(problem);
	}

	/** Adds the id of the current request, which callers quote to support. */
	public static ProblemDetail identify(ProblemDetail problem) {
		String requestId = RequestIdFilter.current();
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

	/** A validation problem (400) listing each rejected field with its message. */
	public static ProblemDetail invalid(List<FieldMessage> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * Writes {@code problem} as the whole response, for filters and handlers outside
	 * Spring MVC; the instance is the request's path unless the problem names one.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (problem.getInstance() == null) {
			problem.setInstance(pathOf(request.getRequestURI()));
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), asMap(problem));
	}

	/**
	 * A request path as a problem's {@code instance}, or null for one that is no valid
	 * URI.
	 */
	static @Nullable URI pathOf(String path) {
		try {
			return new URI(null, null, path, null);
		}
		catch (URISyntaxException invalid) {
			return null;
		}
	}

	private static Map<String, @Nullable Object> asMap(ProblemDetail problem) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		if (problem.getType() != null) {
			body.put("type", problem.getType().toString());
		}
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

	/** One rejected input field. */
	public record FieldMessage(String field, String message) {
	}

}
