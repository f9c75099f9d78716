package com.ayurlahi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

/**
 * The probes a proxy or an orchestrator asks without signing in: liveness, and readiness,
 * which includes the database and answers 503 once the instance refuses traffic (as it
 * does when a graceful shutdown begins).
 */
@IntegrationTest
class HealthProbesIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserManagement users;

	@Test
	void livenessAndReadinessAreOpenToAll() {
		assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
		MvcTestResult readiness = mvc.get().uri("/actuator/health/readiness").exchange();
		assertThat(readiness).hasStatusOk();
		assertThat(readiness).bodyJson().extractingPath("$.status").isEqualTo("UP");
		assertThat(readiness).bodyJson().doesNotHavePath("$.components");
	}

	@Test
	void readinessIncludesTheDatabase() {
		MvcTestResult readiness = mvc.get()
			.uri("/actuator/health/readiness")
			.with(user(Accounts.principal(Accounts.create(users, Role.ADMIN))))
			.exchange();

		assertThat(readiness).bodyJson().extractingPath("$.components.db.status").isEqualTo("UP");
		assertThat(readiness).bodyJson().extractingPath("$.components.readinessState.status").isEqualTo("UP");
	}

	@Test
	void anInstanceThatRefusesTrafficIsNotReadyButStillLive() {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
				.bodyJson()
				.extractingPath("$.status")
				.isEqualTo("OUT_OF_SERVICE");
			assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

}
