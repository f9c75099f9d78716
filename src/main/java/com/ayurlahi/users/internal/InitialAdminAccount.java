package com.ayurlahi.users.internal;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.users.NewAccount;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

/**
 * In production nobody can register as ADMIN: the first one is created at start-up from
 * ADMIN_EMAIL and ADMIN_PASSWORD, when no ADMIN exists yet. Without them (or with a
 * password the policy refuses) the application does not start, because nobody could
 * approve anything.
 */
@Component
@Profile("prod")
@EnableConfigurationProperties(InitialAdminAccount.Settings.class)
class InitialAdminAccount implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdminAccount.class);

	private final UserManagement userManagement;

	private final Settings settings;

	InitialAdminAccount(UserManagement userManagement, Settings settings) {
		this.userManagement = userManagement;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (userManagement.anyAccountWithRole(Role.ADMIN)) {
			return;
		}
		if (settings.email().isBlank() || settings.password().isBlank()) {
			throw new IllegalStateException("No ADMIN account exists yet. Set ADMIN_EMAIL and ADMIN_PASSWORD "
					+ "so that the first one is created at start-up.");
		}
		try {
			userManagement.createStaffAccount(
					new NewAccount(settings.email(), settings.password(), settings.fullName(), null, Role.ADMIN));
		}
		catch (InvalidInputException refused) {
			throw new IllegalStateException("ADMIN_" + refused.field().toUpperCase(Locale.ROOT) + " is not acceptable: "
					+ refused.getMessage());
		}
		catch (ConflictException taken) {
			throw new IllegalStateException("ADMIN_EMAIL " + settings.email().strip()
					+ " already belongs to a clinic or manufacturer account; choose another email for the first ADMIN.");
		}
		log.info("Created the first ADMIN account, {}", settings.email());
	}

	/**
	 * The first ADMIN: {@code ayurlahi.users.initial-admin.*}, from ADMIN_EMAIL and
	 * ADMIN_PASSWORD.
	 */
	@ConfigurationProperties("ayurlahi.users.initial-admin")
	record Settings(@DefaultValue("") String email, @DefaultValue("") String password,
			@DefaultValue("Platform administrator") String fullName) {
	}

}
