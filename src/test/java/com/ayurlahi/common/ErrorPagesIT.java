package com.ayurlahi.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.PortalClient;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Something unexpected fails: the user sees a styled page (portal) or a problem+json body
 * (API) with a reference, and nothing of the failure's internals.
 */
@IntegrationTest
@Import({ ErrorPagesIT.FailingPage.class, ErrorPagesIT.FailingApi.class })
class ErrorPagesIT {

	private static final String INTERNALS = "connection pool exhausted at db-7.internal";

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	UserManagement users;

	@Autowired
	JwtTokens tokens;

	@Test
	void aPortalPageThatFailsShowsTheStyledErrorPage() {
		User clinic = Accounts.create(users, Role.CLINIC);
		PortalClient browser = new PortalClient(port);
		browser.signIn(clinic.getEmail(), Accounts.PASSWORD);

		HttpResponse<String> failed = browser.get("/clinic/test-failure");

		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.body()).contains("Something went wrong", "Reference:", "Back to")
			.doesNotContain(INTERNALS, "IllegalStateException", "at com.ayurlahi");
	}

	@Test
	void anApiCallThatFailsIsProblemJsonWithoutInternals() {
		User clinic = Accounts.create(users, Role.CLINIC);

		String body = http.get()
			.uri("/api/test-failure")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(Accounts.principal(clinic)).value())
			.exchange()
			.expectStatus()
			.is5xxServerError()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(body).contains("\"requestId\"").doesNotContain(INTERNALS, "IllegalStateException", "com.ayurlahi");
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Controller
	static class FailingPage {

		@GetMapping("/clinic/test-failure")
		String fail() {
			throw new IllegalStateException(INTERNALS);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class FailingApi {

		@GetMapping("/api/test-failure")
		String fail() {
			throw new IllegalStateException(INTERNALS);
		}

	}

}
