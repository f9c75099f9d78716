package com.ayurlahi.users.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.ayurlahi.users.NewAccount;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

/**
 * The demo logins of the dev profile, all with the password {@value #PASSWORD}: one per
 * role, plus a second manufacturer, a second approved clinic (whose subscription is past
 * due) and a clinic and a manufacturer whose profiles wait for approval (their profiles
 * come from the clinics and manufacturers modules). Created when missing, so a restart
 * keeps what was done with them. Never enabled in prod (the start-up check refuses).
 */
@Component
@ConditionalOnBooleanProperty("ayurlahi.demo-data.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "Demo@12345";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private static final List<NewAccount> ACCOUNTS = List.of(
			new NewAccount("admin@demo.ayurlahi.in", PASSWORD, "Asha Menon", "+919800000001", Role.ADMIN),
			new NewAccount("support@demo.ayurlahi.in", PASSWORD, "Rahul Nair", "+919800000002", Role.SUPPORT),
			new NewAccount("clinic@demo.ayurlahi.in", PASSWORD, "Dr. Lakshmi Varma", "+919800000003", Role.CLINIC),
			new NewAccount("maker@demo.ayurlahi.in", PASSWORD, "Suresh Kumar", "+919800000004", Role.MANUFACTURER),
			new NewAccount("kerala.maker@demo.ayurlahi.in", PASSWORD, "Anjali Nambiar", "+919800000005",
					Role.MANUFACTURER),
			new NewAccount("pending.clinic@demo.ayurlahi.in", PASSWORD, "Dr. Karthik Rajan", "+919800000006",
					Role.CLINIC),
			new NewAccount("pending.maker@demo.ayurlahi.in", PASSWORD, "Vikram Sethi", "+919800000007",
					Role.MANUFACTURER),
			new NewAccount("pastdue.clinic@demo.ayurlahi.in", PASSWORD, "Dr. Meera Hegde", "+919800000008",
					Role.CLINIC));

	private final UserManagement userManagement;

	DemoAccounts(UserManagement userManagement) {
		this.userManagement = userManagement;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (NewAccount account : ACCOUNTS) {
			if (userManagement.exists(account.email())) {
				continue;
			}
			if (account.role().isStaff()) {
				userManagement.createStaffAccount(account);
			}
			else {
				userManagement.register(account);
			}
			log.info("Created demo account {} ({})", account.email(), account.role());
		}
	}

}
