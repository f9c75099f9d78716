package com.ayurlahi.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.PortalClient;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

@IntegrationTest
class PortalSecurityIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@LocalServerPort
	int port;

	@Autowired
	SessionRepository<? extends Session> sessions;

	private MvcTestResult signIn(String email, Cookie... session) {
		var login = mvc.post().uri("/login").with(csrf()).param("username", email).param("password", Accounts.PASSWORD);
		return (session.length == 0 ? login : login.cookie(session)).exchange();
	}

	/**
	 * The session cookie a response set (Spring Session keeps sessions in the database
	 * and finds them by this cookie, as a browser sends it).
	 */
	private static Cookie sessionOf(MvcTestResult response) {
		Cookie cookie = response.getResponse().getCookie("JSESSIONID");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	@ParameterizedTest
	@CsvSource({ "/clinic", "/manufacturer", "/admin", "/admin/users" })
	void anonymousVisitorsAreSentToTheLoginPage(String path) {
		assertThat(mvc.get().uri(path)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
	}

	@ParameterizedTest
	@CsvSource({ "CLINIC, /clinic", "MANUFACTURER, /manufacturer", "ADMIN, /admin", "SUPPORT, /admin" })
	void eachRoleLandsOnItsOwnPortal(Role role, String home) {
		User user = Accounts.create(users, role);

		MvcTestResult login = signIn(user.getEmail());

		assertThat(login).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(home);
	}

	@Test
	void theLoginIsTheEmailInAnyCaseAndWithBlanksAround() {
		User user = Accounts.create(users, Role.CLINIC);

		MvcTestResult login = signIn("  " + user.getEmail().toUpperCase() + " ");

		assertThat(login).hasRedirectedUrl("/clinic");
	}

	@Test
	void afterLoginTheUserReturnsToThePageTheyAskedFor() {
		User admin = Accounts.create(users, Role.ADMIN);
		Cookie session = sessionOf(mvc.get().uri("/admin/users?q=rahul").exchange());

		MvcTestResult login = signIn(admin.getEmail(), session);

		assertThat(login.getResponse().getRedirectedUrl()).startsWith("/admin/users?q=rahul");
	}

	@Test
	void aPageOfAnotherPortalAskedForBeforeLoginIsNotWhereTheUserLands() {
		User clinic = Accounts.create(users, Role.CLINIC);
		Cookie session = sessionOf(mvc.get().uri("/admin").exchange());

		MvcTestResult login = signIn(clinic.getEmail(), session);

		assertThat(login).hasRedirectedUrl("/clinic");
	}

	@ParameterizedTest
	@CsvSource({ "CLINIC, /admin", "CLINIC, /manufacturer", "CLINIC, /admin/users", "MANUFACTURER, /clinic",
			"MANUFACTURER, /admin", "ADMIN, /clinic", "ADMIN, /manufacturer", "SUPPORT, /clinic",
			"SUPPORT, /manufacturer" })
	void eachPortalIsClosedToTheOtherRoles(Role role, String path) {
		User user = Accounts.create(users, role);

		assertThat(mvc.get().uri(path).with(user(Accounts.principal(user)))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@CsvSource({ "CLINIC, /clinic", "MANUFACTURER, /manufacturer", "ADMIN, /admin", "SUPPORT, /admin/users" })
	void eachRoleOpensItsOwnPortal(Role role, String path) {
		User user = Accounts.create(users, role);

		MvcTestResult page = mvc.get().uri(path).with(user(Accounts.principal(user))).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains(user.getFullName(), role.label());
	}

	@Test
	void theForbiddenPageIsStyledAndSaysWhy() {
		User clinic = Accounts.create(users, Role.CLINIC);
		PortalClient browser = new PortalClient(port);
		browser.signIn(clinic.getEmail(), Accounts.PASSWORD);

		HttpResponse<String> forbidden = browser.get("/admin");

		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("Not your page", "belongs to another portal", "Back to", "Clinic portal")
			.doesNotContain("Whitelabel", "Exception", "at com.");
	}

	@Test
	void anUnknownPageIsAStyled404ForSignedInUsers() {
		User manufacturer = Accounts.create(users, Role.MANUFACTURER);
		PortalClient browser = new PortalClient(port);
		browser.signIn(manufacturer.getEmail(), Accounts.PASSWORD);

		HttpResponse<String> missing = browser.get("/manufacturer/no-such-page");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found", "Reference:").doesNotContain("Whitelabel");
	}

	@Test
	void anHtmxRequestWithoutASessionReloadsTheWholePageInsteadOfSwappingInTheLoginForm() {
		MvcTestResult fragment = mvc.get().uri("/admin/users").param("q", "a").header("HX-Request", "true").exchange();

		assertThat(fragment).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(fragment).hasHeader("HX-Refresh", "true");
		assertThat(fragment).doesNotContainHeader(HttpHeaders.LOCATION);
	}

	@Test
	void anHtmxFragmentIsNeverRememberedAsThePageToReturnTo() {
		User admin = Accounts.create(users, Role.ADMIN);
		Cookie session = sessionOf(mvc.get().uri("/login").exchange());
		mvc.get().uri("/admin/users").header("HX-Request", "true").cookie(session).exchange();

		MvcTestResult login = signIn(admin.getEmail(), session);

		assertThat(login).hasRedirectedUrl("/admin");
	}

	@Test
	void pagesCarryTheSecurityHeaders() {
		MvcTestResult landing = mvc.get().uri("/").exchange();

		assertThat(landing).hasStatusOk();
		assertThat(landing).headers()
			.hasValue("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self'; "
							+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
							+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin");
		assertThat(landing).bodyText().doesNotContain("<script>", "style=\"", "https://cdn", "http://cdn");
	}

	@Test
	void formsAndHtmxPostsWithoutTheCsrfTokenAreRefused() {
		User admin = Accounts.create(users, Role.ADMIN);
		String email = Accounts.uniqueEmail("support");
		Cookie live = sessionOf(mvc.get().uri("/admin/users").with(user(Accounts.principal(admin))).exchange());

		MvcTestResult form = mvc.post()
			.uri("/admin/users")
			.with(user(Accounts.principal(admin)))
			.cookie(live)
			.param("email", email)
			.param("fullName", "No Token")
			.param("password", Accounts.PASSWORD)
			.exchange();
		MvcTestResult htmx = mvc.post()
			.uri("/admin/users")
			.header("HX-Request", "true")
			.with(user(Accounts.principal(admin)))
			.cookie(live)
			.param("email", email)
			.param("fullName", "No Token")
			.param("password", Accounts.PASSWORD)
			.exchange();

		assertThat(form).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(htmx).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(users.exists(email)).isFalse();
	}

	@Test
	void aPostAfterTheSessionExpiredLeadsToTheLoginPageNotToForbidden() {
		MvcTestResult form = mvc.post()
			.uri("/admin/users")
			.with(expiredSession())
			.param("_csrf", "from-the-old-session")
			.param("fullName", "Late Submit")
			.exchange();
		MvcTestResult htmx = mvc.post()
			.uri("/admin/users")
			.header("HX-Request", "true")
			.with(expiredSession())
			.header("X-CSRF-TOKEN", "from-the-old-session")
			.exchange();
		MvcTestResult signOut = mvc.post()
			.uri("/logout")
			.with(expiredSession())
			.param("_csrf", "from-the-old-session")
			.exchange();

		assertThat(form).hasRedirectedUrl("/login?expired");
		assertThat(htmx).hasStatus(HttpStatus.FORBIDDEN).hasHeader("HX-Refresh", "true");
		assertThat(signOut).hasRedirectedUrl("/login?logout");
	}

	@Test
	void theLoginPageExplainsAnExpiredSession() {
		assertThat(mvc.get().uri("/login?expired")).bodyText()
			.contains("Your session expired after 30 minutes without activity. Please sign in again.");
	}

	private static RequestPostProcessor expiredSession() {
		return request -> {
			request.setCookies(new Cookie("JSESSIONID", Base64.getEncoder()
				.encodeToString("5b1f1c8e-0000-4000-8000-expired00000".getBytes(StandardCharsets.UTF_8))));
			return request;
		};
	}

	@Test
	void logoutIsAPostThatEndsTheSession() {
		User clinic = Accounts.create(users, Role.CLINIC);
		Cookie session = sessionOf(signIn(clinic.getEmail()));
		assertThat(mvc.get().uri("/clinic").cookie(session)).hasStatusOk();

		MvcTestResult logout = mvc.post().uri("/logout").with(csrf()).cookie(session).exchange();

		assertThat(logout).hasRedirectedUrl("/login?logout");
		assertThat(mvc.get().uri("/clinic").cookie(session)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
	}

	@Test
	void theLoginFormSaysWhatWentWrongAndKeepsTheEmail() {
		User user = Accounts.create(users, Role.CLINIC);
		PortalClient browser = new PortalClient(port);

		HttpResponse<String> failed = browser.signIn(user.getEmail(), "not my password");
		HttpResponse<String> form = browser
			.get(failed.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, ""));

		assertThat(failed.statusCode()).isEqualTo(302);
		assertThat(form.body()).contains("Wrong email or password.", "value=\"" + user.getEmail() + "\"");
	}

	@Test
	void theLoginFormSaysWhenTheAccountIsLocked() {
		User user = Accounts.create(users, Role.MANUFACTURER);
		PortalClient browser = new PortalClient(port);
		HttpResponse<String> last = null;
		for (int attempt = 1; attempt <= 5; attempt++) {
			last = browser.signIn(user.getEmail(), "guess " + attempt);
		}

		assertThat(last.headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith("/login?locked"));
		assertThat(browser.get("/login?locked").body())
			.contains("Too many failed sign-ins. This account is locked for 15 more minutes");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		HttpResponse<String> loginPage = new PortalClient(port).get("/login");

		assertThat(loginPage.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
	}

	@Test
	void sessionsExpireAfterThirtyIdleMinutes() {
		assertThat(sessions.createSession().getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void signingInChangesTheSessionId() {
		User user = Accounts.create(users, Role.CLINIC);
		PortalClient browser = new PortalClient(port);
		String before = sessionCookie(browser.get("/login"));

		String after = sessionCookie(browser.signIn(user.getEmail(), Accounts.PASSWORD));

		assertThat(after).isNotEqualTo(before);
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie set"));
	}

	@Test
	void signInPageSendsSignedInUsersToTheirPortal() {
		User user = Accounts.create(users, Role.MANUFACTURER);

		assertThat(mvc.get().uri("/login").with(user(Accounts.principal(user)))).hasRedirectedUrl("/manufacturer");
	}

}
