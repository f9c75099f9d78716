package com.ayurlahi.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.TestDatabase;
import com.ayurlahi.whatsapp.internal.OutboxSender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The WhatsApp provider (Gupshup, a local HTTP fake) unreachable for a while: its server
 * is stopped, so every call is refused at the TCP level, then started again on the same
 * port. The outbox keeps every message while the provider is gone, tries again later, and
 * once it is back each message goes exactly once, in order per number. The real Gupshup
 * adapter, in the whole application on a database of its own (no other test's messages in
 * its outbox); the scheduled sender is slowed down so that the test drains the outbox
 * itself and moves the clock past the retry delays.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.PURPOSE_PROPERTY + "=faults-provider-outage")
class ProviderOutageIT {

	static WireMockServer gupshup = new WireMockServer(options().dynamicPort());

	static {
		gupshup.start();
	}

	@DynamicPropertySource
	static void gupshupSettings(DynamicPropertyRegistry registry) {
		registry.add("ayurlahi.whatsapp.api-url", () -> gupshup.baseUrl() + "/wa/api/v1");
		registry.add("ayurlahi.whatsapp.api-key", () -> "outage-test-key");
		registry.add("ayurlahi.whatsapp.source-name", () -> "AyurlahiOutage");
		registry.add("ayurlahi.whatsapp.business-number", () -> "917834811115");
		registry.add("ayurlahi.whatsapp.outbox.poll-interval", () -> "1h");
		registry.add("ayurlahi.whatsapp.timeout", () -> "2s");
	}

	@AfterAll
	static void stopGupshup() {
		gupshup.stop();
	}

	@Autowired
	OutboxSender sender;

	@Autowired
	EventPublicationRegistry publications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void whileGupshupRefusesConnectionsMessagesWaitAndOnceItIsBackEachGoesOnce() {
		acceptMessages();
		// The demo data's notices reach the outbox through the background lanes after the
		// start (a clean-clone run saw the demo refund's REFUND_PROCESSED queued once the
		// demo numbers were verified, during this test): one queued between the drain
		// below and this test's writes is claimed first and carries the failed try
		// instead. So the test waits until every event published so far is handled, then
		// sends what is due.
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(publications.findIncompletePublications()).as("events still being handled")
				.isEmpty());
		clock.moveBy(Duration.ofHours(1));
		int round = 0;
		while (sender.drain() > 0 && round < 100) {
			round++;
		}
		String first = phone();
		String second = phone();
		int port = gupshup.port();
		gupshup.stop();
		List.of("one", "two", "three").forEach(text -> write(first, text));
		List.of("four", "five").forEach(text -> write(second, text));

		assertThat(sender.drain()).as("nothing handed over while the provider is gone").isZero();
		clock.moveBy(Duration.ofSeconds(30));
		assertThat(sender.drain()).isZero();
		assertThat(statuses(first)).containsExactly("WAITING", "WAITING", "WAITING");
		assertThat(statuses(second)).containsExactly("WAITING", "WAITING");
		assertThat(errors(first)).as("the failed try is recorded on the message, which waits")
			.isNotEmpty()
			.allSatisfy(error -> assertThat(error).isNotBlank());

		gupshup = new WireMockServer(options().port(port));
		gupshup.start();
		acceptMessages();
		clock.moveBy(Duration.ofMinutes(10));
		// the drain's count may include a message another test left due meanwhile (a
		// clean-clone run counted 6), so the test checks its own numbers' messages
		sender.drain();

		assertThat(statuses(first)).containsExactly("ENQUEUED", "ENQUEUED", "ENQUEUED");
		assertThat(statuses(second)).containsExactly("ENQUEUED", "ENQUEUED");
		assertThat(sentTexts(first)).as("once each, in order").containsExactly("one", "two", "three");
		assertThat(sentTexts(second)).containsExactly("four", "five");
		clock.moveBy(Duration.ofMinutes(10));
		sender.drain();
		assertThat(sentTexts(first)).as("nothing sent twice").hasSize(3);
		assertThat(sentTexts(second)).hasSize(2);
		assertThat(statuses(first)).containsOnly("ENQUEUED");
	}

	private static void acceptMessages() {
		gupshup.stubFor(post(urlEqualTo("/wa/api/v1/msg")).willReturn(accepted()));
		gupshup.stubFor(post(urlEqualTo("/wa/api/v1/template/msg")).willReturn(accepted()));
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
			.param("now", Timestamp.from(clock.instant()))
			.update());
	}

	private List<String> statuses(String number) {
		return jdbc.sql("select status from whatsapp_outbox where phone = :p order by seq")
			.param("p", number)
			.query(String.class)
			.list();
	}

	private List<String> errors(String number) {
		return jdbc.sql("select error_reason from whatsapp_outbox where phone = :p and error_reason is not null")
			.param("p", number)
			.query(String.class)
			.list();
	}

	/** The texts Gupshup was asked to send to the number, in the order it was asked. */
	private static List<String> sentTexts(String number) {
		return gupshup.findAll(postRequestedFor(urlEqualTo("/wa/api/v1/msg")))
			.stream()
			.map(ProviderOutageIT::form)
			.filter(form -> number.equals(form.get("destination")))
			.map(form -> form.get("message").replaceAll(".*\"text\":\"([^\"]*)\".*", "$1"))
			.toList();
	}

	private static Map<String, String> form(LoggedRequest request) {
		return Arrays.stream(request.getBodyAsString().split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

	private static ResponseDefinitionBuilder accepted() {
		return okJson("{\"status\":\"submitted\",\"messageId\":\"{{randomValue type='UUID'}}\"}")
			.withTransformers("response-template");
	}

	private static String phone() {
		return "9196" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
	}

}
