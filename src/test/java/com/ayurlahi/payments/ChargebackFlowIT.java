package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.audit.AuditEntry;
import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.chargebacks.ChargebackQueries;
import com.ayurlahi.payments.chargebacks.ChargebackStatus;
import com.ayurlahi.payments.chargebacks.ChargebackView;
import com.ayurlahi.payments.gateway.RazorpaySignatures;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Chargebacks from Razorpay's signed {@code payment.dispute.*} webhooks: stored through
 * the webhook inbox and applied to one row per dispute, audited, never moved back by a
 * late or repeated report; kept only in the inbox for a payment that is not ours; listed
 * for the team (ADMIN and SUPPORT only) and raised in the sandbox.
 */
@IntegrationTest
class ChargebackFlowIT {

	// 12 Dec 2026, 18:00 in India
	private static final long RESPOND_BY = Instant.parse("2026-12-12T12:30:00Z").getEpochSecond();

	private static final long RAISED = Instant.parse("2026-12-02T09:00:00Z").getEpochSecond();

	@Autowired
	ChargebackQueries chargebacks;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	PaymentQueries paymentQueries;

	@Autowired
	PaymentSettings settings;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductListing listing;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void aSignedDisputeCreatedOpensAChargebackOfTheOrderToThePaisaAndAuditsIt() {
		Fixture fixture = new Fixture();
		String disputeId = disputeId();
		String body = dispute("payment.dispute.created", disputeId, fixture.razorpayPaymentId(), "open", RAISED);

		MvcTestResult delivered = webhook(body, "evt_" + UUID.randomUUID());

		assertThat(delivered).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("accepted");
		awaitOutcomes(disputeId, "payment.dispute.created=APPLIED");
		assertThat(chargebacks.ofOrder(fixture.order.id())).singleElement().satisfies(chargeback -> {
			assertThat(chargeback.razorpayDisputeId()).isEqualTo(disputeId);
			assertThat(chargeback.paymentId()).isEqualTo(fixture.paymentId);
			assertThat(chargeback.orderNumber()).isEqualTo(fixture.order.orderNumber());
			assertThat(chargeback.amount()).isEqualTo("123.45");
			assertThat(chargeback.amountDeducted()).isEqualTo("0.00");
			assertThat(chargeback.currency()).isEqualTo("INR");
			assertThat(chargeback.reasonCode()).isEqualTo("goods_not_received");
			assertThat(chargeback.reasonDescription()).isEqualTo("The clinic says the goods never came.");
			assertThat(chargeback.phase()).isEqualTo("chargeback");
			assertThat(chargeback.status()).isEqualTo(ChargebackStatus.OPEN);
			assertThat(chargeback.respondBy()).isEqualTo(Instant.ofEpochSecond(RESPOND_BY));
			assertThat(chargeback.createdAt()).isEqualTo(Instant.ofEpochSecond(RAISED));
			assertThat(chargeback.lastEvent()).isEqualTo("payment.dispute.created");
		});
		assertThat(chargebacks.open()).extracting(ChargebackView::razorpayDisputeId).contains(disputeId);
		ChargebackView opened = chargebacks.ofOrder(fixture.order.id()).getFirst();
		assertThat(audit(opened.id(), "CHARGEBACK_OPENED")).singleElement().satisfies(entry -> {
			assertThat(entry.actorRole()).isEqualTo("RAZORPAY");
			assertThat(entry.changes()).contains(disputeId, "123.45", fixture.order.id().toString());
		});
	}

	@Test
	void aLateUnderReviewAfterWonLeavesItWonAndAnActionRequiredOpensItAgain() {
		Fixture fixture = new Fixture();
		String pay = fixture.razorpayPaymentId();
		String won = disputeId();

		deliver(dispute("payment.dispute.created", won, pay, "open", RAISED + 10));
		awaitOutcomes(won, "payment.dispute.created=APPLIED");
		deliver(dispute("payment.dispute.won", won, pay, "won", RAISED + 300));
		awaitOutcomes(won, "payment.dispute.created=APPLIED", "payment.dispute.won=APPLIED");
		deliver(dispute("payment.dispute.under_review", won, pay, "under_review", RAISED + 200));
		awaitOutcomes(won, "payment.dispute.created=APPLIED", "payment.dispute.won=APPLIED",
				"payment.dispute.under_review=NO_CHANGE");

		ChargebackView chargeback = only(fixture, won);
		assertThat(chargeback.status()).isEqualTo(ChargebackStatus.WON);
		assertThat(chargeback.lastEvent()).isEqualTo("payment.dispute.won");
		assertThat(chargebacks.open()).extracting(ChargebackView::razorpayDisputeId).doesNotContain(won);
		assertThat(audit(chargeback.id(), "CHARGEBACK_UPDATED")).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("OPEN", "WON"));

		String contested = disputeId();
		deliver(dispute("payment.dispute.under_review", contested, pay, "under_review", RAISED + 20));
		awaitOutcomes(contested, "payment.dispute.under_review=APPLIED");
		deliver(dispute("payment.dispute.action_required", contested, pay, "open", RAISED + 40));
		awaitOutcomes(contested, "payment.dispute.under_review=APPLIED", "payment.dispute.action_required=APPLIED");
		assertThat(only(fixture, contested)).satisfies(again -> {
			assertThat(again.status()).isEqualTo(ChargebackStatus.OPEN);
			assertThat(again.isActionRequired()).isTrue();
		});
	}

	@Test
	void aDuplicatedOrResentDisputeMakesOneRow() {
		Fixture fixture = new Fixture();
		String disputeId = disputeId();
		String body = dispute("payment.dispute.created", disputeId, fixture.razorpayPaymentId(), "open", RAISED);
		String eventId = "evt_" + UUID.randomUUID();

		MvcTestResult first = webhook(body, eventId);
		MvcTestResult again = webhook(body, eventId);
		awaitOutcomes(disputeId, "payment.dispute.created=APPLIED");
		MvcTestResult resent = webhook(body, "evt_" + UUID.randomUUID());

		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("accepted");
		assertThat(again).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("duplicate");
		assertThat(resent).hasStatusOk();
		awaitOutcomes(disputeId, "payment.dispute.created=APPLIED", "payment.dispute.created=NO_CHANGE");
		assertThat(rows(disputeId)).isEqualTo(1);
		assertThat(audit(only(fixture, disputeId).id(), "CHARGEBACK_OPENED")).hasSize(1);
	}

	@Test
	void aDisputeOfAPaymentThatIsNotOursIsKeptInTheInboxOnly() {
		String disputeId = disputeId();
		String body = dispute("payment.dispute.created", disputeId, "pay_NotOurs" + disputeId.substring(5, 11), "open",
				RAISED);

		MvcTestResult delivered = webhook(body, "evt_" + UUID.randomUUID());

		assertThat(delivered).hasStatusOk();
		awaitOutcomes(disputeId, "payment.dispute.created=UNKNOWN_ORDER");
		assertThat(rows(disputeId)).isZero();
		assertThat(jdbc.sql("select outcome_detail from razorpay_events where payload like :dispute")
			.param("dispute", "%" + disputeId + "%")
			.query(String.class)
			.single()).contains("No payment of ours", disputeId);
	}

	@Test
	void theTeamSeesTheChargebackWithItsRespondByDateAndOthersAreRefused() {
		Fixture fixture = new Fixture();
		String disputeId = disputeId();
		deliver(dispute("payment.dispute.created", disputeId, fixture.razorpayPaymentId(), "open", RAISED));
		awaitOutcomes(disputeId, "payment.dispute.created=APPLIED");
		User admin = Accounts.create(users, Role.ADMIN);
		User support = Accounts.create(users, Role.SUPPORT);

		MvcTestResult page = mvc.get().uri("/admin/chargebacks").with(as(admin)).exchange();
		MvcTestResult bySupport = mvc.get().uri("/admin/chargebacks").with(as(support)).exchange();
		MvcTestResult ofOrder = mvc.get()
			.uri("/admin/chargebacks/order/" + fixture.order.id())
			.with(as(admin))
			.exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("data-dispute=\"" + disputeId + "\"", "respond by 12 Dec 2026, 18:00", "₹123.45",
					fixture.order.orderNumber(), "/admin/orders/" + fixture.order.id(), fixture.razorpayPaymentId(),
					"The clinic says the goods never came.");
		assertThat(bySupport).hasStatusOk().bodyText().contains(disputeId);
		assertThat(ofOrder).hasStatusOk().bodyText().contains("data-testid=\"order-chargebacks\"", disputeId);
		assertThat(mvc.get().uri("/admin/chargebacks").with(as(fixture.clinic.owner())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/chargebacks").with(as(fixture.maker.owner())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get()
			.uri("/admin/chargebacks/order/" + fixture.order.id())
			.with(as(fixture.clinic.owner()))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anOrderWithoutChargebacksShowsNoneButTheSandboxCanRaiseOne() {
		Fixture fixture = new Fixture();
		User admin = Accounts.create(users, Role.ADMIN);
		User support = Accounts.create(users, Role.SUPPORT);
		String path = "/admin/chargebacks/order/" + fixture.order.id();

		assertThat(mvc.get().uri(path).with(as(admin)).exchange()).hasStatusOk()
			.bodyText()
			.contains("data-testid=\"simulate-chargeback\"")
			.doesNotContain("data-testid=\"chargeback-row\"");
		assertThat(mvc.post()
			.uri("/admin/chargebacks/sandbox/" + fixture.paymentId)
			.with(as(support))
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);

		MvcTestResult raised = mvc.post()
			.uri("/admin/chargebacks/sandbox/" + fixture.paymentId)
			.with(as(admin))
			.with(csrf())
			.exchange();

		assertThat(raised).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/orders/" + fixture.order.id());
		Awaitility.await()
			.untilAsserted(
					() -> assertThat(chargebacks.ofOrder(fixture.order.id())).singleElement().satisfies(chargeback -> {
						assertThat(chargeback.razorpayDisputeId()).startsWith("disp_");
						assertThat(chargeback.amount()).isEqualTo("236.25");
						assertThat(chargeback.status()).isEqualTo(ChargebackStatus.OPEN);
						assertThat(chargeback.respondBy()).isAfter(Instant.now());
					}));
	}

	private ChargebackView only(Fixture fixture, String disputeId) {
		return chargebacks.ofOrder(fixture.order.id())
			.stream()
			.filter(chargeback -> chargeback.razorpayDisputeId().equals(disputeId))
			.findFirst()
			.orElseThrow();
	}

	private void deliver(String body) {
		assertThat(webhook(body, "evt_" + UUID.randomUUID())).hasStatusOk();
	}

	private MvcTestResult webhook(String body, String eventId) {
		return mvc.post()
			.uri("/api/webhooks/razorpay/payment")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8))
			.header("X-Razorpay-Event-Id", eventId)
			.header("X-Razorpay-Signature", RazorpaySignatures.sign(body, settings.keys().webhookSecret()))
			.exchange();
	}

	/** A dispute webhook shaped as Razorpay sends it, of ₹123.45. */
	private static String dispute(String event, String disputeId, String paymentId, String status, long at) {
		return """
				{"entity":"event","account_id":"acc_Test","event":"%s","contains":["payment","dispute"],
				"payload":{"payment":{"entity":{"id":"%s","entity":"payment","amount":23625,"currency":"INR",
				"status":"captured","order_id":"order_Dispute0000001","method":"card","captured":true}},
				"dispute":{"entity":{"id":"%s","entity":"dispute","payment_id":"%s","amount":12345,"currency":"INR",
				"amount_deducted":0,"reason_code":"goods_not_received",
				"reason_description":"The clinic says the goods never came.","respond_by":%d,"status":"%s",
				"phase":"chargeback","created_at":%d}}},"created_at":%d}""".formatted(event, paymentId, disputeId,
				paymentId, RESPOND_BY, status, RAISED, at);
	}

	private static String disputeId() {
		return "disp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
	}

	private void awaitOutcomes(String disputeId, String... outcomes) {
		Awaitility.await()
			.untilAsserted(() -> assertThat(
					jdbc.sql("select event_type || '=' || outcome from razorpay_events where payload like :dispute")
						.param("dispute", "%" + disputeId + "%")
						.query(String.class)
						.list())
				.containsExactlyInAnyOrder(outcomes));
	}

	private long rows(String disputeId) {
		return jdbc.sql("select count(*) from chargebacks where razorpay_dispute_id = :id")
			.param("id", disputeId)
			.query(Long.class)
			.single();
	}

	private List<AuditEntry> audit(UUID chargebackId, String action) {
		return auditLog
			.find(new AuditQuery("Chargeback", chargebackId.toString(), null, action, null, null),
					PageRequest.of(0, 10))
			.getContent();
	}

	private static RequestPostProcessor as(User user) {
		return user(Accounts.principal(user));
	}

	/** An order of ₹236.25 paid in the sandbox: its payment is captured. */
	private final class Fixture {

		final OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		final OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);

		final ProductView product = TestCatalog.product(listing, maker, "112.50", 20);

		final OrderView order = placement.place(Accounts.principal(clinic.owner()),
				List.of(new OrderLine(product.id(), 2)), null, OrderSource.WEB);

		final UUID paymentId;

		Fixture() {
			PaymentCheckout checkout = checkouts.initiate(order.id(), Accounts.principal(clinic.owner()));
			new SandboxCheckout(mvc).payAndReturn(checkout);
			this.paymentId = checkout.paymentId();
		}

		String razorpayPaymentId() {
			return Objects.requireNonNull(paymentQueries.get(paymentId, Profiles.ADMIN).razorpayPaymentId());
		}

	}

}
