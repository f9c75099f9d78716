package com.ayurlahi.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.PortalClient;

@IntegrationTest
@TestPropertySource(properties = "ayurlahi.auth.rate-limit.capacity=3")
class LoginRateLimitIT {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Test
	void theApiAnswers429WithRetryAfterOnceAnAddressHasUsedItsLogins() {
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(apiLogin("10.1.1.1")).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		MvcTestResult limited = apiLogin("10.1.1.1");

		assertThat(limited).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(limited).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(limited).headers().containsHeader(HttpHeaders.RETRY_AFTER);
		assertThat(Long.parseLong(limited.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
		assertThat(limited).bodyJson().extractingPath("$.detail").asString().startsWith("Too many sign-in attempts");
		assertThat(apiLogin("10.1.1.2")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theLoginFormShowsTheErrorPageWithRetryAfter() {
		PortalClient browser = new PortalClient(port);
		HttpResponse<String> last = null;
		for (int attempt = 1; attempt <= 4; attempt++) {
			last = browser.signIn("someone@test.ayurlahi.in", "guess " + attempt);
		}

		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue(HttpHeaders.RETRY_AFTER)).isPresent();
		assertThat(last.body()).contains("Too many attempts", "Too many sign-in attempts from your network")
			.doesNotContain("Whitelabel");
		assertThat(browser.get("/login").statusCode()).isEqualTo(200);
	}

	@Test
	void theLoginFormRegistrationAndTheApiShareOneBudgetPerAddress() {
		String ip = "10.3.3.3";
		assertThat(
				mvc.post().uri("/login").with(csrf()).with(from(ip)).param("username", "a@b.in").param("password", "x"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post().uri("/register").with(csrf()).with(from(ip))).hasStatusOk();
		assertThat(apiLogin(ip)).hasStatus(HttpStatus.UNAUTHORIZED);

		assertThat(mvc.post().uri("/register").with(csrf()).with(from(ip))).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void aClientCannotRotateXForwardedForPastTheLimit() {
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(apiLogin("10.4.4.4", "203.0.113." + attempt)).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		assertThat(apiLogin("10.4.4.4", "203.0.113.99")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void behindTheTrustedProxyEachForwardedClientHasItsOwnBudget() {
		String proxy = "192.0.2.10";
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(apiLogin(proxy, "198.51.100.50")).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		assertThat(apiLogin(proxy, "198.51.100.50")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(apiLogin(proxy, "198.51.100.51")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	private static RequestPostProcessor from(String clientIp) {
		return request -> {
			request.setRemoteAddr(clientIp);
			return request;
		};
	}

	private MvcTestResult apiLogin(String clientIp) {
		return mvc.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"" + Accounts.uniqueEmail("nobody") + "\", \"password\": \"guess\"}")
			.with(from(clientIp))
			.exchange();
	}

	/** A login from {@code peer} that says it is forwarded for {@code forwardedFor}. */
	private MvcTestResult apiLogin(String peer, String forwardedFor) {
		return mvc.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Forwarded-For", forwardedFor)
			.content("{\"email\": \"" + Accounts.uniqueEmail("nobody") + "\", \"password\": \"guess\"}")
			.with(from(peer))
			.exchange();
	}

}
