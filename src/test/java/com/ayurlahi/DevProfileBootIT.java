package com.ayurlahi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.jobs.JobRun;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.notifications.NotificationCenter;
import com.ayurlahi.storage.ObjectStorage;
import com.ayurlahi.subscriptions.Entitlement.Source;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions;
import com.ayurlahi.test.PortalClient;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;
import com.ayurlahi.whatsapp.OutboundMessage;

import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code ./mvnw spring-boot:run} starts: the default (dev) profile, an embedded H2
 * file database with every migration applied, the demo data and documents in a folder of
 * the data directory; and the modules' own SQL works on H2 as on PostgreSQL. Only the
 * data directory is moved into {@code target/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "ayurlahi.data-dir=./target/dev-profile-boot-it/${random.uuid}")
class DevProfileBootIT {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	UserManagement users;

	@Autowired
	NotificationCenter notifications;

	@Autowired
	AuditLog auditLog;

	@Autowired
	ObjectStorage documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Plans plans;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Entitlements entitlements;

	@Autowired
	SandboxSubscriptions sandbox;

	@Autowired
	JobRunner jobs;

	@Test
	void theDatabaseWorkOfEveryModuleRunsOnH2Too() {
		PortalClient browser = new PortalClient(port);
		HttpResponse<String> wrongPassword = browser.signIn("support@demo.ayurlahi.in", "not the password");
		assertThat(wrongPassword.statusCode()).isEqualTo(302);
		assertThat(wrongPassword.headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith("/login?error"));

		var owner = users.findByEmail("pending.clinic@demo.ayurlahi.in").orElseThrow();
		var admin = users.findByEmail("admin@demo.ayurlahi.in").orElseThrow();
		var clinic = clinics.findOwnedBy(owner.getId()).orElseThrow();
		clinics.approve(clinic.getId(), AuthenticatedUser.actingAs(admin));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(notifications.unread(owner.getId(), 5))
				.anySatisfy(note -> assertThat(note.message()).contains("has been approved")));
		assertThat(auditLog.verifyChain().isIntact()).isTrue();
	}

	@Test
	void theDashboardsReadTheDemosMonthOnH2Too() {
		PortalClient admin = new PortalClient(port);
		admin.signIn("admin@demo.ayurlahi.in", "Demo@12345");
		PortalClient maker = new PortalClient(port);
		maker.signIn("maker@demo.ayurlahi.in", "Demo@12345");
		PortalClient clinic = new PortalClient(port);
		clinic.signIn("clinic@demo.ayurlahi.in", "Demo@12345");

		HttpResponse<String> team = admin.get("/admin");
		HttpResponse<String> manufacturer = maker.get("/manufacturer");
		HttpResponse<String> clinicHome = clinic.get("/clinic");

		assertThat(team.statusCode()).isEqualTo(200);
		assertThat(team.body()).contains("Needs action now", "Paid orders per day", "Top manufacturers by value");
		assertThat(manufacturer.statusCode()).isEqualTo(200);
		assertThat(manufacturer.body()).contains("Orders to pack and ship", "Sales and payouts per day");
		assertThat(clinicHome.statusCode()).isEqualTo(200);
		assertThat(clinicHome.body()).contains("Orders on their way", "Your plan this month");
		assertThat(jdbc.sql("""
				select count(distinct sales_day) from daily_sales where sales_day < current_date""")
			.query(Long.class)
			.single()).as("days of the demo's past month with sales, from H2's view of the ledger").isGreaterThan(10);
	}

	@Test
	void theWhatsAppConsoleReadsAndRetriesOnH2Too() {
		String phone = "919700000001";
		UUID failed = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into whatsapp_inbound (id, provider_id, phone, kind, text, sent_at, received_at)
				values (:id, 'wamid.boot', :phone, 'TEXT', 'hello on H2', :now, :now)
				""").param("id", UUID.randomUUID()).param("phone", phone).param("now", now).update();
		jdbc.sql("""
				insert into whatsapp_outbox (id, phone, kind, message, status, attempts, next_attempt_at, error_code,
				                             error_reason, created_at, updated_at)
				values (:id, :phone, 'ORDER_PLACED', :message, 'FAILED', 1, :now, '1002',
				        'The number is not on WhatsApp.', :now, :now)
				""")
			.param("id", failed)
			.param("phone", phone)
			.param("message", JsonMapper.shared().writeValueAsString(new OutboundMessage.Text(phone, "Pay here")))
			.param("now", now)
			.update();
		jdbc.sql("""
				insert into whatsapp_consents (id, phone, opted_in, source, recorded_at)
				values (:id, :phone, false, 'KEYWORD', :now)
				""").param("id", UUID.randomUUID()).param("phone", phone).param("now", now).update();
		PortalClient browser = new PortalClient(port);
		browser.signIn("admin@demo.ayurlahi.in", "Demo@12345");

		for (String page : List.of("/admin/whatsapp", "/admin/whatsapp/conversations?phone=" + phone,
				"/admin/whatsapp/conversations/" + phone, "/admin/whatsapp/messages?direction=OUT&status=FAILED",
				"/admin/whatsapp/outbox", "/admin/whatsapp/consents?phone=" + phone)) {
			assertThat(browser.get(page).statusCode()).as(page).isEqualTo(200);
		}
		assertThat(browser.get("/admin/whatsapp/messages?phone=" + phone).body()).contains("hello on H2", "Pay here",
				"The number is not on WhatsApp.");
		HttpResponse<String> retried = browser.postForm("/admin/whatsapp/outbox",
				"/admin/whatsapp/outbox/" + failed + "/retry", Map.of());
		assertThat(retried.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from audit_entries where entity_id = :id")
			.param("id", failed.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theTeamsSubscriptionPagesReadAndGrantOnH2Too() {
		var admin = users.findByEmail("admin@demo.ayurlahi.in").orElseThrow();
		var clinic = Profiles.approvedClinic(users, clinics, IndianState.GOA).clinic();
		Instant start = Instant.now().minus(Duration.ofDays(40));
		Subscription subscription = Subscription.create(clinic.getId(),
				plans.findFirstByCodeOrderByVersionDesc("CLINIC").orElseThrow(), start, null, null, null,
				Actor.system(), start);
		subscription.authenticated("UPI", start, start);
		subscription.active(start, start.plus(Duration.ofDays(30)), null, 1, "UPI", start, start);
		subscription.pending(Instant.now().minus(Duration.ofDays(1)), Instant.now().minus(Duration.ofDays(1)));
		subscriptions.save(subscription);
		PortalClient browser = new PortalClient(port);
		browser.signIn(admin.getEmail(), "Demo@12345");

		for (String page : List.of("/admin/subscriptions", "/admin/subscriptions/subscribers?status=PAST_DUE",
				"/admin/subscriptions/past-due", "/admin/subscriptions/plans",
				"/admin/subscriptions/clinics/" + clinic.getId())) {
			assertThat(browser.get(page).statusCode()).as(page).isEqualTo(200);
		}
		assertThat(browser.get("/admin/subscriptions/past-due").body()).contains(clinic.getName());
		HttpResponse<String> granted = browser.postForm("/admin/subscriptions/clinics/" + clinic.getId(),
				"/admin/subscriptions/clinics/" + clinic.getId() + "/grants",
				Map.of("planId", "0a7b0000-0000-4000-8000-000000000003", "until",
						LocalDate.now(IndianTime.ZONE).plusDays(10).toString(), "reason", "Grant on H2"));
		assertThat(granted.statusCode()).isEqualTo(302);
		assertThat(browser.get("/admin/subscriptions").body()).contains("Grant on H2");
	}

	@Test
	void theDemoSubscriptionsAreInTheSandboxWithTheirInvoices() {
		var demo = clinicOf("clinic@demo.ayurlahi.in");
		var plus = entitlements.of(demo);
		assertThat(plus.plan().getCode()).isEqualTo("CLINIC_PLUS");
		assertThat(plus.source()).isEqualTo(Source.SUBSCRIPTION);
		assertThat(plus.plan().getFeatures().whatsappOrdering()).isTrue();
		var paid = subscriptions.findByClinicIdOrderByCreatedAtDesc(demo).getFirst();
		assertThat(paid.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(paid.getPaymentMethod()).isEqualTo("UPI");
		assertThat(paid.getPaidCount()).isEqualTo(2);
		assertThat(Duration.between(Instant.now(), paid.getCurrentEnd())).isBetween(Duration.ofDays(14),
				Duration.ofDays(15));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select i.total, i.cgst, i.sgst, i.igst from invoices i
					join subscription_charges c on c.id = i.subscription_charge_id
					where i.clinic_id = :clinic and i.kind = 'SUBSCRIPTION_INVOICE'""")
				.param("clinic", demo)
				.query((row, n) -> List.of(row.getBigDecimal(1), row.getBigDecimal(2), row.getBigDecimal(3),
						row.getBigDecimal(4)))
				.list()).hasSize(2)
				.allSatisfy(amounts -> assertThat(amounts).extracting(Object::toString)
					.containsExactly("2948.82", "224.91", "224.91", "0.00")));
		assertThat(sandbox.fetch(paid.getGatewaySubscriptionId()).status()).isEqualTo("active");

		var pastDue = clinicOf("pastdue.clinic@demo.ayurlahi.in");
		var owed = subscriptions.findByClinicIdOrderByCreatedAtDesc(pastDue).getFirst();
		assertThat(owed.getStatus()).isEqualTo(SubscriptionStatus.PAST_DUE);
		assertThat(entitlements.of(pastDue).source()).isEqualTo(Source.PAST_DUE);
		assertThat(Duration.between(Instant.now(), owed.getPastDueSince().plus(Duration.ofDays(7))))
			.isBetween(Duration.ofDays(3), Duration.ofDays(4));
		assertThat(sandbox.fetch(owed.getGatewaySubscriptionId()).status()).isEqualTo("pending");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select igst from invoices where clinic_id = :clinic and kind = 'SUBSCRIPTION_INVOICE'""")
				.param("clinic", pastDue)
				.query(String.class)
				.list()).containsExactly("179.82"));

		assertThat(entitlements.of(clinicOf("pending.clinic@demo.ayurlahi.in")).source()).isEqualTo(Source.TRIAL);
	}

	private UUID clinicOf(String ownerEmail) {
		return clinics.findOwnedBy(users.findByEmail(ownerEmail).orElseThrow().getId()).orElseThrow().getId();
	}

	@Test
	void keepsDocumentsInTheDataDirectory() {
		assertThat(environment.getProperty("ayurlahi.storage.root"))
			.matches("\\./target/dev-profile-boot-it/[^/]+/documents");

		documents.put("boot-check/hello.txt", "hello".getBytes(UTF_8), "text/plain");

		assertThat(documents.get("boot-check/hello.txt")).asString(UTF_8).isEqualTo("hello");
	}

	@Test
	void startsOnH2WithTheDemoLogins() {
		assertThat(environment.getActiveProfiles()).isEmpty();
		assertThat(environment.getDefaultProfiles()).containsExactly("dev");
		assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:");

		PortalClient browser = new PortalClient(port);
		HttpResponse<String> login = browser.signIn("clinic@demo.ayurlahi.in", "Demo@12345");

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith("/clinic"));
		assertThat(browser.get("/clinic").body()).contains("Welcome, <span>Dr. Lakshmi Varma</span>");
	}

	@Test
	void theSignInRecordsCleanUpRunsOnH2Too() {
		jdbc.sql("""
				insert into login_lockouts (email, failed_attempts, window_started_at)
				values ('long-ago@test.ayurlahi.in', 1, :longAgo)
				""").param("longAgo", Timestamp.from(Instant.now().minus(Duration.ofDays(2)))).update();

		JobRun run = jobs.run("sign-in-records-clean-up").orElseThrow();

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(jdbc.sql("select count(*) from login_lockouts where email = 'long-ago@test.ayurlahi.in'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDemoClinicOrdersOnWhatsAppOnH2() {
		String clinicNumber = "919800000003";

		whatsApp(message(clinicNumber, "text", "{\"text\":\"hi\"}"));
		whatsApp(message(clinicNumber, "text", "{\"text\":\"ORDER SAP-TRI-100 x 3, VHF-BAL-450 x 2\"}"));
		whatsApp(message(clinicNumber, "text", "{\"text\":\"CHECKOUT\"}"));
		awaitHandled(clinicNumber, 3);
		whatsApp(message(clinicNumber, "button_reply",
				"{\"title\":\"Place orders\",\"id\":\"\",\"reply\":\"Place orders\","
						+ "\"postbackText\":\"CONFIRM-CHECKOUT\"}"));
		awaitHandled(clinicNumber, 4);

		assertThat(jdbc.sql("select outcome from whatsapp_inbound where phone = :phone order by received_at")
			.param("phone", clinicNumber)
			.query(String.class)
			.list()).noneMatch(outcome -> outcome.startsWith("Failed"));
		assertThat(jdbc.sql("select count(*) from orders where source = 'WHATSAPP'").query(Integer.class).single())
			.as(() -> String.join("\n",
					jdbc.sql("select message from whatsapp_outbox where phone = :phone order by seq")
						.param("phone", clinicNumber)
						.query(String.class)
						.list()))
			.isEqualTo(2);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from payment_links where status = 'ISSUED'")
				.query(Integer.class)
				.single() == 2);
		await().atMost(Duration.ofSeconds(10))
			.alias("each order's payment link sent to the clinic")
			.until(() -> jdbc.sql("select count(*) from whatsapp_outbox where phone = :phone and kind = 'ORDER_PLACED'")
				.param("phone", clinicNumber)
				.query(Integer.class)
				.single() == 2);
	}

	private void whatsApp(String body) {
		HttpResponse<String> answer = new PortalClient(port)
			.postJson("/api/webhooks/whatsapp/incoming?token=dev-only-whatsapp-webhook-token", body);
		assertThat(answer.statusCode()).isEqualTo(200);
	}

	private static String message(String phone, String type, String payload) {
		return """
				{"app":"AyurlahiDev","timestamp":1764900000000,"version":2,"type":"message",
				 "payload":{"id":"wamid.%s","source":"%s","type":"%s","payload":%s,
				            "sender":{"phone":"%s","name":"Dr. Lakshmi Varma","country_code":"91","dial_code":"%s"}}}
				""".formatted(java.util.UUID.randomUUID(), phone, type, payload, phone, phone.substring(2));
	}

	private void awaitHandled(String phone, int count) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("select count(*) from whatsapp_inbound where phone = :phone and handled_at is not null")
				.param("phone", phone)
				.query(Integer.class)
				.single() == count);
	}

}
