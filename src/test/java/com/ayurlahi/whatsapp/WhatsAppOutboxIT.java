package com.ayurlahi.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.whatsapp.internal.Contacts;
import com.ayurlahi.whatsapp.internal.Outbox;
import com.ayurlahi.whatsapp.internal.OutboxSender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The outbox drained to Gupshup (a local HTTP fake standing in for it): a provider that
 * is down keeps every message, in order per number, until it is back, and then each goes
 * once; a refusal is final; outside the 24-hour window a notification goes as its
 * template, or not at all without one; an opted-out number gets nothing; the rate holds.
 * The scheduled sender is slowed down here so that the test drains the outbox itself.
 */
@IntegrationTest
class WhatsAppOutboxIT {

	static final WireMockServer gupshup = new WireMockServer(options().dynamicPort());

	static {
		gupshup.start();
	}

	@DynamicPropertySource
	static void gupshupSettings(DynamicPropertyRegistry registry) {
		registry.add("ayurlahi.whatsapp.api-url", () -> gupshup.baseUrl() + "/wa/api/v1");
		registry.add("ayurlahi.whatsapp.api-key", () -> "outbox-test-key");
		registry.add("ayurlahi.whatsapp.source-name", () -> "AyurlahiTest");
		registry.add("ayurlahi.whatsapp.business-number", () -> "917834811114");
		registry.add("ayurlahi.whatsapp.outbox.poll-interval", () -> "1h");
		registry.add("ayurlahi.whatsapp.outbox.rate-per-second", () -> "5");
		registry.add("ayurlahi.whatsapp.templates.ORDER_SHIPPED.id", () -> "tmpl-order-shipped");
		registry.add("ayurlahi.whatsapp.templates.ORDER_DELIVERED.id", () -> "");
	}

	@AfterAll
	static void stopGupshup() {
		gupshup.stop();
	}

	@Autowired
	OutboxSender sender;

	@Autowired
	Outbox outbox;

	@Autowired
	Contacts contacts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@BeforeEach
	void gupshupTakesMessages() {
		gupshup.resetAll();
		gupshup.stubFor(post(urlEqualTo("/wa/api/v1/msg")).willReturn(accepted()));
		gupshup.stubFor(post(urlEqualTo("/wa/api/v1/template/msg")).willReturn(accepted()));
		sender.drain();
		gupshup.resetRequests();
	}

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void whileGupshupIsDownMessagesWaitAndThenGoOnceEachInOrderPerNumber() {
		String first = phone();
		String second = phone();
		gupshup.stubFor(post(urlEqualTo("/wa/api/v1/msg")).inScenario("outage")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody("{\"status\":\"error\",\"message\":\"down\"}"))
			.willSetStateTo("still down"));
		gupshup.stubFor(post(urlEqualTo("/wa/api/v1/msg")).inScenario("outage")
			.whenScenarioStateIs("still down")
			.willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("back"));
		gupshup.stubFor(post(urlEqualTo("/wa/api/v1/msg")).inScenario("outage")
			.whenScenarioStateIs("back")
			.willReturn(accepted()));
		write(first, "one");
		write(first, "two");
		write(second, "three");
		write(first, "four");

		sender.drain();
		assertThat(statuses(first)).containsExactly("WAITING", "WAITING", "WAITING");
		assertThat(errorOf(first, "one")).contains("503");
		clock.moveBy(Duration.ofSeconds(3));
		sender.drain();
		assertThat(statuses(first)).containsExactly("WAITING", "WAITING", "WAITING");
		assertThat(statuses(second)).containsExactly("WAITING");
		clock.moveBy(Duration.ofSeconds(5));
		int settled = sender.drain();

		assertThat(settled).isEqualTo(4);
		assertThat(statuses(first)).containsExactly("ENQUEUED", "ENQUEUED", "ENQUEUED");
		assertThat(statuses(second)).containsExactly("ENQUEUED");
		assertThat(sentTexts(first)).as("in order, once each, after the two failed tries of the first")
			.containsExactly("one", "one", "one", "two", "four");
		assertThat(sentTexts(second)).containsExactly("three");
		assertThat(jdbc.sql("select count(distinct provider_id) from whatsapp_outbox where phone in (:phones)")
			.param("phones", List.of(first, second))
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void aRefusalIsFinalWithItsCodeAndMeaningAndIsNotTriedAgain() {
		String number = phone();
		gupshup.stubFor(post(urlEqualTo("/wa/api/v1/msg")).withRequestBody(containing("destination=" + number))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"status\":\"error\",\"message\":\"Invalid Destination\",\"code\":1002}")));
		write(number, "hello");
		write(number, "after");

		sender.drain();
		clock.moveBy(Duration.ofMinutes(10));
		sender.drain();

		assertThat(statuses(number)).containsExactly("FAILED", "FAILED");
		assertThat(
				jdbc.sql("select error_code || ': ' || error_reason from whatsapp_outbox where phone = :p order by seq")
					.param("p", number)
					.query(String.class)
					.list())
			.first()
			.asString()
			.startsWith("1002: The number is not on WhatsApp.");
		assertThat(sentTexts(number)).containsExactly("hello", "after");
	}

	@Test
	void outsideTheWindowANotificationGoesAsItsTemplateOrNotAtAllWithoutOne() {
		String number = phone();
		transactions.executeWithoutResult(status -> {
			outbox.notice(number, null, NoticeKind.ORDER_SHIPPED, "Order AYR-2026-000123 is on its way.",
					Map.of("orderNumber", "AYR-2026-000123", "carrier", "DTDC", "trackingNumber", "D1234567"));
			outbox.notice(number, null, NoticeKind.ORDER_DELIVERED, "Order AYR-2026-000123 is delivered.",
					Map.of("orderNumber", "AYR-2026-000123"));
		});

		sender.drain();

		List<LoggedRequest> templates = gupshup.findAll(postRequestedFor(urlEqualTo("/wa/api/v1/template/msg")));
		assertThat(templates).singleElement()
			.satisfies(request -> assertThat(form(request).get("template"))
				.isEqualTo("{\"id\":\"tmpl-order-shipped\",\"params\":[\"AYR-2026-000123\",\"DTDC\",\"D1234567\"]}"));
		assertThat(statuses(number)).containsExactly("ENQUEUED", "NOT_SENT");
		assertThat(jdbc.sql("select sent_as from whatsapp_outbox where phone = :p order by seq limit 1")
			.param("p", number)
			.query(String.class)
			.single()).isEqualTo("TEMPLATE");
		assertThat(errorOf(number, null)).contains("outside the 24-hour window");
	}

	@Test
	void withinTheWindowANotificationGoesAsTextAndAnOptedOutNumberGetsNothing() {
		String number = phone();
		String optedOut = phone();
		transactions.executeWithoutResult(status -> {
			contacts.heardFrom(number, clock.instant().minus(Duration.ofHours(23)));
			contacts.heardFrom(optedOut, clock.instant());
			contacts.consent(optedOut, false, Contacts.ConsentSource.KEYWORD, clock.instant());
			outbox.notice(number, null, NoticeKind.ORDER_DELIVERED, "Order AYR-2026-000124 is delivered.",
					Map.of("orderNumber", "AYR-2026-000124"));
			outbox.notice(optedOut, null, NoticeKind.ORDER_DELIVERED, "Order AYR-2026-000125 is delivered.",
					Map.of("orderNumber", "AYR-2026-000125"));
		});

		sender.drain();

		assertThat(sentTexts(number)).containsExactly("Order AYR-2026-000124 is delivered.");
		assertThat(statuses(optedOut)).containsExactly("NOT_SENT");
		assertThat(sentTexts(optedOut)).isEmpty();
	}

	@Test
	void noMoreThanTheConfiguredRateGoesOutASecond() {
		String number = phone();
		for (int i = 1; i <= 10; i++) {
			write(number, "message " + i);
		}

		sender.drain();

		List<Instant> sentAt = gupshup.findAll(postRequestedFor(urlEqualTo("/wa/api/v1/msg")))
			.stream()
			.map(request -> request.getLoggedDate().toInstant())
			.sorted()
			.toList();
		assertThat(sentAt).hasSize(10);
		assertThat(Duration.between(sentAt.getFirst(), sentAt.getLast())).as("five at once, then five a second")
			.isGreaterThanOrEqualTo(Duration.ofMillis(900));
	}

	private void write(String number, String text) {
		transactions.executeWithoutResult(status -> jdbc.sql("""
				insert into whatsapp_outbox (id, phone, kind, message, status, attempts, next_attempt_at, created_at,
				                             updated_at)
				values (:id, :phone, 'REPLY', :message, 'WAITING', 0, :now, :now, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("phone", number)
			.param("message", "{\"type\":\"text\",\"destination\":\"" + number + "\",\"text\":\"" + text + "\"}")
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update());
	}

	private List<String> statuses(String number) {
		return jdbc.sql("select status from whatsapp_outbox where phone = :p order by seq")
			.param("p", number)
			.query(String.class)
			.list();
	}

	private String errorOf(String number, String text) {
		return jdbc
			.sql("select error_reason from whatsapp_outbox where phone = :p and message like :like"
					+ " order by seq desc limit 1")
			.param("p", number)
			.param("like", text == null ? "%" : "%\"" + text + "\"%")
			.query(String.class)
			.single();
	}

	/** The texts Gupshup was asked to send to the number, in the order it was asked. */
	private static List<String> sentTexts(String number) {
		return gupshup.findAll(postRequestedFor(urlEqualTo("/wa/api/v1/msg")))
			.stream()
			.map(WhatsAppOutboxIT::form)
			.filter(form -> number.equals(form.get("destination")))
			.map(form -> form.get("message").replaceAll(".*\"text\":\"([^\"]*)\".*", "$1"))
			.toList();
	}

	private static Map<String, String> form(LoggedRequest request) {
		return java.util.Arrays.stream(request.getBodyAsString().split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(java.util.stream.Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted() {
		return okJson("{\"status\":\"submitted\",\"messageId\":\"{{randomValue type='UUID'}}\"}")
			.withTransformers("response-template");
	}

	private static String phone() {
		return WhatsAppWebhookIT.unknownPhone();
	}

}
