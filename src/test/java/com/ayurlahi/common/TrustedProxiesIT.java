package com.ayurlahi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;

/**
 * Forwarded headers count only from the trusted proxy (192.0.2.10 in the tests'
 * settings): from it, the client address, scheme and host it forwards are the request's;
 * from any other peer, the same headers change nothing, neither the address the sign-in
 * rate limit and the audit log see nor the host of a redirect.
 */
@IntegrationTest
class TrustedProxiesIT {

	private static final String PROXY = "192.0.2.10";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void fromTheTrustedProxyTheForwardedClientSchemeAndHostApply() {
		String email = Accounts.uniqueEmail("behind-proxy");
		assertThat(failedLogin(email, PROXY)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(clientAddressAudited(email)).isEqualTo("203.0.113.7");

		MvcTestResult redirect = forwarded(mvc.get().uri("/clinic").with(request -> {
			request.setRemoteAddr(PROXY);
			return request;
		})).exchange();

		assertThat(redirect).hasStatus(HttpStatus.FOUND);
		assertThat(redirect.getResponse().getHeader(HttpHeaders.LOCATION)).startsWith("https://shop.example/");
	}

	@Test
	void fromAnyOtherPeerForwardedHeadersChangeNothing() {
		String email = Accounts.uniqueEmail("spoofer");
		assertThat(failedLogin(email, "10.20.30.40")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(clientAddressAudited(email)).isEqualTo("10.20.30.40");

		MvcTestResult redirect = forwarded(mvc.get().uri("/clinic").with(request -> {
			request.setRemoteAddr("10.20.30.40");
			return request;
		})).exchange();

		assertThat(redirect).hasStatus(HttpStatus.FOUND);
		assertThat(redirect.getResponse().getHeader(HttpHeaders.LOCATION)).doesNotContain("shop.example")
			.doesNotStartWith("https:");
	}

	@Test
	void tomcatDoesNotTrustAPrivateAddressEither() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/clinic"))
				.header("X-Forwarded-For", "203.0.113.7")
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "shop.example")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("shop.example").doesNotStartWith("https:"));
	}

	private MvcTestResult failedLogin(String email, String peer) {
		return forwarded(mvc.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"" + email + "\", \"password\": \"wrong\"}")
			.with(request -> {
				request.setRemoteAddr(peer);
				return request;
			})).exchange();
	}

	private static <B extends MockMvcTester.MockMvcRequestBuilder> B forwarded(B request) {
		request.header("X-Forwarded-For", "203.0.113.7")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "shop.example");
		return request;
	}

	private String clientAddressAudited(String email) {
		return await().atMost(Duration.ofSeconds(5))
			.until(() -> jdbc
				.sql("select client_ip from audit_entries where entity_type = 'Login' and entity_id = :email")
				.param("email", email)
				.query(String.class)
				.optional()
				.orElse(null), address -> address != null);
	}

}
