package com.ayurlahi.whatsapp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import com.ayurlahi.whatsapp.ChannelUnavailableException;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.SendOutcome;
import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.ayurlahi.whatsapp.simulator.WhatsAppSimulator;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

/**
 * The Gupshup adapter against a local fake of Gupshup's API: form posts with the app's
 * {@code apikey}, the message shapes Gupshup takes, and its answers: accepted with a
 * message id, refused for good, or to be tried again (rate limited, 5xx, unreachable).
 */
class GupshupChannelTest {

	private static final WireMockServer gupshup = new WireMockServer(options().dynamicPort());

	private static final String TO = "919876543210";

	private static final ObjectProvider<WhatsAppSimulator> NO_SIMULATOR = new StaticListableBeanFactory()
		.getBeanProvider(WhatsAppSimulator.class);

	private GupshupChannel channel;

	@BeforeAll
	static void start() {
		gupshup.start();
	}

	@AfterAll
	static void stop() {
		gupshup.stop();
	}

	@BeforeEach
	void channel() {
		gupshup.resetAll();
		channel = new GupshupChannel(new WhatsAppSettings(URI.create(gupshup.baseUrl() + "/wa/api/v1"),
				"gupshup-test-key", "AyurlahiApp", "917834811114", Duration.ofSeconds(2), "test-token", List.of(),
				URI.create("http://localhost:3000"), new WhatsAppSettings.Outbox(20, Duration.ofSeconds(1),
						Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofHours(24)),
				Map.of()));
	}

	@Test
	void aTextIsAFormPostWithTheApiKeyAndIsAcceptedWithGupshupsId() {
		gupshup.stubFor(post("/wa/api/v1/msg")
			.willReturn(okJson("{\"status\":\"submitted\",\"messageId\":\"ee4a68a0-1203-4c85-8dc3-49d0b3226a35\"}")));

		SendOutcome outcome = channel.send(new OutboundMessage.Text("+91 98765 43210", "Your order is on its way."));

		assertThat(outcome).isEqualTo(new SendOutcome.Accepted("ee4a68a0-1203-4c85-8dc3-49d0b3226a35"));
		gupshup.verify(postRequestedFor(urlEqualTo("/wa/api/v1/msg")).withHeader("apikey", equalTo("gupshup-test-key"))
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
			.withFormParam("channel", equalTo("whatsapp"))
			.withFormParam("source", equalTo("917834811114"))
			.withFormParam("src.name", equalTo("AyurlahiApp"))
			.withFormParam("destination", equalTo(TO))
			.withFormParam("message", equalToJson("{\"type\":\"text\",\"text\":\"Your order is on its way.\"}")));
	}

	@Test
	void quickRepliesListsAndTemplatesTakeGupshupsShapes() {
		gupshup.stubFor(post("/wa/api/v1/msg").willReturn(okJson("{\"status\":\"submitted\",\"messageId\":\"m-1\"}")));
		gupshup.stubFor(
				post("/wa/api/v1/template/msg").willReturn(okJson("{\"status\":\"submitted\",\"messageId\":\"m-2\"}")));

		channel.send(new OutboundMessage.QuickReply(TO, "confirm-1", "Place order AYR-2026-000123?", "₹320.25",
				List.of(new OutboundMessage.Button("Yes", "CONFIRM:AYR-2026-000123"),
						new OutboundMessage.Button("No", "CANCEL"))));
		channel.send(new OutboundMessage.Menu(TO, "menu-1", "Ayurlahi", "What would you like to do?", "Choose",
				List.of(new OutboundMessage.Row("Search products", "Find by name", "SEARCH"))));
		SendOutcome template = channel.send(new OutboundMessage.Template(TO, "6f1c0f53-order-shipped",
				List.of("AYR-2026-000123", "DTDC", "D70012345")));

		assertThat(template).isEqualTo(new SendOutcome.Accepted("m-2"));
		gupshup.verify(postRequestedFor(urlEqualTo("/wa/api/v1/msg")).withFormParam("message", equalToJson("""
				{"type":"quick_reply","msgid":"confirm-1",
				 "content":{"type":"text","text":"Place order AYR-2026-000123?","caption":"₹320.25"},
				 "options":[{"type":"text","title":"Yes","postbackText":"CONFIRM:AYR-2026-000123"},
				            {"type":"text","title":"No","postbackText":"CANCEL"}]}""")));
		gupshup.verify(postRequestedFor(urlEqualTo("/wa/api/v1/msg")).withFormParam("message", equalToJson("""
				{"type":"list","title":"Ayurlahi","body":"What would you like to do?","msgid":"menu-1",
				 "globalButtons":[{"type":"text","title":"Choose"}],
				 "items":[{"title":"Ayurlahi","options":[{"type":"text","title":"Search products",
				           "description":"Find by name","postbackText":"SEARCH"}]}]}""")));
		gupshup.verify(postRequestedFor(urlEqualTo("/wa/api/v1/template/msg")).withFormParam("template", equalToJson("""
				{"id":"6f1c0f53-order-shipped","params":["AYR-2026-000123","DTDC","D70012345"]}"""))
			.withFormParam("destination", equalTo(TO)));
	}

	@Test
	void aFourHundredIsARefusalForGoodWithWhatItsCodeMeans() {
		gupshup.stubFor(post("/wa/api/v1/msg").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\":\"error\",\"code\":1012,\"message\":\"User has opted out\"}")));

		SendOutcome outcome = channel.send(new OutboundMessage.Text(TO, "Hello"));

		assertThat(outcome).isEqualTo(new SendOutcome.Refused("1012", "The user opted out. (User has opted out)"));
	}

	@Test
	void rateLimitsServerErrorsAndAnUnreachableGupshupAreToBeTriedAgain() {
		gupshup.stubFor(post("/wa/api/v1/msg").willReturn(aResponse().withStatus(429).withBody("Too Many Requests")));
		assertThatExceptionOfType(ChannelUnavailableException.class)
			.isThrownBy(() -> channel.send(new OutboundMessage.Text(TO, "Hello")))
			.withMessageContaining("429");

		gupshup.stubFor(post("/wa/api/v1/msg").willReturn(aResponse().withStatus(400)
			.withBody("{\"status\":\"error\",\"code\":4001,\"message\":\"Rate limit exceeded\"}")));
		assertThatExceptionOfType(ChannelUnavailableException.class)
			.isThrownBy(() -> channel.send(new OutboundMessage.Text(TO, "Hello")));

		gupshup.stubFor(post("/wa/api/v1/msg").willReturn(aResponse().withStatus(502)));
		assertThatExceptionOfType(ChannelUnavailableException.class)
			.isThrownBy(() -> channel.send(new OutboundMessage.Text(TO, "Hello")))
			.withMessageContaining("502");

		gupshup.stubFor(post("/wa/api/v1/msg").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(ChannelUnavailableException.class)
			.isThrownBy(() -> channel.send(new OutboundMessage.Text(TO, "Hello")))
			.withMessageContaining("could not be reached");
	}

	@Test
	void withoutAnApiKeyTheChannelIsOffAndRefusesEveryMessage() {
		WhatsAppSettings unconfigured = new WhatsAppSettings(URI.create(gupshup.baseUrl()), "", null, null,
				Duration.ofSeconds(2), "test-token", List.of(), URI.create("http://localhost:3000"),
				new WhatsAppSettings.Outbox(20, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(5),
						Duration.ofHours(24)),
				Map.of());

		var off = new WhatsAppChannelConfiguration().whatsAppChannel(unconfigured, NO_SIMULATOR);

		assertThat(off.isOn()).isFalse();
		assertThat(off.send(new OutboundMessage.Text(TO, "Hello"))).isInstanceOfSatisfying(SendOutcome.Refused.class,
				refused -> assertThat(refused.reason()).contains("WhatsApp is off"));
		assertThat(new WhatsAppChannelConfiguration()
			.whatsAppChannel(new WhatsAppSettings(URI.create(gupshup.baseUrl()), "key", "App", "917834811114",
					Duration.ofSeconds(2), "test-token", List.of(), URI.create("http://localhost:3000"),
					new WhatsAppSettings.Outbox(20, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(5),
							Duration.ofHours(24)),
					Map.of()), NO_SIMULATOR)
			.isOn()).isTrue();
		assertThat(gupshup.getAllServeEvents()).isEmpty();
	}

	@Test
	void messagesBeyondWhatsAppsLimitsAreRefusedBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutboundMessage.Text("12345", "Hello"));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutboundMessage.Text(TO, "x".repeat(4097)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboundMessage.Button("A title over twenty chars", "X"));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutboundMessage.QuickReply(TO, "r", "Body", "",
				List.of(new OutboundMessage.Button("1", "1"), new OutboundMessage.Button("2", "2"),
						new OutboundMessage.Button("3", "3"), new OutboundMessage.Button("4", "4"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboundMessage.Row("A row title of more than 24", "", "X"));
		assertThat(gupshup.getAllServeEvents()).isEmpty();
	}

}
