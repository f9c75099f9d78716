package com.ayurlahi.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's JSON API over real HTTP, as a client outside it calls it: signs in
 * for a token and sends requests with it.
 */
final class HttpApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String base;

	private final String token;

	private HttpApi(String base, String token) {
		this.base = base;
		this.token = token;
	}

	/** Signs in as {@code email} on the server at {@code base} (http://host:port). */
	static HttpApi signIn(String base, String email, String password) {
		HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("email", email, "password", password))))
			.build());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(
					"Sign-in as " + email + " answered " + answer.statusCode() + ": " + answer.body());
		}
		return new HttpApi(base, JSON.readTree(answer.body()).get("accessToken").asString());
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	HttpResponse<String> post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build());
	}

	static JsonNode json(HttpResponse<String> answer) {
		return JSON.readTree(answer.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
	}

	static HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

}
