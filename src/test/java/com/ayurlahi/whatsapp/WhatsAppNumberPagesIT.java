package com.ayurlahi.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The portals' WhatsApp page: a number is given (checked next to its field), a code is
 * sent to it and typed in (a wrong one answered next to the field with the tries left),
 * the number shows verified; the notifications chosen are kept; each portal's page is
 * closed to the other portal's users.
 */
@IntegrationTest
class WhatsAppNumberPagesIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClinicGivesItsNumberAndVerifiesItWithTheCodeFromWhatsApp() {
		User clinic = Accounts.create(users, Role.CLINIC);
		String mobile = Accounts.uniqueMobile();

		assertThat(get(clinic, "/clinic/whatsapp")).hasStatusOk()
			.bodyText()
			.contains("data-testid=\"whatsapp-unverified\"", "Order on WhatsApp")
			.doesNotContain("data-testid=\"whatsapp-off\"");
		assertThat(post(clinic, "/clinic/whatsapp/number", "phone", "12345")).hasStatusOk()
			.bodyText()
			.contains("data-testid=\"error-phone\"", "Enter an Indian mobile number");
		MvcTestResult sent = post(clinic, "/clinic/whatsapp/number", "phone", mobile);
		assertThat(sent).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/clinic/whatsapp");
		assertThat(get(clinic, "/clinic/whatsapp")).bodyText()
			.contains("data-testid=\"whatsapp-verify-form\"", "5</span> tries left");

		assertThat(post(clinic, "/clinic/whatsapp/verify", "code", "abc")).hasStatusOk()
			.bodyText()
			.contains("The code is the six digits sent to you on WhatsApp.");
		String code = code(mobile.substring(1));
		String wrong = code.equals("000000") ? "111111" : "000000";
		assertThat(post(clinic, "/clinic/whatsapp/verify", "code", wrong)).hasStatusOk()
			.bodyText()
			.contains("data-testid=\"error-code\"", "Wrong code: 4 tries left.");
		assertThat(post(clinic, "/clinic/whatsapp/verify", "code", code)).hasStatus(HttpStatus.FOUND);

		assertThat(get(clinic, "/clinic/whatsapp")).bodyText()
			.contains("data-testid=\"whatsapp-verified\"", "+91 " + mobile.substring(3, 8) + " " + mobile.substring(8));
	}

	@Test
	void theNotificationsChosenAreKeptAndEachPortalsPageIsItsOwn() {
		User maker = Accounts.create(users, Role.MANUFACTURER);

		assertThat(mvc.post()
			.uri("/manufacturer/whatsapp/notifications")
			.param("on", "NEW_ORDER")
			.with(Accounts.login(maker))
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);

		assertThat(jdbc.sql("select kind from whatsapp_muted_kinds where user_id = :id")
			.param("id", maker.getId())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("DISPUTE_FOR_MANUFACTURER", "PROFILE_DECISION");
		assertThat(get(maker, "/manufacturer/whatsapp")).bodyText()
			.contains("Hear about new paid orders")
			.doesNotContain("notice-ORDER_SHIPPED");
		assertThat(get(maker, "/clinic/whatsapp")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult get(User user, String uri) {
		return mvc.get().uri(uri).with(Accounts.login(user)).exchange();
	}

	private MvcTestResult post(User user, String uri, String field, String value) {
		return mvc.post().uri(uri).param(field, value).with(Accounts.login(user)).with(csrf()).exchange();
	}

	private String code(String phone) {
		return jdbc.sql("select message from whatsapp_outbox where phone = :phone and kind = 'VERIFICATION_CODE'")
			.param("phone", phone)
			.query(String.class)
			.single()
			.replaceAll("(?s).*\"text\":\"(\\d{6}) is your Ayurlahi verification code.*", "$1");
	}

}
