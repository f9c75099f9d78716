package com.ayurlahi.whatsapp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ayurlahi.whatsapp.DeliveryStatus;
import com.ayurlahi.whatsapp.InboundEvent;
import com.ayurlahi.whatsapp.InboundEvent.Kind;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.SendOutcome;
import com.ayurlahi.whatsapp.simulator.SimulatedChannel;
import com.ayurlahi.whatsapp.simulator.SimulatorTesting;
import com.ayurlahi.whatsapp.simulator.WhatsAppSimulator;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * What the simulator posts is what our parser of Gupshup's callbacks understands: each
 * delivery event names our message by the id the channel returned, and the user's replies
 * carry the tapped row's or button's postback and the message they answer.
 */
class SimulatorCallbacksReadBackTest {

	private static final String NUMBER = "919800000003";

	private static final Instant NOW = Instant.parse("2026-12-05T04:30:00Z");

	private final WireMockServer webhook = new WireMockServer(options().dynamicPort());

	private WhatsAppSimulator simulator;

	@BeforeEach
	void start() {
		webhook.start();
		webhook.stubFor(post(urlPathEqualTo("/api/webhooks/whatsapp/incoming")).willReturn(ok()));
		simulator = SimulatorTesting.simulator(webhook.baseUrl(), Duration.ofMillis(20), 200,
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void stop() {
		simulator.close();
		webhook.stop();
	}

	@Test
	void deliveryEventsAndRepliesReadBackAsTheEventsTheyReport() {
		SimulatedChannel channel = new SimulatedChannel(simulator);
		String menu = ((SendOutcome.Accepted) channel
			.send(new OutboundMessage.Menu(NUMBER, "menu-7", "Triphala", "Pick a product", "Choose",
					List.of(new OutboundMessage.Row("Triphala Churna", "100 g · ₹73.50", "ADD:SAP-TRI-100")))))
			.providerMessageId();
		List<InboundEvent> events = callbacks(3);
		String whatsAppId = ((InboundEvent.Delivery) events.get(1)).whatsAppMessageId();

		String text = SimulatorTesting.write(simulator, NUMBER, "MENU");
		String row = SimulatorTesting.tapLatest(simulator, NUMBER, 0);

		assertThat(events).containsExactly(
				new InboundEvent.Delivery(menu, null, DeliveryStatus.ENQUEUED, NUMBER, null, null, NOW),
				new InboundEvent.Delivery(menu, whatsAppId, DeliveryStatus.SENT, NUMBER, null, null, NOW),
				new InboundEvent.Delivery(menu, whatsAppId, DeliveryStatus.DELIVERED, NUMBER, null, null, NOW));
		assertThat(callbacks(5)).contains(
				new InboundEvent.Message(text, NUMBER, "Dr. Lakshmi Varma", Kind.TEXT, "MENU", null, null, NOW),
				new InboundEvent.Message(row, NUMBER, "Dr. Lakshmi Varma", Kind.SELECTION, "Triphala Churna",
						"ADD:SAP-TRI-100", menu, NOW));
	}

	@Test
	void aButtonReplyIsReadByItsPostbackThoughItsIdIsEmpty() {
		SimulatedChannel channel = new SimulatedChannel(simulator);
		String buttons = ((SendOutcome.Accepted) channel
			.send(new OutboundMessage.QuickReply(NUMBER, "confirm-9", "Confirm order AYR-2026-000123?", "",
					List.of(new OutboundMessage.Button("Yes", "CONFIRM:AYR-2026-000123")))))
			.providerMessageId();
		callbacks(2);

		String reply = SimulatorTesting.tapLatest(simulator, NUMBER, 0);

		assertThat(callbacks(3)).contains(new InboundEvent.Message(reply, NUMBER, "Dr. Lakshmi Varma", Kind.SELECTION,
				"Yes", "CONFIRM:AYR-2026-000123", buttons, NOW));
	}

	@Test
	void aFailedDeliveryReadsBackWithItsCodeAndReason() {
		SimulatorTesting.failNextDelivery(simulator, "1006");

		String text = ((SendOutcome.Accepted) new SimulatedChannel(simulator)
			.send(new OutboundMessage.Text(NUMBER, "Never arrives"))).providerMessageId();

		assertThat(callbacks(2).get(1)).isEqualTo(new InboundEvent.Delivery(text, null, DeliveryStatus.FAILED, NUMBER,
				"1006", "The user is not opted in or not active. (simulated by the WhatsApp simulator)", NOW));
	}

	private List<InboundEvent> callbacks(int count) {
		await().atMost(Duration.ofSeconds(5))
			.until(() -> webhook.findAll(postRequestedFor(urlPathEqualTo("/api/webhooks/whatsapp/incoming")))
				.size() >= count);
		return webhook.findAll(postRequestedFor(urlPathEqualTo("/api/webhooks/whatsapp/incoming")))
			.stream()
			.map(request -> GupshupCallbacks.parse(request.getBodyAsString()))
			.toList();
	}

}
