package com.ayurlahi.common.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error the container sees: a styled page for the portals, problem+json for
 * {@code /api} and the actuator. Replaces Spring Boot's whitelabel page; shows no stack
 * trace or exception text in any profile. A database that can't be reached is a 503 that
 * says to try again shortly ({@link DatabaseUnavailable}), wherever the request met it (a
 * page, a filter, the API).
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	private final Problems problems;

	ErrorPageController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = statusOf(request);
		String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : "";
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseUnavailable.causes(failure)) {
			log.warn("Request to {} answered 503, the database is unreachable: {}", path, failure.toString());
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
			return answer(request, response, path, HttpStatus.SERVICE_UNAVAILABLE, "Briefly unavailable",
					DatabaseUnavailable.MESSAGE);
		}
		if (status.is5xxServerError()) {
			log.error("Request to {} failed with {}", path, status.value(),
					(Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		}
		String detail = ErrorDetail.of(request);
		return answer(request, response, path, status, title(status), detail != null ? detail : defaultMessage(status));
	}

	private @Nullable ModelAndView answer(HttpServletRequest request, HttpServletResponse response, String path,
			HttpStatus status, String title, String message) throws IOException {
		if (isMachineFacing(path)) {
			ProblemDetail problem = Problems.of(status, message);
			problem.setInstance(Problems.pathOf(path));
			problems.write(request, response, problem);
			return null;
		}
		return page(status, title, message);
	}

	/** The styled error page, for this controller and the portals' exception handler. */
	static ModelAndView page(HttpStatus status, String title, String message) {
		ModelAndView page = new ModelAndView("error/page", status);
		page.addObject("status", status.value());
		page.addObject("title", title);
		page.addObject("message", message);
		page.addObject("requestId", RequestIdFilter.current());
		return page;
	}

	private static boolean isMachineFacing(String path) {
		return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator");
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
			HttpStatus status = HttpStatus.resolve(code);
			if (status != null && status.isError()) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String title(HttpStatus status) {
		return switch (status) {
			case FORBIDDEN -> "Not your page";
			case NOT_FOUND -> "Page not found";
			case TOO_MANY_REQUESTS -> "Too many attempts";
			case LOCKED -> "Account locked";
			default -> status.is5xxServerError() ? "Something went wrong" : status.getReasonPhrase();
		};
	}

	private static String defaultMessage(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request could not be understood. Please check what you entered and try again.";
			case UNAUTHORIZED -> "Please sign in to continue.";
			case FORBIDDEN -> "This page belongs to another portal or needs a role your account does not have.";
			case NOT_FOUND -> "We could not find what you were looking for. It may have moved or never existed.";
			case METHOD_NOT_ALLOWED -> "That action is not available here.";
			case TOO_MANY_REQUESTS -> "Too many attempts. Please wait a moment and try again.";
			default -> status.is5xxServerError()
					? "Something went wrong on our side. Please try again; if it keeps happening, tell support the reference below."
					: status.getReasonPhrase();
		};
	}

}
