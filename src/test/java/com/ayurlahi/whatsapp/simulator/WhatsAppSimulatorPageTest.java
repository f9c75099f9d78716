package com.ayurlahi.whatsapp.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.auth.internal.WithRealSecurity;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.whatsapp.ChannelUnavailableException;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.SendOutcome;
import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.ayurlahi.whatsapp.internal.Numbers;
import com.ayurlahi.whatsapp.simulator.ChatEntry.FromChannel;
import com.ayurlahi.whatsapp.simulator.ChatEntry.Tick;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The simulator's page with the real security: the phone shows what the channel sent
 * (text, buttons, a list's rows, a template with its parameters) with its ticks; typing,
 * tapping and "resend last" post Gupshup's callbacks to the webhook (a local stand-in
 * here); a webhook that is not there is a line in the chat; the polling answers 204 while
 * nothing changed; the failure controls fail the channel's next sends or delivery. Each
 * test has a number of its own, as the simulator lives on between tests.
 */
@WebMvcTest(controllers = WhatsAppSimulatorController.class,
		properties = { "ayurlahi.whatsapp.simulator.enabled=true", "ayurlahi.whatsapp.api-key=",
				"ayurlahi.whatsapp.webhook-token=page-test-token", "ayurlahi.whatsapp.simulator.step-delay=20ms" })
@WithRealSecurity
@Import({ SimulatorConfiguration.class, WhatsAppSimulatorPageTest.Settings.class })
class WhatsAppSimulatorPageTest {

	private static final WireMockServer webhook = started();

	private static final String PATH = "/api/webhooks/whatsapp/incoming";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	WhatsAppSimulator simulator;

	/**
	 * No number is verified by an account here: every signed-in user may open any phone.
	 */
	@MockitoBean
	Numbers numbers;

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WhatsAppSettings.class)
	static class Settings {

	}

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry properties) {
		properties.add("ayurlahi.whatsapp.simulator.webhook-base-url", webhook::baseUrl);
	}

	@AfterAll
	static void stop() {
		webhook.stop();
	}

	@BeforeEach
	void reset() {
		webhook.resetAll();
		webhook.stubFor(post(urlPathEqualTo(PATH)).willReturn(ok()));
		simulator.failures().clear();
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		assertThat(mvc.get().uri("/dev/whatsapp")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
	}

	@Test
	void theDemoClinicsPhoneShowsWhatTheChannelSentWithItsTicks() {
		SimulatedChannel channel = new SimulatedChannel(simulator);
		channel.send(new OutboundMessage.Text("919800000003", "Your order AYR-2026-000123 is on its way."));
		channel.send(new OutboundMessage.QuickReply("919800000003", "confirm-9", "Confirm order AYR-2026-000124?",
				"Ayurlahi", List.of(new OutboundMessage.Button("Yes", "CONFIRM:AYR-2026-000124"),
						new OutboundMessage.Button("No", "CANCEL:AYR-2026-000124"))));
		channel.send(new OutboundMessage.Menu("919800000003", "menu-7", "Triphala", "Pick a product", "Choose",
				List.of(new OutboundMessage.Row("Triphala Churna", "100 g · ₹73.50", "ADD:SAP-TRI-100"))));
		channel.send(new OutboundMessage.Template("919800000003", "order_shipped", List.of("AYR-2026-000125", "DTDC")));
		await().atMost(Duration.ofSeconds(5)).until(() -> delivered("919800000003") == 4);

		MvcTestResult page = mvc.get().uri("/dev/whatsapp").with(clinic()).exchange();

		assertThat(page).hasStatusOk().hasViewName("dev/whatsapp");
		assertThat(page).bodyText()
			.contains("data-testid=\"simulator-banner\"", "+919800000003", "Dr. Lakshmi Varma")
			.contains("Your order AYR-2026-000123 is on its way.", "Confirm order AYR-2026-000124?",
					"data-postback=\"CONFIRM:AYR-2026-000124\"", ">No</button>")
			.contains("Pick a product", "<summary class=\"wa-option\">Choose</summary>", "Triphala Churna",
					"100 g · ₹73.50", "data-postback=\"ADD:SAP-TRI-100\"")
			.contains("Template <code>order_shipped</code>", "<li>AYR-2026-000125</li>", "<li>DTDC</li>")
			.contains("data-testid=\"tick\"", "hx-trigger=\"every 1s\"",
					"hx-get=\"/dev/whatsapp?number=919800000003&amp;since=")
			.contains(webhook.baseUrl() + PATH)
			.doesNotContain("page-test-token", "style=");
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			String shown = mvc.get().uri("/dev/whatsapp").with(clinic()).exchange().getResponse().getContentAsString();
			assertThat(shown.split("data-tick=\"read\"", -1)).hasSize(5);
		});
		assertThat(webhook.findAll(postRequestedFor(urlPathEqualTo(PATH))
			.withRequestBody(matchingJsonPath("$.payload.type", equalTo("read")))
			.withRequestBody(matchingJsonPath("$.payload.destination", equalTo("919800000003"))))).hasSize(4);
	}

	@Test
	void whatTheUserTypesIsPostedToTheWebhookAndShownOnThePhone() {
		MvcTestResult sent = mvc.post()
			.uri("/dev/whatsapp/messages")
			.param("number", "+91 98000 00010")
			.param("name", "Dr. Meera Pillai")
			.param("text", "MENU")
			.with(clinic())
			.with(csrf())
			.exchange();

		assertThat(sent).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/dev/whatsapp?number=919800000010");
		assertThat(from("919800000010")).singleElement()
			.satisfies(callback -> assertThat(callback.getBodyAsString()).contains("\"type\":\"message\"",
					"\"payload\":{\"text\":\"MENU\"}", "\"name\":\"Dr. Meera Pillai\""))
			.satisfies(
					callback -> assertThat(callback.queryParameter("token").firstValue()).isEqualTo("page-test-token"));
		assertThat(mvc.get().uri("/dev/whatsapp?number=919800000010").with(clinic())).bodyText()
			.contains("data-testid=\"user-text\">MENU</div>", "· webhook 200", "value=\"Dr. Meera Pillai\"");
	}

	@Test
	void withHtmxASendAnswersThePhoneAloneWithAnEmptyBox() {
		MvcTestResult sent = mvc.post()
			.uri("/dev/whatsapp/messages")
			.header("HX-Request", "true")
			.param("number", "919800000011")
			.param("name", "Dr. Lakshmi Varma")
			.param("text", "STATUS AYR-2026-000123")
			.with(clinic())
			.with(csrf())
			.exchange();

		assertThat(sent).hasStatusOk();
		assertThat(sent).bodyText()
			.startsWith("<section id=\"phone\"")
			.contains("STATUS AYR-2026-000123", "id=\"text\" type=\"text\"")
			.doesNotContain("<html", "value=\"STATUS AYR-2026-000123\"");
		assertThat(from("919800000011")).hasSize(1);
	}

	@Test
	void anEmptyMessageIsRefusedNextToItsBox() {
		MvcTestResult refused = mvc.post()
			.uri("/dev/whatsapp/messages")
			.param("number", "919800000012")
			.param("name", "Dr. Lakshmi Varma")
			.param("text", " ")
			.with(clinic())
			.with(csrf())
			.exchange();

		assertThat(refused).hasStatusOk().hasViewName("dev/whatsapp");
		assertThat(refused).bodyText().contains("data-testid=\"error-text\">Type a message.</div>");
		assertThat(from("919800000012")).isEmpty();
	}

	@Test
	void tappingARowPostsItsListReply() {
		new SimulatedChannel(simulator).send(new OutboundMessage.Menu("919800000013", "menu-8", "", "Pick a product",
				"Choose", List.of(new OutboundMessage.Row("Triphala Churna", "", "ADD:SAP-TRI-100"),
						new OutboundMessage.Row("Ashwagandha Churna", "", "ADD:SAP-ASH-100"))));
		await().atMost(Duration.ofSeconds(5)).until(() -> latest("919800000013").tappable());

		MvcTestResult tapped = mvc.post()
			.uri("/dev/whatsapp/taps")
			.header("HX-Request", "true")
			.param("number", "919800000013")
			.param("entry", String.valueOf(latest("919800000013").seq()))
			.param("option", "1")
			.with(clinic())
			.with(csrf())
			.exchange();

		assertThat(tapped).hasStatusOk();
		assertThat(tapped).bodyText().contains("tapped ·", "<code>ADD:SAP-ASH-100</code>");
		assertThat(webhook.findAll(postRequestedFor(urlPathEqualTo(PATH))
			.withRequestBody(matchingJsonPath("$.payload.type", equalTo("list_reply")))
			.withRequestBody(matchingJsonPath("$.payload.payload.postbackText", equalTo("ADD:SAP-ASH-100")))))
			.hasSize(1);
	}

	@Test
	void aWebhookThatIsNotThereYetIsALineInTheChat() {
		webhook.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)));

		mvc.post()
			.uri("/dev/whatsapp/messages")
			.param("number", "919800000014")
			.param("name", "Dr. Lakshmi Varma")
			.param("text", "MENU")
			.with(clinic())
			.with(csrf())
			.exchange();

		assertThat(mvc.get().uri("/dev/whatsapp?number=919800000014").with(clinic())).hasStatusOk()
			.bodyText()
			.contains("data-testid=\"webhook-problem\">Ayurlahi&#39;s webhook answered 404 Not Found: is the WhatsApp "
					+ "webhook there yet?</div>")
			.doesNotContain("Exception");
	}

	@Test
	void thePollingAnswers204UntilTheConversationChanges() {
		long version = simulator.version("919800000015");

		assertThat(poll("919800000015", version)).hasStatus(HttpStatus.NO_CONTENT).body().isEmpty();
		new SimulatedChannel(simulator).send(new OutboundMessage.Text("919800000015", "News"));

		MvcTestResult changed = poll("919800000015", version);
		assertThat(changed).hasStatusOk();
		assertThat(changed).bodyText().startsWith("<div id=\"conversation\"").contains("News").doesNotContain("<html");
	}

	@Test
	void thePanelFailsTheNextSendsWithACodeOrAServerError() {
		MvcTestResult told = mvc.post()
			.uri("/dev/whatsapp/failures")
			.param("number", "919800000016")
			.param("count", "2")
			.param("failure", "1002")
			.with(clinic())
			.with(csrf())
			.exchange();
		SimulatedChannel channel = new SimulatedChannel(simulator);

		assertThat(told).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/dev/whatsapp?number=919800000016")
			.flash()
			.hasEntrySatisfying("flash", flash -> assertThat(flash)
				.hasToString("FlashMessage[level=INFO, text=The next 2 sends fail with code 1002.]"));
		assertThat(channel.send(new OutboundMessage.Text("919800000016", "One"))).isEqualTo(new SendOutcome.Refused(
				"1002", "The number is not on WhatsApp. (simulated by the WhatsApp simulator)"));
		assertThat(channel.send(new OutboundMessage.Text("919800000016", "Two")))
			.isInstanceOf(SendOutcome.Refused.class);
		assertThat(channel.send(new OutboundMessage.Text("919800000016", "Three")))
			.isInstanceOf(SendOutcome.Accepted.class);

		mvc.post()
			.uri("/dev/whatsapp/failures")
			.param("number", "919800000016")
			.param("count", "1")
			.param("failure", "http-503")
			.with(clinic())
			.with(csrf())
			.exchange();
		assertThatExceptionOfType(ChannelUnavailableException.class)
			.isThrownBy(() -> channel.send(new OutboundMessage.Text("919800000016", "Four")));
		assertThat(mvc.get().uri("/dev/whatsapp?number=919800000016").with(clinic())).bodyText()
			.contains("Refused: 1002 · The number is not on WhatsApp.", "data-tick=\"not-taken\"",
					"Not taken: Gupshup answered HTTP 503");
	}

	@Test
	void aWrongFailureIsRefusedNextToItsField() {
		MvcTestResult refused = mvc.post()
			.uri("/dev/whatsapp/failures")
			.param("number", "919800000017")
			.param("count", "0")
			.param("failure", "http-404")
			.with(clinic())
			.with(csrf())
			.exchange();

		assertThat(refused).hasStatusOk().hasViewName("dev/whatsapp");
		assertThat(refused).bodyText()
			.contains("data-testid=\"error-count\">At least one.</div>",
					"data-testid=\"error-failure\">A Gupshup error code or an HTTP 5xx.</div>");
		assertThat(simulator.failures().plan().sendsToFail()).isZero();
	}

	@Test
	void thePanelFailsTheNextDelivery() {
		mvc.post()
			.uri("/dev/whatsapp/failures/delivery")
			.param("number", "919800000018")
			.param("code", "1012")
			.with(clinic())
			.with(csrf())
			.exchange();

		new SimulatedChannel(simulator).send(new OutboundMessage.Text("919800000018", "Opted out"));

		await().atMost(Duration.ofSeconds(5)).until(() -> latest("919800000018").tick() == Tick.FAILED);
		assertThat(from("919800000018")).extracting(LoggedRequest::getBodyAsString)
			.anySatisfy(body -> assertThat(body).contains("\"type\":\"failed\"", "\"code\":1012"));
	}

	@Test
	void resendLastPostsTheSameMessageIdAgain() {
		String id = simulator.write("919800000019", "Dr. Lakshmi Varma", "MENU").messageId();

		MvcTestResult resent = mvc.post()
			.uri("/dev/whatsapp/resend")
			.param("number", "919800000019")
			.with(clinic())
			.with(csrf())
			.exchange();

		assertThat(resent).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/dev/whatsapp?number=919800000019");
		assertThat(from("919800000019")).hasSize(2)
			.extracting(LoggedRequest::getBodyAsString)
			.allSatisfy(body -> assertThat(body).contains("\"id\":\"" + id + "\""))
			.satisfies(bodies -> assertThat(bodies.get(0)).isEqualTo(bodies.get(1)));
	}

	private MvcTestResult poll(String number, long since) {
		return mvc.get()
			.uri("/dev/whatsapp?number={number}&since={since}", number, since)
			.header("HX-Request", "true")
			.with(clinic())
			.exchange();
	}

	private FromChannel latest(String number) {
		return simulator.show(number)
			.entries()
			.stream()
			.filter(FromChannel.class::isInstance)
			.map(FromChannel.class::cast)
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private long delivered(String number) {
		return webhook
			.findAll(postRequestedFor(urlPathEqualTo(PATH))
				.withRequestBody(matchingJsonPath("$.payload.destination", equalTo(number)))
				.withRequestBody(matchingJsonPath("$.payload.type", equalTo("delivered"))))
			.size();
	}

	/**
	 * The callbacks of the user at {@code number} and of the channel's messages to it.
	 */
	private static List<LoggedRequest> from(String number) {
		return webhook.findAll(postRequestedFor(urlPathEqualTo(PATH)))
			.stream()
			.filter(request -> request.getBodyAsString().contains("\"" + number + "\""))
			.toList();
	}

	private static RequestPostProcessor clinic() {
		return user(AuthenticatedUser.fromToken(UUID.randomUUID(), "clinic@demo.ayurlahi.in", "Dr. Lakshmi Varma",
				Role.CLINIC));
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort());
		server.start();
		return server;
	}

}
