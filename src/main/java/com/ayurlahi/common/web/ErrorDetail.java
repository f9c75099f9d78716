package com.ayurlahi.common.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

/**
 * Lets filters and handlers outside MVC (security entry points, rate limiting) end a
 * request with an error that the {@link ErrorPageController} renders as a styled page or
 * a problem+json body, with a message meant for the user. Container messages and
 * exception texts are never shown.
 */
public final class ErrorDetail {

	static final String ATTRIBUTE = ErrorDetail.class.getName() + ".detail";

	private ErrorDetail() {
	}

	public static void sendError(HttpServletRequest request, HttpServletResponse response, int status,
			String userMessage) throws IOException {
		request.setAttribute(ATTRIBUTE, userMessage);
		response.sendError(status);
	}

	static @Nullable String of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof String detail ? detail : null;
	}

}
