package com.ayurlahi.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with a cookie jar, for the few tests that need the real servlet
 * container: cookies' attributes, error pages, the dev profile's start-up. Follows no
 * redirects, so tests see them.
 */
public final class PortalClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	public PortalClient(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
	}

	/** Posts a form from the page at {@code formPage}, with that page's CSRF token. */
	public HttpResponse<String> postForm(String formPage, String action, Map<String, String> fields) {
		Matcher token = CSRF.matcher(get(formPage).body());
		if (!token.find()) {
			throw new IllegalStateException(formPage + " has no CSRF token");
		}
		Map<String, String> body = new LinkedHashMap<>(fields);
		body.put("_csrf", token.group(1));
		String encoded = body.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encoded))
			.build());
	}

	/**
	 * Posts a JSON body, as an integration (a webhook) does: no session, no CSRF token.
	 */
	public HttpResponse<String> postJson(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/**
	 * Signs in through the login form; returns the response, a redirect to the user's
	 * portal on success.
	 */
	public HttpResponse<String> signIn(String email, String password) {
		return postForm("/login", "/login", Map.of("username", email, "password", password));
	}

	/** The value of the cookie {@code name} this client holds, if any. */
	public Optional<String> cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
