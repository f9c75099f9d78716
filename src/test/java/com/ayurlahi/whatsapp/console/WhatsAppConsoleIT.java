package com.ayurlahi.whatsapp.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.WhatsAppNumbers;

/**
 * The team's WhatsApp console over rows as the webhook, the conversation and the outbox
 * sender leave them: the health, a conversation with both directions interleaved and our
 * messages' ticks and errors, the message log's filters (page, htmx twin and API), the
 * outbox with the ADMIN's retry (audited; refused to SUPPORT), the consent log, and the
 * doors closed to clinics and manufacturers.
 */
@IntegrationTest
class WhatsAppConsoleIT {

	private static final List<String> PAGES = List.of("/admin/whatsapp", "/admin/whatsapp/conversations",
			"/admin/whatsapp/messages", "/admin/whatsapp/outbox", "/admin/whatsapp/consents");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	JwtTokens tokens;

	@Autowired
	Clock clock;

	private WhatsAppRows rows;

	private User admin;

	private User support;

	@BeforeEach
	void setUp() {
		rows = new WhatsAppRows(jdbc);
		admin = Accounts.create(users, Role.ADMIN);
		support = Accounts.create(users, Role.SUPPORT);
	}

	@AfterEach
	void removeRows() {
		rows.removeAll();
	}

	@Test
	void aConversationShowsBothWaysInTheirOrderWithTicksErrorsAndWhatWasOffered() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		awaitHeardOf(clinic.clinic().getId());
		String phone = rows.newPhone();
		Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30));
		rows.verified(clinic.owner().getId(), phone, start.minus(Duration.ofDays(3)));
		rows.contact(phone, false, start.plusSeconds(20), start);
		rows.inbound(phone, "TEXT", "hi there", null, start, "Menu sent");
		rows.outbound(menu(phone), "REPLY", "READ", start.plusSeconds(5)).accepted("gs-menu-" + phone).write();
		rows.inbound(phone, "SELECTION", "My cart", "MENU:CART", start.plusSeconds(10), "Cart shown");
		rows.outbound(
				new OutboundMessage.QuickReply(phone, "ref-1", "Check out 2 orders?", "Totals include GST",
						List.of(new OutboundMessage.Button("Yes", "CHECKOUT:YES"),
								new OutboundMessage.Button("No", "CHECKOUT:NO"))),
				"REPLY", "DELIVERED", start.plusSeconds(15))
			.accepted("gs-quick-" + phone)
			.write();
		rows.outbound(new OutboundMessage.Template(phone, "order_shipped_v2", List.of("AYR-2026-000777", "DTDC")),
				"ORDER_SHIPPED", "SENT", start.plusSeconds(20))
			.accepted("gs-template-" + phone)
			.write();
		rows.outbound(new OutboundMessage.Text(phone, "Your payment link"), "ORDER_PLACED", "FAILED",
				start.plusSeconds(25))
			.accepted("gs-failed-" + phone)
			.failed("1002", "The number is not on WhatsApp. (Message Undeliverable)")
			.write();
		// outside the window a notice goes as its kind's template (the test profile gives
		// every kind one)
		rows.outbound(new OutboundMessage.Text(phone, "Order AYR-2026-000888 is placed"), "ORDER_PLACED", "DELIVERED",
				start.plusSeconds(27))
			.accepted("gs-as-template-" + phone)
			.sentAs("TEMPLATE",
					Map.of("orderNumber", "AYR-2026-000888", "total", "₹500.00", "link", "http://pay.example/x"))
			.write();
		// a failed delivery status brings the provider's words only
		rows.outbound(new OutboundMessage.Text(phone, "Your invoice"), "INVOICE_ISSUED", "FAILED",
				start.plusSeconds(30))
			.accepted("gs-undelivered-" + phone)
			.failed("1006", "Recipient is not a valid WhatsApp user")
			.write();

		MvcTestResult list = mvc.get()
			.uri("/admin/whatsapp/conversations?phone={phone}", "+" + phone)
			.with(as(support))
			.exchange();
		MvcTestResult page = mvc.get().uri("/admin/whatsapp/conversations/" + phone).with(as(support)).exchange();

		assertThat(list).hasStatusOk()
			.bodyText()
			.contains("data-phone=\"" + phone + "\"", clinic.clinic().getName(), clinic.owner().getFullName(), "Clinic")
			.contains("data-testid=\"inbound-count\">2<", "data-testid=\"outbound-count\">6<",
					"data-testid=\"problem-count\">2<");
		assertThat(page).hasStatusOk();
		String body = Api.body(page);
		assertThat(body)
			.contains(WhatsAppNumbers.NumberStatus.display(phone), clinic.clinic().getName(),
					"Within the 24-hour window")
			.contains("Read", "wac-ticks-read", "Delivered", "Failed", "wac-ticks-failed")
			.contains("MENU:SEARCH", "MENU:CART", "CHECKOUT:YES", "Totals include GST", "Search products")
			.contains("order_shipped_v2", "AYR-2026-000777", "DTDC")
			.contains("sim-order-placed", "Order AYR-2026-000888 for ₹500.00 is placed. Pay here: http://pay.example/x",
					"as template")
			.contains(">1002<", "The number is not on WhatsApp. (Message Undeliverable)")
			.contains(">1006<", "The user is not opted in or not active. (Recipient is not a valid WhatsApp user)");
		assertThat(body).containsSubsequence("hi there", "What would you like to do?", "My cart", "Check out 2 orders?",
				"order_shipped_v2", "Your payment link", "sim-order-placed", "Your invoice");
		assertThat(directions(body)).containsExactly("INBOUND", "OUTBOUND", "INBOUND", "OUTBOUND", "OUTBOUND",
				"OUTBOUND", "OUTBOUND", "OUTBOUND");
	}

	/**
	 * Waits until every listener has heard of what happened to {@code about} (a clinic's
	 * approval), so that no WhatsApp notice of it joins a conversation made up
	 * afterwards.
	 */
	private void awaitHeardOf(UUID about) {
		Awaitility.await()
			.until(() -> jdbc
				.sql("select count(*) from event_publication where completion_date is null"
						+ " and serialized_event like :about")
				.param("about", "%" + about + "%")
				.query(Long.class)
				.single() == 0);
	}

	@Test
	void theMessageLogFiltersByNumberDirectionAndStatusInThePageAndItsHtmxTwin() {
		String phone = rows.newPhone();
		String other = rows.newPhone();
		Instant at = clock.instant().minus(Duration.ofMinutes(10));
		rows.inbound(phone, "TEXT", "hello from the clinic", null, at, "Menu sent");
		UUID delivered = rows
			.outbound(new OutboundMessage.Text(phone, "Your order shipped"), "ORDER_SHIPPED", "DELIVERED",
					at.plusSeconds(1))
			.accepted("gs-d-" + phone)
			.write();
		UUID failed = rows
			.outbound(new OutboundMessage.Text(phone, "Pay here"), "ORDER_PLACED", "FAILED", at.plusSeconds(2))
			.failed("1006", "The user is not opted in or not active. (not opted in)")
			.write();
		rows.outbound(new OutboundMessage.Text(other, "For another number"), "ORDER_PLACED", "FAILED",
				at.plusSeconds(3))
			.failed("1002", "The number is not on WhatsApp.")
			.write();

		MvcTestResult byNumber = messages(admin, "?phone=" + phone, false);
		MvcTestResult outgoing = messages(admin, "?phone=" + phone + "&direction=OUT", false);
		MvcTestResult failures = messages(admin, "?phone=" + phone + "&status=FAILED", true);
		MvcTestResult incoming = messages(admin, "?phone=" + phone + "&direction=in", true);
		MvcTestResult notANumber = messages(admin, "?phone=callme&page=abc", false);
		MvcTestResult unfiltered = messages(admin, "", false);

		assertThat(Api.body(byNumber)).contains("3 messages", "hello from the clinic", "Your order shipped", "Pay here")
			.doesNotContain("For another number");
		assertThat(Api.body(outgoing)).contains("2 messages", delivered.toString(), failed.toString())
			.doesNotContain("hello from the clinic");
		assertThat(Api.body(failures))
			.contains("1 message", failed.toString(), ">1006<", "The user is not opted in or not active.")
			.doesNotContain(delivered.toString(), "<html");
		assertThat(Api.body(failures)).startsWith("<div id=\"message-results\"");
		assertThat(Api.body(incoming)).contains("1 message", "hello from the clinic", "Menu sent")
			.doesNotContain("Pay here");
		assertThat(notANumber).hasStatusOk();
		assertThat(Api.body(notANumber)).contains("data-testid=\"error-phone\">Enter a WhatsApp number",
				"value=\"callme\"");
		// a number that is none filters nothing (other tests' messages are in the log
		// too)
		assertThat(resultCount(notANumber)).isEqualTo(resultCount(unfiltered)).isGreaterThanOrEqualTo(4);
	}

	@Test
	void anAdminSendsAFailedMessageAgainAndTheAuditLogSaysWhoSupportCanNot() {
		String phone = rows.newPhone();
		Instant now = clock.instant();
		// an older message of the same number still waits for its turn, so the sender
		// leaves the retried one where the retry put it
		rows.outbound(new OutboundMessage.Text(phone, "Earlier, still waiting"), "ORDER_PLACED", "WAITING",
				now.minus(Duration.ofMinutes(5)))
			.due(now.plus(Duration.ofDays(1)), 3)
			.failed(null, "Gupshup answered 503: try later")
			.write();
		UUID failed = rows
			.outbound(new OutboundMessage.Text(phone, "Your invoice is ready"), "INVOICE_ISSUED", "FAILED",
					now.minus(Duration.ofMinutes(2)))
			.failed("1003", "Our Gupshup wallet balance is too low. (Insufficient balance)")
			.write();

		MvcTestResult supportPage = mvc.get().uri("/admin/whatsapp/outbox").with(as(support)).exchange();
		MvcTestResult supportRetry = retry(support, failed);
		String statusAfterSupport = rows.status(failed);
		MvcTestResult adminPage = mvc.get().uri("/admin/whatsapp/outbox").with(as(admin)).exchange();
		Instant asked = clock.instant();
		MvcTestResult adminRetry = retry(admin, failed);
		MvcTestResult again = retry(admin, failed);

		assertThat(supportPage).hasStatusOk()
			.bodyText()
			.contains("data-id=\"" + failed + "\"", "Our Gupshup wallet balance is too low.", "Earlier, still waiting",
					"Gupshup answered 503: try later")
			.doesNotContain("data-testid=\"retry-message\"");
		assertThat(supportRetry).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(statusAfterSupport).isEqualTo("FAILED");
		assertThat(adminPage).bodyText().contains("data-testid=\"retry-message\"");
		assertThat(adminRetry).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/whatsapp/outbox");
		assertThat(flash(adminRetry)).isEqualTo(new FlashMessage(FlashMessage.Level.SUCCESS,
				"The message to " + WhatsAppNumbers.NumberStatus.display(phone)
						+ " that failed is back in the outbox and goes again now."));
		assertThat(rows.status(failed)).isEqualTo("WAITING");
		assertThat(rows.nextAttemptAt(failed)).isBetween(asked.minusSeconds(1), clock.instant().plusSeconds(1));
		assertThat(auditEntries(failed)).singleElement().satisfies(entry -> {
			assertThat(entry.get("actor_id")).isEqualTo(admin.getId());
			assertThat(entry.get("actor_role")).isEqualTo("ADMIN");
			assertThat((String) entry.get("changes")).contains("\"status\"", "FAILED", "WAITING", "1003");
		});
		assertThat(flash(again)).isEqualTo(new FlashMessage(FlashMessage.Level.DANGER,
				"Only a message that failed or was not sent can be sent again; this one is waiting."));
		assertThat(auditEntries(failed)).hasSize(1);
	}

	@Test
	void theOverviewSaysHowTheChannelIsDoing() {
		int failedBefore = failedLastHour();
		String phone = rows.newPhone();
		Instant now = clock.instant();
		rows.outbound(new OutboundMessage.Text(phone, "Waiting for days"), "ORDER_PLACED", "WAITING",
				now.minus(Duration.ofDays(30)).minus(Duration.ofHours(2)).minus(Duration.ofMinutes(1)))
			.due(now.plus(Duration.ofDays(1)), 9)
			.write();
		rows.outbound(new OutboundMessage.Text(phone, "Refused"), "ORDER_PLACED", "FAILED",
				now.minus(Duration.ofMinutes(5)))
			.failed("1002", "The number is not on WhatsApp.")
			.write();
		rows.outbound(new OutboundMessage.Text(phone, "Taken"), "REPLY", "DELIVERED", now.minus(Duration.ofMinutes(1)))
			.accepted("gs-latest-" + phone)
			.write();

		MvcTestResult page = mvc.get().uri("/admin/whatsapp").with(as(support)).exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("data-testid=\"channel-state\">on<", "The simulator (development only")
			.contains(WhatsAppNumbers.NumberStatus.display(phone), "delivered")
			.contains("data-testid=\"oldest-waiting\">30 d 2 h<");
		assertThat(failedLastHour()).isEqualTo(failedBefore + 1);
	}

	@Test
	void theConsentLogListsEveryChangeOfANumberNewestFirst() {
		String phone = rows.newPhone();
		String other = rows.newPhone();
		Instant at = clock.instant().minus(Duration.ofHours(3));
		rows.consent(phone, true, "VERIFICATION", at);
		rows.consent(phone, false, "KEYWORD", at.plusSeconds(60));
		rows.consent(phone, true, "PROVIDER", at.plusSeconds(120));
		rows.consent(other, false, "KEYWORD", at.plusSeconds(180));

		MvcTestResult page = mvc.get().uri("/admin/whatsapp/consents?phone=" + phone).with(as(support)).exchange();
		MvcTestResult fragment = mvc.get()
			.uri("/admin/whatsapp/consents?phone=" + other)
			.header("HX-Request", "true")
			.with(as(support))
			.exchange();

		String body = Api.body(page);
		assertThat(body).contains("3 entries").doesNotContain("data-phone=\"" + other + "\"");
		assertThat(body).containsSubsequence("data-source=\"PROVIDER\"", "Opted in", "data-source=\"KEYWORD\"",
				"Opted out", "data-source=\"VERIFICATION\"", "The number was verified in a portal");
		assertThat(Api.body(fragment)).startsWith("<div id=\"consent-results\"")
			.contains("1 entry", "data-phone=\"" + other + "\"");
	}

	@Test
	void theApiGivesTheLogWithItsContentStatusesAndErrors() {
		Api api = new Api(mvc, tokens);
		String phone = rows.newPhone();
		Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(20));
		rows.inbound(phone, "SELECTION", "Search products", "MENU:SEARCH", at, "Asked for a word");
		UUID list = rows.outbound(menu(phone), "REPLY", "READ", at.plusSeconds(1)).accepted("gs-api-" + phone).write();
		UUID template = rows
			.outbound(new OutboundMessage.Template(phone, "payment_received", List.of("AYR-2026-000123", "₹1,197.00")),
					"PAYMENT_RECEIVED", "FAILED", at.plusSeconds(2))
			.failed("4003", "No approved template matches. (Template not found)")
			.write();

		MvcTestResult all = api.get(support, "/api/admin/whatsapp/messages?phone=" + phone);
		MvcTestResult out = api.get(admin, "/api/admin/whatsapp/messages?phone=" + phone + "&direction=out&size=1");
		MvcTestResult failed = api.get(admin, "/api/admin/whatsapp/messages?phone=" + phone + "&status=FAILED");
		MvcTestResult received = api.get(admin,
				"/api/admin/whatsapp/messages?phone=" + phone + "&direction=INBOUND&status=HANDLED");

		assertThat(all).hasStatusOk();
		Map<String, Object> page = Api.json(all);
		assertThat(page.get("page")).isEqualTo(Map.of("size", 20, "number", 0, "totalElements", 3, "totalPages", 1));
		List<Map<String, Object>> content = content(page);
		assertThat(content).extracting(message -> message.get("type")).containsExactly("template", "list", "selection");
		Map<String, Object> templateJson = content.get(0);
		assertThat(templateJson).containsEntry("id", template.toString())
			.containsEntry("phone", phone)
			.containsEntry("direction", "OUTBOUND")
			.containsEntry("status", "FAILED")
			.containsEntry("errorCode", "4003")
			.containsEntry("errorMeaning", "No approved template matches. (Template not found)")
			.containsEntry("providerId", null)
			.containsEntry("at", at.plusSeconds(2).toString())
			.containsEntry("interactive",
					Map.of("templateId", "payment_received", "parameters", List.of("AYR-2026-000123", "₹1,197.00")));
		assertThat(content.get(1)).containsEntry("id", list.toString())
			.containsEntry("status", "READ")
			.containsEntry("providerId", "gs-api-" + phone)
			.containsEntry("text", "What would you like to do?")
			.containsEntry("interactive",
					Map.of("header", "Ayurlahi", "button", "Choose", "rows",
							List.of(Map.of("title", "Search products", "description", "By name or composition",
									"postback", "MENU:SEARCH"),
									Map.of("title", "My cart", "description", "", "postback", "MENU:CART"))));
		assertThat(content.get(2)).containsEntry("direction", "INBOUND")
			.containsEntry("status", "HANDLED")
			.containsEntry("text", "Search products")
			.containsEntry("interactive", Map.of("postback", "MENU:SEARCH"))
			.containsEntry("errorCode", null);
		assertThat(content(Api.json(out))).extracting(message -> message.get("id"))
			.containsExactly(template.toString());
		assertThat(Api.json(out).get("page"))
			.isEqualTo(Map.of("size", 1, "number", 0, "totalElements", 2, "totalPages", 2));
		assertThat(content(Api.json(failed))).extracting(message -> message.get("id"))
			.containsExactly(template.toString());
		assertThat(content(Api.json(received))).extracting(message -> message.get("type")).containsExactly("selection");
	}

	@Test
	void badFiltersAreA400NamingTheParameter() {
		Api api = new Api(mvc, tokens);

		for (Map.Entry<String, String> bad : Map
			.of("direction=SIDEWAYS", "direction", "status=LOST", "status", "phone=call-me", "phone", "sort=at", "sort")
			.entrySet()) {
			MvcTestResult result = api.get(admin, "/api/admin/whatsapp/messages?" + bad.getKey());

			assertThat(result).as(bad.getKey()).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(result).as(bad.getKey()).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			Map<String, Object> problem = Api.json(result);
			assertThat(problem).as(bad.getKey()).containsEntry("status", 400).containsKey("requestId");
			assertThat(problem.get("errors")).as(bad.getKey())
				.asInstanceOf(InstanceOfAssertFactories.list(Map.class))
				.extracting(error -> error.get("field"))
				.containsExactly(bad.getValue());
		}
	}

	@Test
	void clinicsAndManufacturersAreShutOutOfThePagesAndTheApi() {
		Api api = new Api(mvc, tokens);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		User maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA).owner();
		String phone = rows.newPhone();
		rows.verified(clinic.owner().getId(), phone, clock.instant());
		UUID failed = rows
			.outbound(new OutboundMessage.Text(phone, "Hidden"), "ORDER_PLACED", "FAILED", clock.instant())
			.failed("1002", "The number is not on WhatsApp.")
			.write();

		for (User outsider : List.of(clinic.owner(), maker)) {
			for (String path : PAGES) {
				assertThat(mvc.get().uri(path).with(as(outsider))).as(path).hasStatus(HttpStatus.FORBIDDEN);
			}
			assertThat(mvc.get().uri("/admin/whatsapp/conversations/" + phone).with(as(outsider)))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(retry(outsider, failed)).hasStatus(HttpStatus.FORBIDDEN);
			MvcTestResult refused = api.get(outsider, "/api/admin/whatsapp/messages?phone=" + phone);
			assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(Api.body(refused)).doesNotContain(phone);
		}
		assertThat(mvc.get().uri("/api/admin/whatsapp/messages")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(rows.status(failed)).isEqualTo("FAILED");
		for (String path : PAGES) {
			assertThat(mvc.get().uri(path).with(as(support))).as(path).hasStatusOk();
		}
		assertThat(mvc.get().uri("/admin/whatsapp/conversations/919000000001").with(as(support)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult messages(User viewer, String query, boolean htmx) {
		var request = mvc.get().uri("/admin/whatsapp/messages" + query).with(as(viewer));
		if (htmx) {
			request = request.header("HX-Request", "true");
		}
		return request.exchange();
	}

	private static int resultCount(MvcTestResult list) {
		Matcher count = Pattern.compile("data-testid=\"result-count\">(\\d+) messages?<").matcher(Api.body(list));
		assertThat(count.find()).isTrue();
		return Integer.parseInt(count.group(1));
	}

	private MvcTestResult retry(User viewer, UUID messageId) {
		return mvc.post()
			.uri("/admin/whatsapp/outbox/" + messageId + "/retry")
			.with(as(viewer))
			.with(csrf())
			.exchange();
	}

	private int failedLastHour() {
		String body = Api.body(mvc.get().uri("/admin/whatsapp").with(as(admin)).exchange());
		Matcher count = Pattern.compile("data-testid=\"failed-last-hour\">\\s*<span[^>]*>(\\d+)</span>").matcher(body);
		assertThat(count.find()).as(body).isTrue();
		return Integer.parseInt(count.group(1));
	}

	private List<Map<String, Object>> auditEntries(UUID messageId) {
		return jdbc.sql("""
				select actor_id, actor_role, changes from audit_entries
				 where action = 'WHATSAPP_MESSAGE_RETRIED' and entity_type = 'WhatsAppMessage' and entity_id = :id
				""").param("id", messageId.toString()).query().listOfRows();
	}

	private static List<String> directions(String body) {
		Matcher matcher = Pattern.compile("data-testid=\"conversation-message\" data-direction=\"(\\w+)\"")
			.matcher(body);
		List<String> directions = new ArrayList<>();
		while (matcher.find()) {
			directions.add(matcher.group(1));
		}
		return directions;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> content(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("content");
	}

	private static OutboundMessage.Menu menu(String phone) {
		return new OutboundMessage.Menu(phone, "menu-1", "Ayurlahi", "What would you like to do?", "Choose",
				List.of(new OutboundMessage.Row("Search products", "By name or composition", "MENU:SEARCH"),
						new OutboundMessage.Row("My cart", "", "MENU:CART")));
	}

	private static Object flash(MvcTestResult result) {
		return result.getMvcResult().getFlashMap().get(FlashMessage.ATTRIBUTE);
	}

	private static RequestPostProcessor as(User user) {
		return user(Accounts.principal(user));
	}

}
