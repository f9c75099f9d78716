package com.ayurlahi.whatsapp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.PortalClient;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.SendOutcome;
import com.ayurlahi.whatsapp.WhatsAppChannel;
import com.ayurlahi.whatsapp.simulator.ChatEntry.FromChannel;
import com.ayurlahi.whatsapp.simulator.ChatEntry.FromUser;
import com.ayurlahi.whatsapp.simulator.ChatEntry.Tick;

/**
 * The whole application in the test profile: WhatsApp goes to the simulator, which posts
 * Gupshup's callbacks to this application's own webhook over HTTP (what the webhook
 * answers is its business: until it exists, a 404 shown in the chat), and the demo
 * clinic, signed in, uses the phone's page without JavaScript.
 */
@IntegrationTest
class WhatsAppSimulatorIT {

	private static final String NUMBER = "919800000003";

	@LocalServerPort
	int port;

	@Autowired
	WhatsAppChannel channel;

	@Autowired
	WhatsAppSimulator simulator;

	@Test
	void theTestProfileSendsWhatsAppThroughTheSimulatorToOurOwnWebhook() {
		assertThat(channel).isInstanceOf(SimulatedChannel.class);
		assertThat(simulator.webhook()).isEqualTo("http://localhost:" + port + "/api/webhooks/whatsapp/incoming");

		SendOutcome outcome = channel
			.send(new OutboundMessage.Text(NUMBER, "Your order AYR-2026-000123 is confirmed."));

		assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(latest()).satisfies(sent -> {
			assertThat(sent.tick()).isIn(Tick.DELIVERED, Tick.READ);
			assertThat(sent.problem()).as("the webhook was reached, whatever it answered")
				.satisfiesAnyOf(problem -> assertThat(problem).isNull(),
						problem -> assertThat(problem).startsWith("Ayurlahi's webhook answered "));
		}));
	}

	@Test
	void theDemoClinicTypesOnThePhoneWithoutJavaScript() {
		PortalClient browser = new PortalClient(port);
		browser.signIn("clinic@demo.ayurlahi.in", "Demo@12345");

		HttpResponse<String> page = browser.get("/dev/whatsapp");
		HttpResponse<String> sent = browser.postForm("/dev/whatsapp", "/dev/whatsapp/messages",
				Map.of("number", NUMBER, "name", "Dr. Lakshmi Varma", "text", "MENU from the IT"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("+919800000003", "Dr. Lakshmi Varma");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'", "style-src 'self'"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/dev/whatsapp?number=919800000003"));
		FromUser written = simulator.show(NUMBER)
			.entries()
			.stream()
			.filter(FromUser.class::isInstance)
			.map(FromUser.class::cast)
			.filter(user -> user.text().equals("MENU from the IT"))
			.findFirst()
			.orElseThrow();
		assertThat(written.answer()).isNotNull();
		assertThat(written.answer().status()).as("an HTTP answer from this application").isPositive();
		assertThat(browser.get("/dev/whatsapp").body()).contains("MENU from the IT");
	}

	private FromChannel latest() {
		return simulator.show(NUMBER)
			.entries()
			.stream()
			.filter(FromChannel.class::isInstance)
			.map(FromChannel.class::cast)
			.reduce((first, second) -> second)
			.orElseThrow();
	}

}
