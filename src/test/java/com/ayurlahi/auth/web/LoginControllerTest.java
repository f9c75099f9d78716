package com.ayurlahi.auth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.AccountLockedException;
import com.ayurlahi.auth.internal.PortalLoginHandlers;
import com.ayurlahi.auth.internal.WithRealSecurity;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

@WebMvcTest(LoginController.class)
@WithRealSecurity
class LoginControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void showsTheFormWithUsernameAndPasswordFields() {
		MvcTestResult form = mvc.get().uri("/login").exchange();

		assertThat(form).hasStatusOk().hasViewName("public/login");
		assertThat(form).bodyText()
			.contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"")
			.doesNotContain("data-testid=\"login-message\"");
	}

	@Test
	void saysThatTheUserSignedOut() {
		assertThat(mvc.get().uri("/login?logout")).bodyText().contains("You have signed out.");
	}

	@Test
	void saysHowLongAnAccountStaysLockedAndKeepsTheEmail() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
				new AccountLockedException(Instant.now().plusSeconds(600)));
		session.setAttribute(PortalLoginHandlers.LAST_EMAIL, "meera@clinic.in");

		MvcTestResult form = mvc.get().uri("/login?locked").session(session).exchange();

		assertThat(form).bodyText().contains("This account is locked for 10 more minutes", "value=\"meera@clinic.in\"");
	}

	@Test
	void sendsSignedInUsersToTheirPortal() {
		AuthenticatedUser clinic = AuthenticatedUser.fromToken(UUID.randomUUID(), "c@test.ayurlahi.in", "C",
				Role.CLINIC);

		assertThat(mvc.get().uri("/login").with(user(clinic))).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/clinic");
	}

	@Test
	void aLoginPostWithoutTheCsrfTokenOfALiveSessionIsRefused() {
		MockHttpSession live = new MockHttpSession();

		assertThat(mvc.post()
			.uri("/login")
			.session(live)
			.param("username", "a@b.in")
			.param("password", "whatever1")
			.with(request -> {
				request.setRequestedSessionId(live.getId());
				request.setRequestedSessionIdValid(true);
				return request;
			})).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aLoginPostWhoseSessionIsGoneAsksToSignInAgain() {
		assertThat(mvc.post().uri("/login").param("username", "a@b.in").param("password", "whatever1"))
			.hasRedirectedUrl("/login?expired");
	}

}
