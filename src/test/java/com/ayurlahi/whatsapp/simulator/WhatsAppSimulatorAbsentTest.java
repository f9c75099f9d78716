package com.ayurlahi.whatsapp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.auth.internal.WithRealSecurity;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.whatsapp.WhatsAppSettings;

/**
 * {@code /dev/whatsapp} does not exist unless the simulator stands in for Gupshup: not
 * when it is switched off, and not when Gupshup's API key is set.
 */
@WebMvcTest(WhatsAppSimulatorController.class)
@WithRealSecurity
@Import({ SimulatorConfiguration.class, WhatsAppSimulatorAbsentTest.Settings.class })
class WhatsAppSimulatorAbsentTest {

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WhatsAppSettings.class)
	static class Settings {

	}

	@Nested
	@TestPropertySource(properties = { "ayurlahi.whatsapp.simulator.enabled=false", "ayurlahi.whatsapp.api-key=" })
	class SwitchedOff {

		@Autowired
		MockMvcTester mvc;

		@Autowired
		ApplicationContext context;

		@Test
		void thereIsNoSimulatorAndNoPage() {
			assertThat(context.getBeanNamesForType(WhatsAppSimulator.class)).isEmpty();
			assertThat(mvc.get().uri("/dev/whatsapp").with(admin())).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.post().uri("/dev/whatsapp/messages").param("text", "MENU").with(admin()).with(csrf()))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

	}

	@Nested
	@TestPropertySource(
			properties = { "ayurlahi.whatsapp.simulator.enabled=true", "ayurlahi.whatsapp.api-key=gupshup-key" })
	class GupshupConfigured {

		@Autowired
		MockMvcTester mvc;

		@Autowired
		ApplicationContext context;

		@Test
		void thereIsNoSimulatorAndNoPage() {
			assertThat(context.getBeanNamesForType(WhatsAppSimulator.class)).isEmpty();
			assertThat(mvc.get().uri("/dev/whatsapp").with(admin())).hasStatus(HttpStatus.NOT_FOUND);
		}

	}

	private static RequestPostProcessor admin() {
		return user(AuthenticatedUser.fromToken(UUID.randomUUID(), "admin@test.ayurlahi.in", "Test Admin", Role.ADMIN));
	}

}
