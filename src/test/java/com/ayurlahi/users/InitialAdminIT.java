package com.ayurlahi.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.ayurlahi.test.PortalClient;
import com.ayurlahi.test.TestDatabase;

/**
 * The prod profile on PostgreSQL: no demo logins, and the first ADMIN comes from
 * ADMIN_EMAIL/ADMIN_PASSWORD.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { TestDatabase.PURPOSE_PROPERTY + "=initial-admin",
				"JWT_SECRET=prod-like-secret-for-tests-with-enough-bytes", "ADMIN_EMAIL= First.Admin@Ayurlahi.in ",
				"ADMIN_PASSWORD=a long prod admin passphrase", "RAZORPAY_KEY_ID=rzp_test_InitialAdminIT",
				"RAZORPAY_KEY_SECRET=key secret of the prod-like test",
				"RAZORPAY_WEBHOOK_SECRET=webhook secret of the prod-like test",
				// Prod keeps documents in S3 only; nothing is stored here, so the bucket
				// is at a port where nothing listens.
				"AWS_S3_BUCKET=initial-admin-it", "AWS_S3_ENDPOINT=http://127.0.0.1:9", "AWS_S3_PATH_STYLE=true",
				"AWS_ACCESS_KEY_ID=initial-admin-it", "AWS_SECRET_ACCESS_KEY=secret of the prod-like test",
				"PLATFORM_GSTIN=29AAGCB7383J1Z4", "FRONTEND_URL=https://portal.ayurlahi.test" })
@ActiveProfiles("prod")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class InitialAdminIT {

	@Autowired
	UserManagement users;

	@Autowired
	Environment environment;

	@LocalServerPort
	int port;

	@Test
	void createsTheFirstAdminAndNoDemoAccounts() {
		assertThat(users.exists("first.admin@ayurlahi.in")).isTrue();
		assertThat(users.staff("first.admin")).singleElement()
			.satisfies(admin -> assertThat(admin.getRole()).isEqualTo(Role.ADMIN));
		assertThat(users.exists("admin@demo.ayurlahi.in")).isFalse();
	}

	@Test
	void sessionCookiesAreSecure() {
		HttpResponse<String> loginPage = new PortalClient(port).get("/login");

		assertThat(loginPage.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax"));
	}

	@Test
	void logsAreJson() {
		assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
	}

}
