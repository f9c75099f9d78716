package com.ayurlahi.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.invoices.Invoice;
import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.notifications.NotificationCenter;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.orders.Shipment;
import com.ayurlahi.payments.PaymentCheckout;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.PaymentQueries;
import com.ayurlahi.payments.PaymentStatus;
import com.ayurlahi.payments.SandboxCheckout;
import com.ayurlahi.payments.SettlementLedger;
import com.ayurlahi.payments.gateway.SandboxRazorpay;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.test.TestDatabase;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Disputes through {@code /api/disputes} on paid, delivered orders, with the sandbox
 * refunding like Razorpay: an offer accepted and refunded to the paisa with its credit
 * note, a contested dispute decided by an admin, a deadline that passes (the clock is
 * moved), and the refusals: outside the window, too many units, a second open dispute,
 * wrong or too large files, too much money, another party's dispute, two decisions at
 * once.
 */
@IntegrationTest
@TestPropertySource(
		properties = { TestDatabase.PURPOSE_PROPERTY + "=disputes", "ayurlahi.disputes.escalation-interval=1h" })
class DisputeFlowIT {

	/** The first bytes of a JPEG, and enough after them to be a file. */
	static final byte[] PHOTO = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Autowired
	MovableClock clock;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	ProductListing listing;

	@Autowired
	OrderPlacement placement;

	@Autowired
	OrderManagement orders;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	PaymentQueries payments;

	@Autowired
	SettlementLedger ledger;

	@Autowired
	InvoiceManagement invoices;

	@Autowired
	JobRunner jobs;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NotificationCenter notifications;

	@Autowired
	SandboxRazorpay sandbox;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void aBrokenBottleIsOfferedForAcceptedAndRefundedWithItsCreditNote() throws Exception {
		Fixture fixture = new Fixture();
		Map<String, Object> opened = fixture.open(fixture.firstLine(), 1, "DAMAGED_IN_TRANSIT");
		String id = (String) opened.get("id");
		assertThat(opened.get("status")).isEqualTo("AWAITING_MANUFACTURER");
		assertThat((String) opened.get("disputeNumber")).matches("AYR-D-\\d{4}-\\d{6}");
		assertThat(opened.get("respondBy")).isNotNull();

		assertThat(holds(fixture)).containsExactly((String) opened.get("disputeNumber"));
		Awaitility.await()
			.untilAsserted(() -> assertThat(notifications.unread(fixture.maker.owner().getId(), 10)).anySatisfy(
					note -> assertThat(note.message()).contains("reported a problem", fixture.order.orderNumber())
						.doesNotContain(fixture.clinic.owner().getEmail())));

		MvcTestResult photo = fixture.upload(fixture.clinic.owner(), id, "bottle.jpg", PHOTO);
		assertThat(photo).hasStatus(HttpStatus.CREATED);
		assertThat(photo).bodyJson().extractingPath("$.evidence[0].contentType").isEqualTo("image/jpeg");
		assertThat(photo).bodyJson().extractingPath("$.evidence[0].sha256").asString().hasSize(64);
		@SuppressWarnings("unchecked")
		String evidenceId = ((List<Map<String, Object>>) Api.json(photo).get("evidence")).get(0).get("id").toString();
		MvcTestResult file = fixture.api.get(fixture.maker.owner(), "/api/disputes/" + id + "/evidence/" + evidenceId);
		assertThat(file).hasStatusOk().hasContentType("image/jpeg");
		assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(PHOTO);

		MvcTestResult offered = fixture.api.post(fixture.maker.owner(), "/api/disputes/" + id + "/respond", """
				{"action":"OFFER","lines":[{"orderItemId":"%s","quantity":1,"amount":100.00}],
				 "note":"One bottle, less the courier's share"}""".formatted(fixture.firstLine()));
		assertThat(offered).hasStatusOk();
		assertThat(offered).bodyJson().extractingPath("$.status").isEqualTo("AWAITING_CLINIC");
		assertThat(offered).bodyJson().extractingPath("$.lines[0].offerAmount").isEqualTo(100.0);
		Awaitility.await()
			.untilAsserted(() -> assertThat(notifications.unread(fixture.clinic.owner().getId(), 10))
				.anySatisfy(note -> assertThat(note.message()).contains("made an offer")));

		MvcTestResult accepted = fixture.api.post(fixture.clinic.owner(), "/api/disputes/" + id + "/offer/accept",
				null);
		assertThat(accepted).hasStatusOk();
		assertThat(accepted).bodyJson().extractingPath("$.status").isEqualTo("RESOLVED");
		assertThat(accepted).bodyJson().extractingPath("$.resolution").isEqualTo("REFUND_AMOUNT");
		assertThat(accepted).bodyJson().extractingPath("$.refundTotal").isEqualTo(100.0);
		assertThat(holds(fixture)).isEmpty();

		Awaitility.await()
			.untilAsserted(() -> assertThat(payments.get(fixture.checkout.paymentId(), fixture.clinicUser()).status())
				.isEqualTo(PaymentStatus.PARTIALLY_REFUNDED));
		assertThat(ledger.check().unbalancedPayments()).doesNotContain(fixture.checkout.paymentId());
		// ₹100.00 back: ₹95.24 taxable and ₹4.76 IGST; the commission on ₹95.24 (₹9.52),
		// its GST
		// (₹5.49 → ₹3.78: ₹1.71) and TCS (₹1.53 → ₹1.05: ₹0.48) come back, the payout
		// gives ₹88.29
		assertThat(jdbc.sql("select commission, commission_gst, tcs, payout from refunds where order_id = ?")
			.param(fixture.order.id())
			.query((row, n) -> List.of(row.getBigDecimal(1), row.getBigDecimal(2), row.getBigDecimal(3),
					row.getBigDecimal(4)))
			.single()).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("9.52"), new BigDecimal("1.71"), new BigDecimal("0.48"),
					new BigDecimal("88.29"));
		Awaitility.await().untilAsserted(() -> assertThat(creditNotes(fixture)).singleElement().satisfies(note -> {
			assertThat(note.getTotal()).isEqualByComparingTo("100.00");
			assertThat(note.getTaxableValue()).isEqualByComparingTo("95.24");
			assertThat(note.getIgst()).isEqualByComparingTo("4.76");
			assertThat(note.getReason()).startsWith("Deficient supply");
			assertThat(jdbc.sql("select quantity from invoice_lines where invoice_id = ?")
				.param(note.getId())
				.query(Integer.class)
				.list()).containsExactly(1);
		}));
		assertThat(fixture.api.get(fixture.clinic.owner(), "/api/disputes/" + id)).bodyJson()
			.extractingPath("$.refund.status")
			.isEqualTo("PROCESSED");
		assertThat(actions(id)).contains("DISPUTE_OPENED", "DISPUTE_EVIDENCE_ADDED", "DISPUTE_OFFERED",
				"DISPUTE_OFFER_ACCEPTED");
	}

	@Test
	void aClaimRefundRazorpayFailsLeavesTheDisputeResolvedAndTheRefundFlaggedUntilAskedAgain() {
		Fixture fixture = new Fixture();
		String id = (String) fixture.open(fixture.secondLine(), 1, "WRONG_ITEM").get("id");
		sandbox.failNextRefund();

		MvcTestResult accepted = fixture.api.post(fixture.maker.owner(), "/api/disputes/" + id + "/respond", """
				{"action":"ACCEPT","note":"Sorry, wrong strength packed"}""");

		assertThat(accepted).bodyJson().extractingPath("$.status").isEqualTo("RESOLVED");
		Awaitility.await()
			.untilAsserted(() -> assertThat(fixture.api.get(fixture.clinic.owner(), "/api/disputes/" + id)).bodyJson()
				.extractingPath("$.refund.status")
				.isEqualTo("FAILED"));
		assertThat(payments.get(fixture.checkout.paymentId(), fixture.clinicUser()).reviewReason()).contains("failed")
			.contains("₹84.00");
		assertThat(creditNotes(fixture)).isEmpty();

		String refundId = (String) ((Map<?, ?>) Api.json(fixture.api.get(fixture.clinic.owner(), "/api/disputes/" + id))
			.get("refund")).get("id");
		User admin = Accounts.create(users, Role.ADMIN);
		assertThat(mvc.post()
			.uri("/admin/payments/refunds/" + refundId + "/again")
			.with(Accounts.login(admin))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();

		Awaitility.await()
			.untilAsserted(() -> assertThat(fixture.api.get(fixture.clinic.owner(), "/api/disputes/" + id)).bodyJson()
				.extractingPath("$.refund.status")
				.isEqualTo("PROCESSED"));
		Awaitility.await()
			.untilAsserted(() -> assertThat(creditNotes(fixture)).singleElement()
				.satisfies(note -> assertThat(note.getTotal()).isEqualByComparingTo("84.00")));
		assertThat(ledger.check().unbalancedPayments()).doesNotContain(fixture.checkout.paymentId());
	}

	@Test
	void aContestedDisputeIsDecidedByAnAdminNotBySupport() {
		Fixture fixture = new Fixture();
		String id = (String) fixture.open(fixture.firstLine(), 2, "EXPIRED_OR_SHORT_EXPIRY").get("id");

		MvcTestResult contested = fixture.api.post(fixture.maker.owner(), "/api/disputes/" + id + "/respond", """
				{"action":"CONTEST","note":"The batch expires in 2028; see the label."}""");
		assertThat(contested).bodyJson().extractingPath("$.status").isEqualTo("ESCALATED");

		User support = Accounts.create(users, Role.SUPPORT);
		User admin = Accounts.create(users, Role.ADMIN);
		assertThat(fixture.api.post(support, "/api/disputes/" + id + "/decide", """
				{"resolution":"REFUND_IN_FULL"}""")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(fixture.api.post(support, "/api/disputes/" + id + "/messages", """
				{"text":"Asked the clinic for the label photo.","internal":true}""")).hasStatusOk();

		MvcTestResult decided = fixture.api.post(admin, "/api/disputes/" + id + "/decide", """
				{"resolution":"REFUND_IN_FULL","note":"The label shows a past date."}""");
		assertThat(decided).hasStatusOk();
		assertThat(decided).bodyJson().extractingPath("$.status").isEqualTo("RESOLVED");
		// 2 × ₹112.50 with IGST 5 %: ₹236.25
		assertThat(decided).bodyJson().extractingPath("$.refundTotal").isEqualTo(236.25);
		assertThat(fixture.api.get(fixture.maker.owner(), "/api/disputes/" + id)).bodyJson()
			.extractingPath("$.messages")
			.asArray()
			.isEmpty();
		assertThat(fixture.api.post(admin, "/api/disputes/" + id + "/decide", """
				{"resolution":"REJECTED","note":"Again"}""")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void aDisputeTheManufacturerLeavesUnansweredGoesToTheTeamWhenItsDeadlinePasses() {
		Fixture fixture = new Fixture();
		String id = (String) fixture.open(fixture.firstLine(), 1, "WRONG_ITEM").get("id");
		jobs.run("dispute-escalation");
		assertThat(status(fixture, id)).isEqualTo("AWAITING_MANUFACTURER");

		clock.moveBy(Duration.ofHours(49));
		jobs.run("dispute-escalation");

		assertThat(status(fixture, id)).isEqualTo("ESCALATED");
		assertThat(fixture.api.get(fixture.clinic.owner(), "/api/disputes/" + id)).bodyJson()
			.extractingPath("$.timeline[1].actorRole")
			.isEqualTo("SYSTEM");
		assertThat(actions(id)).contains("DISPUTE_OVERDUE");
	}

	@Test
	void badReportsAreRefusedWithWhatIsWrongAndNothingIsWritten() {
		Fixture fixture = new Fixture();
		assertThat(fixture.report(fixture.firstLine(), 3, "SHORT_OR_MISSING")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("lines[0].quantity");
		String first = (String) fixture.open(fixture.firstLine(), 1, "SHORT_OR_MISSING").get("id");
		MvcTestResult second = fixture.report(fixture.secondLine(), 1, "QUALITY_COMPLAINT");
		assertThat(second).hasStatus(HttpStatus.CONFLICT);
		assertThat(second).bodyJson().extractingPath("$.detail").asString().contains("is still open");

		assertThat(fixture.upload(fixture.clinic.owner(), first, "photo.jpg", "not a photo".getBytes()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("file");
		byte[] huge = new byte[DisputeEvidenceFiles.MAX_BYTES + 1];
		System.arraycopy(PHOTO, 0, huge, 0, PHOTO.length);
		assertThat(fixture.upload(fixture.clinic.owner(), first, "huge.jpg", huge))
			.hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("5 MB");
		assertThat(fixture.api.post(fixture.maker.owner(), "/api/disputes/" + first + "/respond",
				"""
						{"action":"OFFER","lines":[{"orderItemId":"%s","quantity":1,"amount":500.00}]}"""
					.formatted(fixture.firstLine())))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("left to refund");

		Fixture other = new Fixture();
		assertThat(fixture.api.get(other.clinic.owner(), "/api/disputes/" + first)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(fixture.api.post(other.maker.owner(), "/api/disputes/" + first + "/respond", """
				{"action":"CONTEST","note":"Not ours"}""")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(fixture.api.get(other.clinic.owner(), "/api/disputes")).bodyJson()
			.extractingPath("$.content")
			.asArray()
			.isEmpty();
		assertThat(jdbc.sql("select count(*) from disputes where order_id = ?")
			.param(fixture.order.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theWindowClosesSevenDaysAfterDelivery() {
		Fixture fixture = new Fixture();
		clock.moveBy(Duration.ofDays(8));

		MvcTestResult late = fixture.report(fixture.firstLine(), 1, "DAMAGED_IN_TRANSIT");

		assertThat(late).hasStatus(HttpStatus.CONFLICT);
		assertThat(late).bodyJson().extractingPath("$.detail").asString().contains("ended on");
	}

	@Test
	void twoDecisionsAtOnceApplyOnce() throws Exception {
		Fixture fixture = new Fixture();
		String id = (String) fixture.open(fixture.secondLine(), 1, "QUALITY_COMPLAINT").get("id");
		fixture.api.post(fixture.maker.owner(), "/api/disputes/" + id + "/respond", """
				{"action":"CONTEST","note":"Quality is as certified."}""");
		User admin = Accounts.create(users, Role.ADMIN);
		Callable<Integer> decide = () -> fixture.api.post(admin, "/api/disputes/" + id + "/decide", """
				{"resolution":"REFUND_IN_FULL"}""").getResponse().getStatus();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> one = pool.submit(decide);
			Future<Integer> two = pool.submit(decide);
			assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from refunds where claim is not null and order_id = ?")
			.param(fixture.order.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void thePortalsReportAnswerAndShowADisputeWithoutTheClinicsContacts() {
		Fixture fixture = new Fixture();
		String reportPath = "/clinic/orders/" + fixture.order.id() + "/dispute";
		assertThat(mvc.get().uri(reportPath).with(Accounts.login(fixture.clinic.owner())).exchange()).hasStatusOk()
			.bodyText()
			.contains("You can report a problem until");

		MvcTestResult tooMany = mvc.post()
			.uri(reportPath)
			.with(Accounts.login(fixture.clinic.owner()))
			.with(csrf())
			.param("lines[0].orderItemId", fixture.firstLine().toString())
			.param("lines[0].quantity", "5")
			.param("lines[0].reason", "SHORT_OR_MISSING")
			.param("description", "Short by five")
			.exchange();
		assertThat(tooMany).hasStatusOk().bodyText().contains("between 1 and 2 units can be disputed");
		assertThat(mvc.post()
			.uri(reportPath)
			.with(Accounts.login(fixture.clinic.owner()))
			.with(csrf())
			.param("description", "Nothing chosen")
			.exchange()).hasStatusOk().bodyText().contains("Choose at least one line of the order.");

		MvcTestResult reported = mvc.post()
			.uri(reportPath)
			.with(Accounts.login(fixture.clinic.owner()))
			.with(csrf())
			.param("lines[0].orderItemId", fixture.firstLine().toString())
			.param("lines[0].quantity", "1")
			.param("lines[0].reason", "DAMAGED_IN_TRANSIT")
			.param("description", "One bottle broken")
			.exchange();
		assertThat(reported).hasStatus3xxRedirection();
		String page = reported.getResponse().getRedirectedUrl();
		String id = page.substring(page.lastIndexOf('/') + 1);

		MvcTestResult makerPage = mvc.get()
			.uri("/manufacturer/disputes/" + id)
			.with(Accounts.login(fixture.maker.owner()))
			.exchange();
		assertThat(makerPage).hasStatusOk().bodyText().contains("One bottle broken", "Your answer");
		assertThat(makerPage).bodyText().doesNotContain(fixture.clinic.owner().getEmail());
		assertThat(mvc.get().uri("/manufacturer/disputes").with(Accounts.login(fixture.maker.owner())).exchange())
			.hasStatusOk()
			.bodyText()
			.containsPattern(
					"answer within <span data-deadline=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\">4\\d h</span>");

		assertThat(mvc.post()
			.uri("/manufacturer/disputes/" + id + "/respond")
			.with(Accounts.login(fixture.maker.owner()))
			.with(csrf())
			.param("action", "CONTEST")
			.exchange()).hasStatusOk().bodyText().contains("Say why you contest it");
		MvcTestResult contested = mvc.post()
			.uri("/manufacturer/disputes/" + id + "/respond")
			.with(Accounts.login(fixture.maker.owner()))
			.with(csrf())
			.param("action", "CONTEST")
			.param("note", "Packed with care; see the courier's receipt.")
			.exchange();
		assertThat(contested).hasStatus3xxRedirection();

		User admin = Accounts.create(users, Role.ADMIN);
		assertThat(mvc.get().uri("/admin/disputes?status=ESCALATED").with(Accounts.login(admin)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains(fixture.order.orderNumber(), "Open chargebacks");
		assertThat(mvc.get().uri("/admin/disputes/" + id).with(Accounts.login(admin)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Decision", "Packed with care");
		assertThat(mvc.post()
			.uri("/admin/disputes/" + id + "/decide")
			.with(Accounts.login(admin))
			.with(csrf())
			.param("action", "REJECTED")
			.param("note", "The courier's receipt shows the carton intact.")
			.exchange()).hasStatus3xxRedirection();
		assertThat(status(fixture, id)).isEqualTo("REJECTED");
		assertThat(mvc.get().uri("/clinic/disputes/" + id).with(Accounts.login(fixture.clinic.owner())).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("Rejected", "Reopen");
		MvcTestResult thread = mvc.get()
			.uri("/manufacturer/disputes/" + id)
			.header("HX-Request", "true")
			.with(Accounts.login(fixture.maker.owner()))
			.exchange();
		assertThat(thread).hasStatusOk().bodyText().contains("id=\"messages\"").doesNotContain("<html");
	}

	private List<Invoice> creditNotes(Fixture fixture) {
		return invoices.forOrder(fixture.order.id(), Profiles.ADMIN).stream().filter(Invoice::isCreditNote).toList();
	}

	private List<String> holds(Fixture fixture) {
		return jdbc.sql("""
				select h.dispute_number from payout_transfer_holds h join payout_transfers t on t.id = h.transfer_id
				 where t.order_id = ?""").param(fixture.order.id()).query(String.class).list();
	}

	private String status(Fixture fixture, String id) {
		return (String) Api.json(fixture.api.get(fixture.clinic.owner(), "/api/disputes/" + id)).get("status");
	}

	private List<String> actions(String disputeId) {
		return jdbc.sql("select action from audit_entries where entity_type = 'Dispute' and entity_id = ? order by seq")
			.param(disputeId)
			.query(String.class)
			.list();
	}

	/** A paid order of two lines, shipped and delivered. */
	private class Fixture {

		final Api api = new Api(mvc, tokens);

		final OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		final OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);

		final OrderView order;

		final PaymentCheckout checkout;

		Fixture() {
			ProductView first = TestCatalog.product(listing, maker, "112.50", 20);
			ProductView second = TestCatalog.product(listing, maker, "80.00", 10);
			OrderView placed = placement.place(clinicUser(),
					List.of(new OrderLine(first.id(), 2), new OrderLine(second.id(), 1)), null, OrderSource.WEB);
			checkout = checkouts.initiate(placed.id(), clinicUser());
			new SandboxCheckout(mvc).payAndReturn(checkout);
			AuthenticatedUser makerUser = Accounts.principal(maker.owner());
			orders.changeStatus(placed.id(), OrderStatus.PROCESSING, null, null, makerUser);
			orders.changeStatus(placed.id(), OrderStatus.SHIPPED, new Shipment("Blue Dart", "BD123456789"), null,
					makerUser);
			order = orders.changeStatus(placed.id(), OrderStatus.DELIVERED, null, null, makerUser);
		}

		UUID firstLine() {
			return order.items().get(0).id();
		}

		UUID secondLine() {
			return order.items().get(1).id();
		}

		MvcTestResult report(UUID itemId, int quantity, String reason) {
			return api.post(clinic.owner(), "/api/disputes", """
					{"orderId":"%s","lines":[{"orderItemId":"%s","quantity":%d,"reason":"%s"}],
					 "description":"Found on opening the carton."}""".formatted(order.id(), itemId, quantity, reason));
		}

		Map<String, Object> open(UUID itemId, int quantity, String reason) {
			MvcTestResult opened = report(itemId, quantity, reason);
			assertThat(opened).hasStatus(HttpStatus.CREATED);
			return Api.json(opened);
		}

		MvcTestResult upload(User uploader, String disputeId, String name, byte[] content) {
			return mvc.post()
				.uri("/api/disputes/" + disputeId + "/evidence")
				.multipart()
				.file(new MockMultipartFile("file", name, "image/jpeg", content))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(Accounts.principal(uploader)).value())
				.exchange();
		}

		AuthenticatedUser clinicUser() {
			return Accounts.principal(clinic.owner());
		}

	}

}
