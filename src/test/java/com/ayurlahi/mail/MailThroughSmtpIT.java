package com.ayurlahi.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.ayurlahi.mail.mailbox.DevMailbox;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.PortalClient;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * With MAIL_HOST set, email goes through a real SMTP server (GreenMail, in the test's
 * process) instead of the embedded mailbox: a reset asked for on the page arrives there
 * with its link, sent after the request's transaction from the outbox, whose row is then
 * gone.
 */
@IntegrationTest
class MailThroughSmtpIT {

	/**
	 * Started before the application context, which reads its port (and stopped with the
	 * class; the context is this class's own).
	 */
	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("ayurlahi.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("spring.mail.properties[mail.smtp.auth]", () -> "false");
		registry.add("spring.mail.properties[mail.smtp.starttls.enable]", () -> "false");
	}

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void aResetLinkIsSentThroughTheSmtpServer() throws Exception {
		User clinic = Accounts.create(users, Role.CLINIC);

		HttpResponse<String> asked = new PortalClient(port).postForm("/forgot-password", "/forgot-password",
				Map.of("email", clinic.getEmail(), "channel", "EMAIL"));

		assertThat(asked.statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> smtp.getReceivedMessagesForDomain(domainOf(clinic)).length > 0);
		MimeMessage received = smtp.getReceivedMessagesForDomain(domainOf(clinic))[0];
		assertThat(received.getAllRecipients()[0].toString()).isEqualTo(clinic.getEmail());
		assertThat(received.getSubject()).isEqualTo("Reset your Ayurlahi password");
		assertThat(received.getFrom()[0].toString()).contains("no-reply@ayurlahi.in");
		assertThat(GreenMailUtil.getBody(received)).contains("http://localhost:" + port + "/reset-password?token=");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from mail_outbox where recipient = :to")
				.param("to", clinic.getEmail())
				.query(Integer.class)
				.single() == 0);
		assertThat(context.getBeanNamesForType(DevMailbox.class)).isEmpty();
	}

	private static String domainOf(User user) {
		return user.getEmail().substring(user.getEmail().indexOf('@') + 1);
	}

}
