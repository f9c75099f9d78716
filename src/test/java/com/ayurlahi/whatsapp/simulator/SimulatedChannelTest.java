package com.ayurlahi.whatsapp.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ayurlahi.whatsapp.ChannelUnavailableException;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.SendOutcome;
import com.ayurlahi.whatsapp.simulator.ChatEntry.FromChannel;
import com.ayurlahi.whatsapp.simulator.ChatEntry.FromUser;
import com.ayurlahi.whatsapp.simulator.ChatEntry.Note;
import com.ayurlahi.whatsapp.simulator.ChatEntry.Tick;
import com.ayurlahi.whatsapp.simulator.SimulatorFailures.SendFailure;
import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated channel against a local stand-in for our webhook: what it answers to a
 * send (accepted with a Gupshup-like id, refused with a code, or to be tried again), and
 * the callbacks it posts over HTTP with the token, in Gupshup's version 2 shapes: the
 * message events of our messages (enqueued, sent, delivered, read once shown, failed) and
 * the user's messages (text, list reply, button reply with an empty id).
 */
class SimulatedChannelTest {

	private static final WireMockServer webhook = new WireMockServer(options().dynamicPort());

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final String PATH = "/api/webhooks/whatsapp/incoming";

	private static final String NUMBER = "919800000003";

	private static final Instant NOW = Instant.parse("2026-12-05T04:30:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private WhatsAppSimulator simulator;

	private SimulatedChannel channel;

	@BeforeAll
	static void start() {
		webhook.start();
	}

	@AfterAll
	static void stop() {
		webhook.stop();
	}

	@BeforeEach
	void simulator() {
		webhook.resetAll();
		webhook.stubFor(post(urlPathEqualTo(PATH)).willReturn(ok()));
		simulator = SimulatorTesting.simulator(webhook.baseUrl(), Duration.ofMillis(20), 200, CLOCK);
		channel = new SimulatedChannel(simulator);
	}

	@AfterEach
	void close() {
		simulator.close();
	}

	@Test
	void aMessageIsTakenWithAGupshupIdAndItsDeliveryIsPostedToTheWebhookWithTheToken() {
		SendOutcome outcome = channel.send(new OutboundMessage.Text("+91 98000 00003", "Your order is on its way."));

		assertThat(channel.isOn()).isTrue();
		assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
		String providerId = ((SendOutcome.Accepted) outcome).providerMessageId();
		assertThat(providerId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		List<JsonNode> events = callbacks(3);
		String whatsAppId = events.get(1).path("payload").path("id").asString();
		assertThat(whatsAppId).startsWith("wamid.").isNotEqualTo(providerId);
		assertThat(events).containsExactly(json("""
				{"app": "AyurlahiDev", "timestamp": %d, "version": 2, "type": "message-event",
				 "payload": {"id": "%s", "type": "enqueued", "destination": "919800000003",
				             "payload": {"whatsappMessageId": "%s", "type": "session"}}}
				""".formatted(NOW.toEpochMilli(), providerId, whatsAppId)), json("""
				{"app": "AyurlahiDev", "timestamp": %d, "version": 2, "type": "message-event",
				 "payload": {"id": "%s", "gsId": "%s", "type": "sent", "destination": "919800000003",
				             "payload": {"ts": %d}}}
				""".formatted(NOW.toEpochMilli(), whatsAppId, providerId, NOW.getEpochSecond())), json("""
				{"app": "AyurlahiDev", "timestamp": %d, "version": 2, "type": "message-event",
				 "payload": {"id": "%s", "gsId": "%s", "type": "delivered", "destination": "919800000003",
				             "payload": {"ts": %d}}}
				""".formatted(NOW.toEpochMilli(), whatsAppId, providerId, NOW.getEpochSecond())));
		webhook.verify(3,
				postRequestedFor(urlPathEqualTo(PATH)).withQueryParam("token", equalTo(SimulatorTesting.TOKEN))
					.withHeader("Content-Type", containing("application/json")));
	}

	@Test
	void readIsPostedOnceThePhoneHasShownTheDeliveredMessage() {
		String providerId = accepted(channel.send(new OutboundMessage.Text(NUMBER, "Your order is confirmed.")));
		List<JsonNode> delivered = callbacks(3);
		String whatsAppId = delivered.get(2).path("payload").path("id").asString();
		await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> posted().size() == 3);

		simulator.show(NUMBER);

		assertThat(callbacks(4).get(3)).isEqualTo(json("""
				{"app": "AyurlahiDev", "timestamp": %d, "version": 2, "type": "message-event",
				 "payload": {"id": "%s", "gsId": "%s", "type": "read", "destination": "919800000003",
				             "payload": {"ts": %d}}}
				""".formatted(NOW.toEpochMilli(), whatsAppId, providerId, NOW.getEpochSecond())));
		simulator.show(NUMBER);
		await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> posted().size() == 4);
		assertThat(SimulatorTesting.latestTick(simulator, NUMBER)).isEqualTo(Tick.READ);
	}

	@Test
	void aMessageShownBeforeItIsDeliveredIsReadRightAfter() {
		channel.send(new OutboundMessage.Text(NUMBER, "Shown at once."));
		simulator.show(NUMBER);

		assertThat(callbacks(4)).extracting(event -> event.path("payload").path("type").asString())
			.containsExactly("enqueued", "sent", "delivered", "read");
	}

	@Test
	void whatTheUserTypesIsPostedAsGupshupsTextMessage() {
		FromUser written = simulator.write("+91 98000 00003", "Dr. Lakshmi Varma", "MENU");

		assertThat(written.answer()).isEqualTo(new WebhookAnswer(200, null));
		assertThat(written.messageId()).startsWith("wamid.");
		assertThat(callbacks(1)).containsExactly(json("""
				{"app": "AyurlahiDev", "timestamp": %d, "version": 2, "type": "message",
				 "payload": {"id": "%s", "source": "919800000003", "type": "text", "payload": {"text": "MENU"},
				             "sender": {"phone": "919800000003", "name": "Dr. Lakshmi Varma",
				                        "country_code": "91", "dial_code": "9800000003"}}}
				""".formatted(NOW.toEpochMilli(), written.messageId())));
		webhook.verify(postRequestedFor(urlPathEqualTo(PATH)).withQueryParam("token", equalTo(SimulatorTesting.TOKEN)));
	}

	@Test
	void tappingAListRowPostsAListReplyWithTheRowsPostbackAndOurMessageAsContext() {
		String providerId = accepted(
				channel.send(new OutboundMessage.Menu(NUMBER, "menu-7", "Triphala", "Pick a product", "Choose",
						List.of(new OutboundMessage.Row("Triphala Churna", "100 g · ₹73.50", "ADD:SAP-TRI-100"),
								new OutboundMessage.Row("Ashwagandha Churna", "100 g · ₹120.00", "ADD:SAP-ASH-100")))));
		String whatsAppId = callbacks(2).get(1).path("payload").path("id").asString();

		String replyId = SimulatorTesting.tapLatest(simulator, NUMBER, 1);

		assertThat(userMessage(replyId)).isEqualTo(json("""
				{"app": "AyurlahiDev", "timestamp": %d, "version": 2, "type": "message",
				 "payload": {"id": "%s", "source": "919800000003", "type": "list_reply",
				             "payload": {"title": "Ashwagandha Churna", "id": "menu-7", "reply": "Ashwagandha Churna 2",
				                         "postbackText": "ADD:SAP-ASH-100", "description": "100 g · ₹120.00"},
				             "sender": {"phone": "919800000003", "name": "Dr. Lakshmi Varma",
				                        "country_code": "91", "dial_code": "9800000003"},
				             "context": {"id": "%s", "gsId": "%s"}}}
				""".formatted(NOW.toEpochMilli(), replyId, whatsAppId, providerId)));
	}

	@Test
	void tappingAButtonPostsAButtonReplyWithAnEmptyIdAndThePostback() {
		String providerId = accepted(
				channel.send(new OutboundMessage.QuickReply(NUMBER, "confirm-9", "Confirm order AYR-2026-000123?",
						"Ayurlahi", List.of(new OutboundMessage.Button("Yes", "CONFIRM:AYR-2026-000123"),
								new OutboundMessage.Button("No", "CANCEL:AYR-2026-000123")))));
		String whatsAppId = callbacks(2).get(1).path("payload").path("id").asString();

		String replyId = SimulatorTesting.tapLatest(simulator, NUMBER, 0);

		assertThat(userMessage(replyId)).isEqualTo(json("""
				{"app": "AyurlahiDev", "timestamp": %d, "version": 2, "type": "message",
				 "payload": {"id": "%s", "source": "919800000003", "type": "button_reply",
				             "payload": {"title": "Yes", "id": "", "reply": "Yes",
				                         "postbackText": "CONFIRM:AYR-2026-000123"},
				             "sender": {"phone": "919800000003", "name": "Dr. Lakshmi Varma",
				                        "country_code": "91", "dial_code": "9800000003"},
				             "context": {"id": "%s", "gsId": "%s"}}}
				""".formatted(NOW.toEpochMilli(), replyId, whatsAppId, providerId)));
	}

	@Test
	void aTemplateIsEnqueuedAsATemplate() {
		channel.send(new OutboundMessage.Template(NUMBER, "order_update", List.of("AYR-2026-000123", "shipped")));

		assertThat(callbacks(1).get(0).path("payload").path("payload").path("type").asString()).isEqualTo("template");
	}

	@Test
	void sendsToldToFailWithACodeAreRefusedWithWhatItMeansAndNeverReachThePhone() {
		simulator.failures().failNextSends(2, new SendFailure.Code("1002"));

		SendOutcome first = channel.send(new OutboundMessage.Text(NUMBER, "One"));
		SendOutcome second = channel.send(new OutboundMessage.Text(NUMBER, "Two"));
		SendOutcome third = channel.send(new OutboundMessage.Text(NUMBER, "Three"));

		SendOutcome.Refused refused = new SendOutcome.Refused("1002",
				"The number is not on WhatsApp. (simulated by the WhatsApp simulator)");
		assertThat(first).isEqualTo(refused);
		assertThat(second).isEqualTo(refused);
		assertThat(callbacks(3)).extracting(event -> event.path("payload").has("gsId")
				? event.path("payload").path("gsId").asString() : event.path("payload").path("id").asString())
			.containsOnly(accepted(third));
		FromChannel refusedOne = (FromChannel) simulator.show(NUMBER).entries().get(0);
		assertThat(refusedOne.tick()).isEqualTo(Tick.REFUSED);
		assertThat(refusedOne.detail()).startsWith("Refused: 1002 · The number is not on WhatsApp.");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> simulator.tap(NUMBER, "Dr. Lakshmi Varma", refusedOne.seq(), 0))
			.withMessage("That message is not on the phone to be answered.");
	}

	@Test
	void aRateLimitOrAServerErrorIsToBeTriedAgain() {
		simulator.failures().failNextSends(1, new SendFailure.Code("4001"));
		assertThatExceptionOfType(ChannelUnavailableException.class)
			.isThrownBy(() -> channel.send(new OutboundMessage.Text(NUMBER, "Rate limited")))
			.withMessageContaining("4001");

		simulator.failures().failNextSends(1, new SendFailure.ServerError(503));
		assertThatExceptionOfType(ChannelUnavailableException.class)
			.isThrownBy(() -> channel.send(new OutboundMessage.Text(NUMBER, "Down")))
			.withMessage("Gupshup answered 503: simulated by the WhatsApp simulator");

		assertThat(channel.send(new OutboundMessage.Text(NUMBER, "Up again"))).isInstanceOf(SendOutcome.Accepted.class);
		assertThat(simulator.show(NUMBER).entries()).extracting(entry -> ((FromChannel) entry).tick())
			.startsWith(Tick.NOT_TAKEN, Tick.NOT_TAKEN);
	}

	@Test
	void aDeliveryToldToFailIsReportedFailedWithItsCodeInsteadOfSentAndDelivered() {
		simulator.failures().failNextDelivery("1006");

		String providerId = accepted(channel.send(new OutboundMessage.Text(NUMBER, "Never arrives")));

		List<JsonNode> events = callbacks(2);
		assertThat(events.get(1)).isEqualTo(
				json("""
						{"app": "AyurlahiDev", "timestamp": %d, "version": 2, "type": "message-event",
						 "payload": {"id": "%s", "type": "failed", "destination": "919800000003",
						             "payload": {"code": 1006,
						                         "reason": "The user is not opted in or not active. (simulated by the WhatsApp simulator)"}}}
						"""
					.formatted(NOW.toEpochMilli(), providerId)));
		await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> posted().size() == 2);
		assertThat(SimulatorTesting.latestTick(simulator, NUMBER)).isEqualTo(Tick.FAILED);
		assertThat(accepted(channel.send(new OutboundMessage.Text(NUMBER, "Arrives")))).isNotBlank();
		assertThat(callbacks(5)).extracting(event -> event.path("payload").path("type").asString())
			.endsWith("enqueued", "sent", "delivered");
	}

	@Test
	void aWebhookThatIsNotThereShowsAsALineNotAnException() {
		webhook.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)));

		FromUser written = simulator.write(NUMBER, "Dr. Lakshmi Varma", "MENU");
		channel.send(new OutboundMessage.Text(NUMBER, "Hello"));

		assertThat(written.answer()).isEqualTo(new WebhookAnswer(404,
				"Ayurlahi's webhook answered 404 Not Found: is the WhatsApp webhook there yet?"));
		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(simulator.show(NUMBER).entries().get(1))
				.isInstanceOfSatisfying(FromChannel.class, sent -> {
					assertThat(sent.tick()).isEqualTo(Tick.DELIVERED);
					assertThat(sent.problem()).startsWith("Ayurlahi's webhook answered 404 Not Found");
				}));
	}

	@Test
	void aWebhookThatCannotBeReachedIsSaidSo() {
		WhatsAppSimulator nowhere = SimulatorTesting.simulator("http://localhost:1", Duration.ofMillis(20), 200, CLOCK);
		try {
			FromUser written = nowhere.write(NUMBER, "Dr. Lakshmi Varma", "MENU");

			assertThat(written.answer().status()).isZero();
			assertThat(written.answer().problem())
				.startsWith(
						"Ayurlahi's webhook at http://localhost:1/api/webhooks/whatsapp/incoming could not be reached")
				.doesNotContain(SimulatorTesting.TOKEN);
		}
		finally {
			nowhere.close();
		}
	}

	@Test
	void resendLastPostsTheVerySameCallbackAgain() {
		String id = SimulatorTesting.write(simulator, NUMBER, "MENU");

		WebhookAnswer again = simulator.resendLast(NUMBER);

		assertThat(again.ok()).isTrue();
		List<JsonNode> posted = callbacks(2);
		assertThat(posted.get(1)).isEqualTo(posted.get(0));
		assertThat(posted.get(1).path("payload").path("id").asString()).isEqualTo(id);
		assertThat(simulator.show(NUMBER).entries().get(1))
			.isInstanceOfSatisfying(Note.class, note -> assertThat(note.text()).isEqualTo(
					"Posted the last callback again, the same message " + id + ": Ayurlahi's webhook answered 200."));
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.resendLast("919800000004"))
			.withMessage("Nothing to post again: 919800000004 has not written.");
	}

	private static String accepted(SendOutcome outcome) {
		assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
		return ((SendOutcome.Accepted) outcome).providerMessageId();
	}

	/**
	 * The callbacks posted so far, once there are {@code count}, in the order they came.
	 */
	private static List<JsonNode> callbacks(int count) {
		await().atMost(Duration.ofSeconds(5)).until(() -> posted().size() >= count);
		return posted();
	}

	private static List<JsonNode> posted() {
		return webhook.findAll(postRequestedFor(urlPathEqualTo(PATH)))
			.stream()
			.map(request -> JSON.readTree(request.getBodyAsString()))
			.toList();
	}

	private static JsonNode userMessage(String id) {
		return callbacks(1).stream()
			.filter(callback -> id.equals(callback.path("payload").path("id").asString()))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
