package com.ayurlahi.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gupshup's callbacks through {@code POST /api/webhooks/whatsapp/incoming}: the token,
 * storing each message once and handling it once, consent by STOP and START and by
 * Gupshup's user events, unknown numbers, delivery statuses that only move forward; and
 * verifying a number with the code sent to it.
 */
@IntegrationTest
class WhatsAppWebhookIT {

	static final String TOKEN = "dev-only-whatsapp-webhook-token";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MovableClock clock;

	@Autowired
	UserManagement users;

	@Autowired
	JwtTokens tokens;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void aCallbackWithoutTheRightTokenIsRefusedAndLeavesNothingButACount() {
		String phone = unknownPhone();
		double before = refusedCount();

		assertThat(post(text(phone, "hi"), null)).hasStatus(401);
		assertThat(post(text(phone, "hi"), "wrong-token")).hasStatus(401)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("token");

		assertThat(refusedCount()).isEqualTo(before + 2);
		assertThat(inboundCount(phone)).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entries where action like 'WHATSAPP%' and entity_id = :phone")
			.param("phone", phone)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aRedeliveredMessageIsStoredAndAnsweredOnce() {
		String phone = unknownPhone();
		String body = text(phone, "hi");

		assertThat(post(body, TOKEN)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("accepted");
		assertThat(post(body, TOKEN)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("duplicate");

		awaitHandled(phone, 1);
		assertThat(inboundCount(phone)).isEqualTo(1);
		assertThat(replies(phone)).singleElement().asString().contains("not registered with Ayurlahi");
	}

	@Test
	void nulAndInvisibleCharactersInAMessageAreDroppedNotAFailure() {
		String phone = unknownPhone();
		String body = text(phone, "hi\\u0000 there\\nsecond line").replace("\"name\":\"Dr. Test\"",
				"\"name\":\"Dr.\\u202E Test\\u200B\"");

		assertThat(post(body, TOKEN)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("accepted");

		awaitHandled(phone, 1);
		assertThat(jdbc.sql("select sender_name, text from whatsapp_inbound where phone = :phone")
			.param("phone", phone)
			.query((row, number) -> row.getString(1) + "|" + row.getString(2))
			.single()).isEqualTo("Dr. Test|hi there\nsecond line");
	}

	@Test
	void anUnknownNumberIsPointedToRegistrationOnceADay() {
		String phone = unknownPhone();

		post(text(phone, "hi"), TOKEN);
		post(text(phone, "ORDER SAP-TRI-100 x 5"), TOKEN);
		awaitHandled(phone, 2);
		assertThat(replies(phone)).hasSize(1);

		clock.moveBy(Duration.ofDays(1));
		post(text(phone, "hello?"), TOKEN);
		awaitHandled(phone, 3);
		assertThat(replies(phone)).hasSize(2);
	}

	@Test
	void stopOptsOutAndStartOptsBackInEachLoggedWithItsSource() {
		String phone = unknownPhone();

		post(text(phone, "stop"), TOKEN);
		awaitHandled(phone, 1);
		assertThat(optedOut(phone)).isTrue();
		post(text(phone, "hi"), TOKEN);
		awaitHandled(phone, 2);
		post(text(phone, "START"), TOKEN);
		awaitHandled(phone, 3);

		assertThat(optedOut(phone)).isFalse();
		assertThat(consents(phone)).containsExactly("false/KEYWORD", "true/KEYWORD");
		assertThat(jdbc.sql("select kind from whatsapp_outbox where phone = :phone order by seq")
			.param("phone", phone)
			.query(String.class)
			.list()).as("an acknowledgement each; nothing to the opted-out hi").containsExactly("CONSENT", "CONSENT");
		assertThat(jdbc.sql("select outcome from whatsapp_inbound where phone = :phone and text = 'hi'")
			.param("phone", phone)
			.query(String.class)
			.single()).contains("opted out");
	}

	@Test
	void gupshupsUserEventsChangeConsentAndUnknownTypesAreAnsweredAndIgnored() {
		String phone = unknownPhone();

		assertThat(post(userEvent(phone, "opted-out"), TOKEN)).hasStatusOk();
		assertThat(optedOut(phone)).isTrue();
		assertThat(post(userEvent(phone, "opted-in"), TOKEN)).hasStatusOk();
		assertThat(optedOut(phone)).isFalse();
		assertThat(consents(phone)).containsExactly("false/PROVIDER", "true/PROVIDER");

		assertThat(post("""
				{"app":"AyurlahiApp","timestamp":1764900000000,"version":2,"type":"billing-event","payload":{}}
				""", TOKEN)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("ignored");
		assertThat(post("not json", TOKEN)).hasStatus(400);
	}

	@Test
	void deliveryStatusesOnlyMoveForward() {
		String phone = unknownPhone();
		String providerId = "gs-" + UUID.randomUUID();
		jdbc.sql("""
				insert into whatsapp_outbox (id, phone, kind, message, status, attempts, next_attempt_at, provider_id,
				                             created_at, updated_at)
				values (:id, :phone, 'REPLY', '{"type":"text","destination":"x","text":"x"}', 'ENQUEUED', 1,
				        current_timestamp, :providerId, current_timestamp, current_timestamp)
				""").param("id", UUID.randomUUID()).param("phone", phone).param("providerId", providerId).update();

		post(event(phone, providerId, "read", null), TOKEN);
		post(event(phone, providerId, "delivered", null), TOKEN);
		post(event(phone, providerId, "sent", null), TOKEN);

		assertThat(status(providerId)).isEqualTo("READ");
		assertThat(jdbc.sql("select whatsapp_id from whatsapp_outbox where provider_id = :id")
			.param("id", providerId)
			.query(String.class)
			.single()).isEqualTo("wamid-" + providerId);
	}

	@Test
	void aFailedDeliveryIsFinalAndKeepsItsCodeAndReason() {
		String phone = unknownPhone();
		String providerId = "gs-" + UUID.randomUUID();
		jdbc.sql("""
				insert into whatsapp_outbox (id, phone, kind, message, status, attempts, next_attempt_at, provider_id,
				                             created_at, updated_at)
				values (:id, :phone, 'REPLY', '{"type":"text","destination":"x","text":"x"}', 'ENQUEUED', 1,
				        current_timestamp, :providerId, current_timestamp, current_timestamp)
				""").param("id", UUID.randomUUID()).param("phone", phone).param("providerId", providerId).update();

		post(event(phone, providerId, "failed", "1006"), TOKEN);
		post(event(phone, providerId, "delivered", null), TOKEN);

		assertThat(status(providerId)).isEqualTo("FAILED");
		assertThat(jdbc.sql("select error_code || ' ' || error_reason from whatsapp_outbox where provider_id = :id")
			.param("id", providerId)
			.query(String.class)
			.single()).isEqualTo("1006 User is not opted in");
	}

	@Test
	void aClinicVerifiesItsNumberWithTheCodeSentToItAndAWrongCodeUsesATry() {
		User clinic = Accounts.create(users, Role.CLINIC);
		Api api = new Api(mvc, tokens);
		String mobile = Accounts.uniqueMobile();
		String phone = mobile.substring(1);

		assertThat(api.post(clinic, "/api/clinics/me/whatsapp", "{\"phone\":\"12345\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("phone");
		assertThat(api.post(clinic, "/api/clinics/me/whatsapp", "{\"phone\":\"" + mobile + "\"}")).hasStatus(202)
			.bodyJson()
			.extractingPath("$.codePending")
			.isEqualTo(true);
		String code = jdbc
			.sql("select message from whatsapp_outbox where phone = :phone and kind = 'VERIFICATION_CODE'")
			.param("phone", phone)
			.query(String.class)
			.single()
			.replaceAll("(?s).*\"text\":\"(\\d{6}) is your Ayurlahi verification code.*", "$1");
		assertThat(code).hasSize(6);
		String wrong = code.equals("000000") ? "111111" : "000000";

		assertThat(api.post(clinic, "/api/clinics/me/whatsapp/verify", "{\"code\":\"" + wrong + "\"}")).hasStatus(400)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.errors[0].field").isEqualTo("code");
				assertThat(json).extractingPath("$.errors[0].message").asString().contains("4 tries left");
			});
		assertThat(api.post(clinic, "/api/clinics/me/whatsapp/verify", "{\"code\":\"" + code + "\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.verified")
			.isEqualTo(true);

		assertThat(jdbc.sql("select verified_phone from whatsapp_numbers where user_id = :id")
			.param("id", clinic.getId())
			.query(String.class)
			.single()).isEqualTo(phone);
		assertThat(consents(phone)).containsExactly("true/VERIFICATION");
		assertThat(jdbc
			.sql("select count(*) from audit_entries where action = 'WHATSAPP_NUMBER_VERIFIED' and entity_id = :id")
			.param("id", clinic.getId().toString())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(api.post(clinic, "/api/manufacturers/me/whatsapp", "{\"phone\":\"" + mobile + "\"}")).hasStatus(403);

		assertThat(api.get(clinic, "/api/manufacturers/me/whatsapp")).hasStatus(403);
		assertThat(api.get(clinic, "/api/clinics/me/whatsapp")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.phone")
			.isEqualTo(mobile);

		User other = Accounts.create(users, Role.CLINIC);
		assertThat(api.post(other, "/api/clinics/me/whatsapp", "{\"phone\":\"" + mobile + "\"}")).hasStatus(409);
	}

	@Test
	void aCodeExpiresAfterTenMinutesAndFiveWrongCodesUseItUp() {
		User clinic = Accounts.create(users, Role.CLINIC);
		Api api = new Api(mvc, tokens);
		String mobile = Accounts.uniqueMobile();
		api.post(clinic, "/api/clinics/me/whatsapp", "{\"phone\":\"" + mobile + "\"}");

		for (int i = 0; i < 5; i++) {
			api.post(clinic, "/api/clinics/me/whatsapp/verify", "{\"code\":\"999999\"}");
		}
		assertThat(api.post(clinic, "/api/clinics/me/whatsapp/verify", "{\"code\":\"999999\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("ask for a new one");

		clock.moveBy(Duration.ofMinutes(11));
		api.post(clinic, "/api/clinics/me/whatsapp", "{\"phone\":\"" + mobile + "\"}");
		clock.moveBy(Duration.ofMinutes(11));
		assertThat(api.post(clinic, "/api/clinics/me/whatsapp/verify", "{\"code\":\"999999\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("expired");
	}

	private MvcTestResult post(String body, String token) {
		return mvc.post()
			.uri(token == null ? "/api/webhooks/whatsapp/incoming" : "/api/webhooks/whatsapp/incoming?token=" + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	static String unknownPhone() {
		return "9197" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
	}

	static String text(String phone, String text) {
		return """
				{"app":"AyurlahiApp","timestamp":1764900000000,"version":2,"type":"message",
				 "payload":{"id":"wamid.%s","source":"%s","type":"text","payload":{"text":"%s"},
				            "sender":{"phone":"%s","name":"Dr. Test","country_code":"91","dial_code":"%s"}}}
				""".formatted(UUID.randomUUID(), phone, text, phone, phone.substring(2));
	}

	static String userEvent(String phone, String type) {
		return """
				{"app":"AyurlahiApp","timestamp":1764900000000,"version":2,"type":"user-event",
				 "payload":{"phone":"%s","type":"%s"}}
				""".formatted(phone, type);
	}

	static String event(String phone, String providerId, String type, String code) {
		String id = type.equals("failed") || type.equals("enqueued") ? providerId : "wamid-" + providerId;
		String inner = code == null ? "{\"ts\":1764900001}"
				: "{\"code\":" + code + ",\"reason\":\"User is not opted in\"}";
		return """
				{"app":"AyurlahiApp","timestamp":1764900001000,"version":2,"type":"message-event",
				 "payload":{"id":"%s","gsId":"%s","type":"%s","destination":"%s","payload":%s}}
				""".formatted(id, providerId, type, phone, inner);
	}

	private void awaitHandled(String phone, int count) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("select count(*) from whatsapp_inbound where phone = :phone and handled_at is not null")
				.param("phone", phone)
				.query(Integer.class)
				.single() == count);
	}

	private List<String> replies(String phone) {
		return jdbc.sql("select message from whatsapp_outbox where phone = :phone and kind = 'REPLY' order by seq")
			.param("phone", phone)
			.query(String.class)
			.list();
	}

	private int inboundCount(String phone) {
		return jdbc.sql("select count(*) from whatsapp_inbound where phone = :phone")
			.param("phone", phone)
			.query(Integer.class)
			.single();
	}

	private boolean optedOut(String phone) {
		return jdbc.sql("select opted_out from whatsapp_contacts where phone = :phone")
			.param("phone", phone)
			.query(Boolean.class)
			.single();
	}

	private List<String> consents(String phone) {
		return jdbc.sql("select opted_in, source from whatsapp_consents where phone = :phone order by recorded_at, id")
			.param("phone", phone)
			.query((row, n) -> row.getBoolean(1) + "/" + row.getString(2))
			.list();
	}

	private String status(String providerId) {
		return jdbc.sql("select status from whatsapp_outbox where provider_id = :id")
			.param("id", providerId)
			.query(String.class)
			.single();
	}

	private double refusedCount() {
		var counter = meters.find("ayurlahi.whatsapp.callbacks.refused").counter();
		return counter == null ? 0 : counter.count();
	}

}
