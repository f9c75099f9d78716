package com.ayurlahi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.jayway.jsonpath.JsonPath;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.TokenVersions;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

@IntegrationTest
class AuthApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RestTestClient http;

	@Test
	void registersLogsInAndShowsTheCallersAccount() throws Exception {
		String email = Accounts.uniqueEmail("api");
		MvcTestResult registered = post("/api/auth/register",
				"""
						{"email": " %s ", "password": "%s", "fullName": "Dr. Meera Pillai", "phone": "98470 12345", "role": "CLINIC"}
						"""
					.formatted(email.toUpperCase(), Accounts.PASSWORD));

		assertThat(registered).hasStatus(HttpStatus.CREATED);
		assertThat(registered).bodyJson().extractingPath("$.email").isEqualTo(email);
		assertThat(registered).bodyJson().extractingPath("$.phone").isEqualTo("+919847012345");
		assertThat(registered).bodyJson().extractingPath("$.role").isEqualTo("CLINIC");
		assertThat(registered).bodyJson().doesNotHavePath("$.password");

		MvcTestResult login = post("/api/auth/login", credentials(email, Accounts.PASSWORD));
		assertThat(login).hasStatusOk();
		assertThat(login).bodyJson().extractingPath("$.tokenType").isEqualTo("Bearer");
		assertThat(login).bodyJson().extractingPath("$.expiresIn").isEqualTo(86400);
		assertThat(login).bodyJson().extractingPath("$.user.email").isEqualTo(email);
		String token = JsonPath.read(login.getResponse().getContentAsString(), "$.accessToken");

		MvcTestResult me = mvc.get()
			.uri("/api/users/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
		assertThat(me).hasStatusOk();
		assertThat(me).bodyJson().extractingPath("$.fullName").isEqualTo("Dr. Meera Pillai");
		assertThat(me).bodyJson().extractingPath("$.role").isEqualTo("CLINIC");
		assertThat(me).bodyJson().hasPathSatisfying("$.clinicId", value -> assertThat(value).isNull());
	}

	@Test
	void longAndNonLatinPasswordsWork() {
		String longest = "neem".repeat(32);
		String hindi = "आयुर्वेदिक औषधालय त्रिशूर केरल";
		for (String password : new String[] { longest, hindi }) {
			String email = Accounts.uniqueEmail("long");
			assertThat(post("/api/auth/register",
					"""
							{"email": "%s", "password": "%s", "fullName": "Dr. Long", "phone": "+919847012345", "role": "CLINIC"}
							"""
						.formatted(email, password)))
				.hasStatus(HttpStatus.CREATED);

			assertThat(post("/api/auth/login", credentials(email, password))).hasStatusOk();
			assertThat(post("/api/auth/login", credentials(email, password.substring(0, password.length() - 1))))
				.hasStatus(HttpStatus.UNAUTHORIZED);
		}
	}

	@Test
	void aLoginWithControlCharactersIsSimplyWrong() {
		MvcTestResult result = post("/api/auth/login", credentials("clinic\\u0000@demo.ayurlahi.in", "whatever1"));

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Wrong email or password.");
	}

	@Test
	void webhooksNeedNoTokenAndAnUnknownOneIsNotFound() {
		http.post()
			.uri("/api/webhooks/no-such-provider")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesInvalidRegistrationsFieldByField() {
		MvcTestResult result = post("/api/auth/register", """
				{"email": "not-an-email", "password": "password123", "fullName": "", "phone": "12345", "role": "ADMIN"}
				""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("email", "password", "fullName", "phone", "role");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[?(@.field == 'password')].message")
			.asArray()
			.containsExactly("This password is one of the most common ones and easy to guess. Choose another.");
	}

	@Test
	void refusesADuplicateEmailWhateverItsCase() {
		User existing = Accounts.create(users, Role.MANUFACTURER);

		MvcTestResult result = post("/api/auth/register",
				"""
						{"email": "%s", "password": "%s", "fullName": "Someone Else", "phone": "+919812345678", "role": "CLINIC"}
						"""
					.formatted(existing.getEmail().toUpperCase(), Accounts.PASSWORD));

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("An account with this email already exists. Sign in, or use another email.");
	}

	@Test
	void malformedJsonIsABadRequestWithoutInternals() {
		MvcTestResult result = post("/api/auth/login", "{\"email\": ");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText().doesNotContain("Exception", "tools.jackson", "com.ayurlahi");
	}

	@Test
	void wrongPasswordIsUnauthorized() {
		User user = Accounts.create(users, Role.CLINIC);

		MvcTestResult result = post("/api/auth/login", credentials(user.getEmail(), "not the password"));

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Wrong email or password.");
	}

	@Test
	void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
		User user = Accounts.create(users, Role.CLINIC);
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(post("/api/auth/login", credentials(user.getEmail(), "guess " + attempt)))
				.hasStatus(HttpStatus.UNAUTHORIZED);
		}

		MvcTestResult fifth = post("/api/auth/login", credentials(user.getEmail(), "guess 5"));
		MvcTestResult rightPassword = post("/api/auth/login", credentials(user.getEmail(), Accounts.PASSWORD));

		assertThat(fifth).hasStatus(HttpStatus.LOCKED);
		assertThat(rightPassword).hasStatus(HttpStatus.LOCKED);
		assertThat(rightPassword).hasHeader(HttpHeaders.RETRY_AFTER, "900");
		assertThat(rightPassword).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Too many failed logins: the account is locked for 15 more minutes.");
	}

	@Test
	void theLockEndsAfterFifteenMinutes() {
		User user = Accounts.create(users, Role.MANUFACTURER);
		for (int attempt = 1; attempt <= 5; attempt++) {
			post("/api/auth/login", credentials(user.getEmail(), "guess " + attempt));
		}
		jdbc.sql("update login_lockouts set locked_until = :past where email = :email")
			.param("past", Timestamp.from(Instant.now().minusSeconds(1)))
			.param("email", user.getEmail())
			.update();

		assertThat(post("/api/auth/login", credentials(user.getEmail(), Accounts.PASSWORD))).hasStatusOk();
	}

	@Test
	void anUnknownEmailLocksLikeARealOneSoLocksRevealNoAccounts() {
		String nobody = Accounts.uniqueEmail("nobody");
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(post("/api/auth/login", credentials(nobody, "guess " + attempt)))
				.hasStatus(HttpStatus.UNAUTHORIZED);
		}

		assertThat(post("/api/auth/login", credentials(nobody, "guess 5"))).hasStatus(HttpStatus.LOCKED);
	}

	@Test
	void requestsWithoutATokenGetProblemJson() {
		MvcTestResult result = mvc.get().uri("/api/users/me").exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).headers().containsHeader(HttpHeaders.WWW_AUTHENTICATE);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith("Authentication is required");
	}

	@Test
	void forgedExpiredAndOtherIssuersTokensAreRejected() {
		User user = Accounts.create(users, Role.CLINIC);
		String forged = new JwtTokens(otherSecretProperties(), Clock.systemUTC(), versions)
			.issue(Accounts.principal(user))
			.value();
		// signed with our secret, but naming another issuer (also a plain name, not a
		// URL)
		String otherIssuer = new JwtTokens(
				new AuthProperties(
						new AuthProperties.Jwt(properties.jwt().secret(), properties.jwt().expiresIn(), "someone-else"),
						properties.bcryptRounds(), properties.lockout(), properties.rateLimit()),
				Clock.systemUTC(), versions)
			.issue(Accounts.principal(user))
			.value();
		String expired = new JwtTokens(testProperties(),
				Clock.fixed(Instant.now().minusSeconds(86400 + 120), ZoneOffset.UTC), versions)
			.issue(Accounts.principal(user))
			.value();

		for (String token : new String[] { forged, otherIssuer, expired, "not-a-jwt" }) {
			MvcTestResult result = mvc.get()
				.uri("/api/users/me")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange();
			assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(result).bodyJson()
				.extractingPath("$.detail")
				.isEqualTo("The access token is invalid or has expired. Log in again with POST /api/auth/login.");
		}
	}

	@Test
	void unknownApiPathsAreProblemJsonToo() {
		User user = Accounts.create(users, Role.CLINIC);

		http.get()
			.uri("/api/no-such-thing")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor(user))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.instance")
			.isEqualTo("/api/no-such-thing")
			.jsonPath("$.requestId")
			.exists();
	}

	@Test
	void aTokenOfAnAccountThatDoesNotExistIsRefused() {
		AuthenticatedUser ghost = AuthenticatedUser.fromToken(UUID.randomUUID(), "ghost@test.ayurlahi.in", "Ghost",
				Role.CLINIC);
		String token = new JwtTokens(testProperties(), Clock.systemUTC(), versions).issue(ghost).value();

		MvcTestResult result = mvc.get()
			.uri("/api/users/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Autowired
	AuthProperties properties;

	@Autowired
	TokenVersions versions;

	private AuthProperties testProperties() {
		return properties;
	}

	private AuthProperties otherSecretProperties() {
		return new AuthProperties(
				new AuthProperties.Jwt("another-secret-that-is-also-32-bytes-long", properties.jwt().expiresIn(),
						properties.jwt().issuer()),
				properties.bcryptRounds(), properties.lockout(), properties.rateLimit());
	}

	private String tokenFor(User user) {
		return new JwtTokens(testProperties(), Clock.systemUTC(), versions).issue(Accounts.principal(user)).value();
	}

	private MvcTestResult post(String path, String json) {
		return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private static String credentials(String email, String password) {
		return """
				{"email": "%s", "password": "%s"}
				""".formatted(email, password);
	}

}
