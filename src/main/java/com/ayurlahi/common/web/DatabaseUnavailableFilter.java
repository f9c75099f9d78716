package com.ayurlahi.common.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The 503 for a database that can't be reached where no controller or error page can give
 * it: portal sessions live in the database, so a signed-in request meets the outage in
 * the session filter, before Spring MVC (and again on the error page's dispatch, which
 * would leave the servlet container's own 500 page). This filter sits outside the session
 * filter and answers such a request itself: problem+json for the API, a plain page for
 * the portals, both with {@code Retry-After} and no trace.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	/** Outside Spring Session's filter ({@code Integer.MIN_VALUE + 50}). */
	private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	private static final String PROBLEM = """
			{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"%s"}"""
		.formatted(DatabaseUnavailable.MESSAGE);

	private static final String PAGE = """
			<!doctype html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Briefly unavailable · Ayurlahi</title>
			<link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css">
			<link rel="stylesheet" href="/static/css/app.css">
			</head>
			<body>
			<main class="container py-5">
			<h1>Briefly unavailable</h1>
			<p>%s</p>
			<p><a href="">Try again</a></p>
			</main>
			</body>
			</html>
			""".formatted(DatabaseUnavailable.MESSAGE);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableAnswers() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Answering());
		registration.setName("databaseUnavailableAnswers");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		registration.setOrder(ORDER);
		return registration;
	}

	static final class Answering extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (IOException | ServletException | RuntimeException failure) {
				if (response.isCommitted() || !DatabaseUnavailable.causes(failure)) {
					throw failure;
				}
				log.warn("Request to {} answered 503, the database is unreachable: {}", request.getRequestURI(),
						failure.toString());
				answer(request, response);
			}
		}

		private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.reset();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean api = path.equals("/api") || path.startsWith("/api/") || path.startsWith("/actuator");
			response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
			response.getWriter().write(api ? PROBLEM : PAGE);
		}

	}

}
