package com.ayurlahi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

@IntegrationTest
class ActuatorIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	JwtTokens tokens;

	@Test
	void healthIsOpenToAllButShowsDetailsOnlyToAdmins() {
		MvcTestResult anonymous = mvc.get().uri("/actuator/health").exchange();
		MvcTestResult admin = mvc.get()
			.uri("/actuator/health")
			.with(user(Accounts.principal(Accounts.create(users, Role.ADMIN))))
			.exchange();

		assertThat(anonymous).hasStatusOk();
		assertThat(anonymous).bodyJson().extractingPath("$.status").isEqualTo("UP");
		assertThat(anonymous).bodyJson().doesNotHavePath("$.components");
		assertThat(admin).bodyJson().extractingPath("$.components.db.status").isEqualTo("UP");
	}

	@Test
	void infoShowsTheBuildVersionToAdminsOnly() {
		String clinicToken = tokens.issue(Accounts.principal(Accounts.create(users, Role.CLINIC))).value();

		MvcTestResult anonymous = mvc.get().uri("/actuator/info").exchange();
		MvcTestResult clinic = mvc.get()
			.uri("/actuator/info")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + clinicToken)
			.exchange();
		MvcTestResult info = mvc.get()
			.uri("/actuator/info")
			.with(user(Accounts.principal(Accounts.create(users, Role.ADMIN))))
			.exchange();

		assertThat(anonymous).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(clinic).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(info).hasStatusOk();
		assertThat(info).bodyJson().extractingPath("$.build.artifact").isEqualTo("ayurlahi");
		assertThat(info).bodyJson().extractingPath("$.build.version").asString().isNotBlank();
	}

	@Test
	void metricsAreForAdminsOnly() {
		String adminToken = tokens.issue(Accounts.principal(Accounts.create(users, Role.ADMIN))).value();
		String clinicToken = tokens.issue(Accounts.principal(Accounts.create(users, Role.CLINIC))).value();

		assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer " + clinicToken))
			.hasStatus(HttpStatus.FORBIDDEN);
		MvcTestResult metrics = mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken)
			.exchange();
		assertThat(metrics).hasStatusOk();
		assertThat(metrics).bodyText().contains("jvm_memory_used_bytes");
	}

	@Test
	void endpointsThatAreNotExposedStayHidden() {
		assertThat(mvc.get().uri("/actuator/env").with(user(Accounts.principal(Accounts.create(users, Role.ADMIN)))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
