package com.ayurlahi.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.WithRealSecurity;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

@WebMvcTest(PortalPagesController.class)
@WithRealSecurity
class PortalPagesControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theLandingPageIsPublicAndOffersRegistration() {
		MvcTestResult landing = mvc.get().uri("/").exchange();

		assertThat(landing).hasStatusOk().hasViewName("public/landing");
		assertThat(landing).bodyText().contains("Register your clinic or company", "Sign in");
	}

	@Test
	void signedInUsersSeeTheirPortalInTheHeader() {
		MvcTestResult landing = mvc.get().uri("/").with(user(signedIn(Role.MANUFACTURER))).exchange();

		assertThat(landing).bodyText()
			.contains("Open the <span>Manufacturer portal</span>", "Sign out")
			.doesNotContain("Register your clinic or company");
	}

	@Test
	void theFaviconsOldAddressLeadsToOurSvg() {
		assertThat(mvc.get().uri("/favicon.ico").exchange()).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/static/images/favicon.svg");
	}

	@Test
	void otherRolesAreRefused() {
		assertThat(mvc.get().uri("/manufacturer").with(user(signedIn(Role.CLINIC)))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin").with(user(signedIn(Role.MANUFACTURER)))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anonymousPageRequestsGoToLoginAndHtmxRequestsReloadThePage() {
		assertThat(mvc.get().uri("/admin")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		assertThat(mvc.get().uri("/admin").header("HX-Request", "true")).hasStatus(HttpStatus.FORBIDDEN)
			.hasHeader("HX-Refresh", "true");
	}

	private static AuthenticatedUser signedIn(Role role) {
		return AuthenticatedUser.fromToken(UUID.randomUUID(), role.name().toLowerCase() + "@test.ayurlahi.in",
				"Test " + role.label(), role);
	}

}
