package com.ayurlahi.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.mail.mailbox.DevMailbox;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.PortalClient;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;
import com.jayway.jsonpath.JsonPath;

/**
 * Revocable tokens, change password and forgotten passwords, end to end: the API, the
 * pages, the embedded mailbox and the WhatsApp outbox, the database's rows and the audit.
 */
@IntegrationTest
class AccountRecoveryIT {

	private static final Pattern RESET_LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");

	private static final String NEW_PASSWORD = "monsoon rain over the western ghats";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DevMailbox mailbox;

	@LocalServerPort
	int port;

	@Test
	void aTokenStopsWorkingWhenTheAccountIsSuspendedAndANewOneWorksAfterReinstatement() {
		User clinic = Accounts.create(users, Role.CLINIC);
		User admin = Accounts.create(users, Role.ADMIN);
		String token = login(clinic.getEmail(), Accounts.PASSWORD);
		assertThat(me(token)).hasStatusOk();

		assertThat(
				post("/api/admin/users/" + clinic.getId() + "/suspend", login(admin.getEmail(), Accounts.PASSWORD), ""))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.enabled")
			.isEqualTo(false);

		assertThat(me(token)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(post("/api/auth/login", null, credentials(clinic.getEmail(), Accounts.PASSWORD)))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(audit(clinic.getId())).contains("ACCOUNT_SUSPENDED");

		post("/api/admin/users/" + clinic.getId() + "/reinstate", login(admin.getEmail(), Accounts.PASSWORD), "");
		assertThat(me(token)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(me(login(clinic.getEmail(), Accounts.PASSWORD))).hasStatusOk();
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndRevokesTheTokens() {
		User maker = Accounts.create(users, Role.MANUFACTURER);
		String token = login(maker.getEmail(), Accounts.PASSWORD);

		MvcTestResult wrong = post("/api/auth/change-password", token,
				"{\"currentPassword\": \"not it at all\", \"newPassword\": \"" + NEW_PASSWORD + "\"}");
		assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(wrong).bodyText().contains("currentPassword");
		MvcTestResult weak = post("/api/auth/change-password", token,
				"{\"currentPassword\": \"" + Accounts.PASSWORD + "\", \"newPassword\": \"password\"}");
		assertThat(weak).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(weak).bodyText().contains("newPassword");
		assertThat(me(token)).hasStatusOk();

		assertThat(post("/api/auth/change-password", token,
				"{\"currentPassword\": \"" + Accounts.PASSWORD + "\", \"newPassword\": \"" + NEW_PASSWORD + "\"}"))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(me(token)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(post("/api/auth/login", null, credentials(maker.getEmail(), Accounts.PASSWORD)))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(me(login(maker.getEmail(), NEW_PASSWORD))).hasStatusOk();
		assertThat(audit(maker.getId())).contains("PASSWORD_CHANGED");
	}

	@Test
	void changingThePasswordInThePortalKeepsThisSessionAndEndsTheOthers() {
		User clinic = Accounts.create(users, Role.CLINIC);
		PortalClient here = new PortalClient(port);
		PortalClient elsewhere = new PortalClient(port);
		here.signIn(clinic.getEmail(), Accounts.PASSWORD);
		elsewhere.signIn(clinic.getEmail(), Accounts.PASSWORD);

		HttpResponse<String> wrong = here.postForm("/account/password", "/account/password",
				Map.of("currentPassword", "not my password", "newPassword", NEW_PASSWORD));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("This is not your current password.");

		HttpResponse<String> changed = here.postForm("/account/password", "/account/password",
				Map.of("currentPassword", Accounts.PASSWORD, "newPassword", NEW_PASSWORD));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(here.get("/clinic").body()).contains("Your password is changed.");
		assertThat(elsewhere.get("/clinic").statusCode()).isEqualTo(302);
	}

	@Test
	void aForgottenPasswordIsResetOnceWithTheLinkFromTheEmailAndEndsTheSessions() {
		User clinic = Accounts.create(users, Role.CLINIC);
		PortalClient signedIn = new PortalClient(port);
		signedIn.signIn(clinic.getEmail(), Accounts.PASSWORD);
		PortalClient browser = new PortalClient(port);

		HttpResponse<String> asked = browser.postForm("/forgot-password", "/forgot-password",
				Map.of("email", clinic.getEmail().toUpperCase(), "channel", "EMAIL"));

		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(browser.get("/login").body()).contains("we have sent it an email with a link");
		String token = await().atMost(Duration.ofSeconds(20))
			.until(() -> linkIn(clinic.getEmail()), found -> found != null);
		assertThat(jdbc.sql("select count(*) from password_resets where secret_hash = :token")
			.param("token", token)
			.query(Integer.class)
			.single()).as("only the token's hash is kept").isZero();
		assertThat(browser.get("/reset-password?token=" + token).body()).contains("Set a new password")
			.doesNotContain("link-broken");

		HttpResponse<String> weak = browser.postForm("/reset-password?token=" + token, "/reset-password",
				Map.of("token", token, "newPassword", "password"));
		assertThat(weak.body()).contains("most common");
		HttpResponse<String> reset = browser.postForm("/reset-password?token=" + token, "/reset-password",
				Map.of("token", token, "newPassword", NEW_PASSWORD));

		assertThat(reset.statusCode()).isEqualTo(302);
		assertThat(signedIn.get("/clinic").statusCode()).as("the other session ended").isEqualTo(302);
		assertThat(new PortalClient(port).signIn(clinic.getEmail(), NEW_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith("/clinic"));
		assertThat(browser.get("/reset-password?token=" + token).body()).contains("link-broken");
		assertThat(audit(clinic.getId())).contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET");
	}

	@Test
	void theAnswerIsTheSameForAnAddressWithoutAnAccountAndNothingIsSent() {
		String nobody = Accounts.uniqueEmail("nobody");
		PortalClient browser = new PortalClient(port);

		HttpResponse<String> asked = browser.postForm("/forgot-password", "/forgot-password",
				Map.of("email", nobody, "channel", "EMAIL"));

		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
		assertThat(browser.get("/login").body()).contains("If an account uses " + nobody);
		assertThat(mailbox.to(nobody)).isEmpty();
	}

	@Test
	void oneAddressMayAskForOnlyAFewResetsAnHour() {
		User clinic = Accounts.create(users, Role.CLINIC);
		PortalClient browser = new PortalClient(port);
		for (int i = 0; i < 3; i++) {
			assertThat(browser
				.postForm("/forgot-password", "/forgot-password",
						Map.of("email", clinic.getEmail(), "channel", "EMAIL"))
				.statusCode()).isEqualTo(302);
		}

		HttpResponse<String> fourth = browser.postForm("/forgot-password", "/forgot-password",
				Map.of("email", clinic.getEmail(), "channel", "EMAIL"));

		assertThat(fourth.statusCode()).isEqualTo(200);
		assertThat(fourth.body()).contains("Too many password reset requests");
		assertThat(jdbc.sql("select count(*) from password_resets where user_id = :id")
			.param("id", clinic.getId())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aCodeOnTheVerifiedWhatsAppNumberResetsThePasswordWithFiveTriesAtMost() {
		User clinic = Accounts.create(users, Role.CLINIC);
		String phone = "91" + Accounts.uniqueMobile().substring(3);
		jdbc.sql("""
				insert into whatsapp_numbers (user_id, phone, verified_phone, verified_at, tries_left, updated_at)
				values (:user, :phone, :phone, :at, 5, :at)
				""")
			.param("user", clinic.getId())
			.param("phone", phone)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		PortalClient browser = new PortalClient(port);

		HttpResponse<String> asked = browser.postForm("/forgot-password", "/forgot-password",
				Map.of("email", clinic.getEmail(), "channel", "WHATSAPP"));

		assertThat(asked.headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).contains("/reset-password/code"));
		String values = jdbc.sql("select template_values from whatsapp_outbox where user_id = :user and phone = :phone")
			.param("user", clinic.getId())
			.param("phone", phone)
			.query(String.class)
			.single();
		String code = JsonPath.read(values, "$.code");
		String wrongCode = code.equals("000000") ? "111111" : "000000";
		HttpResponse<String> wrong = browser.postForm("/reset-password/code", "/reset-password/code",
				Map.of("email", clinic.getEmail(), "code", wrongCode, "newPassword", NEW_PASSWORD));
		assertThat(wrong.body()).contains("Wrong code: 4 tries left.");

		HttpResponse<String> reset = browser.postForm("/reset-password/code", "/reset-password/code",
				Map.of("email", clinic.getEmail(), "code", code, "newPassword", NEW_PASSWORD));

		assertThat(reset.statusCode()).isEqualTo(302);
		assertThat(new PortalClient(port).signIn(clinic.getEmail(), NEW_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith("/clinic"));
		assertThat(browser
			.postForm("/reset-password/code", "/reset-password/code",
					Map.of("email", clinic.getEmail(), "code", code, "newPassword", "another long passphrase"))
			.body()).as("a code works once").contains("Wrong or expired code");
	}

	@Test
	void anAdminSendsAResetLinkToAnyUser() {
		User maker = Accounts.create(users, Role.MANUFACTURER);
		User admin = Accounts.create(users, Role.ADMIN);
		User support = Accounts.create(users, Role.SUPPORT);

		assertThat(post("/api/admin/users/" + maker.getId() + "/password-reset",
				login(support.getEmail(), Accounts.PASSWORD), ""))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("/api/admin/users/" + maker.getId() + "/password-reset",
				login(admin.getEmail(), Accounts.PASSWORD), ""))
			.hasStatus(HttpStatus.ACCEPTED);

		await().atMost(Duration.ofSeconds(20)).until(() -> linkIn(maker.getEmail()), found -> found != null);
		assertThat(mailbox.to(maker.getEmail()).get(0).text()).contains("The Ayurlahi team sent you this link");
		assertThat(audit(maker.getId())).contains("PASSWORD_RESET_SENT");
	}

	private String linkIn(String email) {
		return mailbox.to(email).stream().findFirst().map(mail -> {
			Matcher link = RESET_LINK.matcher(mail.text());
			return link.find() ? link.group(1) : null;
		}).orElse(null);
	}

	private List<String> audit(UUID userId) {
		return jdbc.sql("select action from audit_entries where entity_type = 'User' and entity_id = :id")
			.param("id", userId.toString())
			.query(String.class)
			.list();
	}

	private String login(String email, String password) {
		MvcTestResult login = post("/api/auth/login", null, credentials(email, password));
		assertThat(login).hasStatusOk();
		return JsonPath.read(new String(login.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
				"$.accessToken");
	}

	private MvcTestResult me(String token) {
		return mvc.get().uri("/api/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	private MvcTestResult post(String path, String token, String json) {
		var request = mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return request.exchange();
	}

	private static String credentials(String email, String password) {
		return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}";
	}

}
