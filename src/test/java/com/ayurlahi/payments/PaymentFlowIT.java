package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.audit.AuditEntry;
import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.gateway.RazorpaySignatures;
import com.ayurlahi.payments.gateway.SandboxRazorpay;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Delivery;
import com.ayurlahi.payments.webhooks.WebhookApplier;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

/**
 * Paying an order through the sandbox, which signs and delivers like Razorpay: the
 * checkout's callback and the webhooks, in either order, duplicated, dropped, failed and
 * retried, out of order, for unknown orders, with a wrong amount or a wrong signature.
 * The order is confirmed exactly once, and only by proof.
 */
@IntegrationTest
class PaymentFlowIT {

	@Autowired
	PaymentManagement payments;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	PaymentQueries paymentQueries;

	@Autowired
	SettlementLedger ledger;

	@Autowired
	OrderManagement orders;

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
	SandboxRazorpay sandbox;

	@Autowired
	WebhookApplier applier;

	@Autowired
	PaymentSettings settings;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@AfterEach
	void deliverWebhooksNormally() {
		sandbox.deliverNextWebhooks(Delivery.NORMAL);
	}

	@Test
	void aClinicPaysInTheSandboxAndTheOrderIsConfirmedOnceByCallbackAndWebhooks() {
		Fixture fixture = new Fixture();
		MvcTestResult initiated = new Api(mvc, tokens).post(fixture.clinic.owner(),
				"/api/payments/initiate/" + fixture.order.id(), null);

		assertThat(initiated).hasStatus(HttpStatus.CREATED);
		assertThat(initiated).bodyJson().extractingPath("$.amountPaise").isEqualTo(236_25);
		assertThat(initiated).bodyJson().extractingPath("$.currency").isEqualTo("INR");
		assertThat(initiated).bodyJson().extractingPath("$.keyId").isEqualTo(settings.keys().keyId());
		String razorpayOrderId = (String) Api.json(initiated).get("razorpayOrderId");
		UUID paymentId = UUID.fromString((String) Api.json(initiated).get("paymentId"));
		assertThat(razorpayOrderId).startsWith("order_");
		assertThat((String) Api.json(initiated).get("checkoutUrl"))
			.startsWith("/sandbox/razorpay/checkout/" + razorpayOrderId);

		Map<String, String> fields = payInSandbox(razorpayOrderId, paymentId, "UPI_SUCCESS");
		MvcTestResult callback = callback(paymentId, fields);

		assertThat(callback).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/clinic/payments/" + paymentId + "?outcome=paid");
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
		awaitAppliedAtMostOnce(razorpayOrderId);
		PaymentView payment = paymentQueries.get(paymentId, fixture.clinicUser());
		assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
		assertThat(payment.razorpayPaymentId()).isEqualTo(fields.get("razorpay_payment_id"));
		assertThat(payment.amount()).isEqualByComparingTo("236.25");
		assertThat(audit(paymentId, "PAYMENT_CAPTURED")).singleElement()
			.satisfies(entry -> assertThat(entry.actorRole()).isEqualTo("RAZORPAY"));
		assertThat(orders.find(fixture.order.id()).statusHistory()).extracting(OrderView.Step::status)
			.containsExactly(OrderStatus.PENDING, OrderStatus.CONFIRMED);
	}

	@Test
	void theCaptureIsSettledOnceInTheLedgerAndItBalancesToThePaisa() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());
		sandbox.deliverNextWebhooks(Delivery.DUPLICATE);

		callback(checkout.paymentId(), payInSandbox(checkout.razorpayOrderId(), checkout.paymentId(), "UPI_SUCCESS"));
		awaitAppliedAtMostOnce(checkout.razorpayOrderId());

		// 2 × ₹112.50 = ₹225.00 taxable + IGST ₹11.25 = ₹236.25; commission 10 % =
		// ₹22.50, GST 18 % on it = ₹4.05,
		// TCS 0.5 % of ₹225.00 = ₹1.13 (1.125 rounded half up), payout ₹208.57
		assertThat(ledger.settlementsOf(fixture.maker.manufacturer().getId(), PageRequest.of(0, 10)).getContent())
			.singleElement()
			.satisfies(settlement -> {
				assertThat(settlement.orderNumber()).isEqualTo(fixture.order.orderNumber());
				assertThat(settlement.captured()).isEqualByComparingTo("236.25");
				assertThat(settlement.commission()).isEqualByComparingTo("22.50");
				assertThat(settlement.commissionGst()).isEqualByComparingTo("4.05");
				assertThat(settlement.tcs()).isEqualByComparingTo("1.13");
				assertThat(settlement.payout()).isEqualByComparingTo("208.57");
			});
		assertThat(jdbc.sql("select count(*) from ledger_entries where payment_id = :id")
			.param("id", checkout.paymentId())
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(ledger.check().unbalancedPayments()).doesNotContain(checkout.paymentId());
		assertThat(audit(checkout.paymentId(), "SETTLEMENT_RECORDED")).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("208.57"));
		assertThatThrownBy(() -> jdbc.sql("update ledger_entries set amount = 0 where payment_id = :id")
			.param("id", checkout.paymentId())
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void theWebhookAloneConfirmsTheOrderWhenTheBrowserNeverComesBack() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());

		Map<String, String> fields = payInSandbox(checkout.razorpayOrderId(), checkout.paymentId(), "UPI_SUCCESS");

		assertThat(fields).containsKey("razorpay_signature");
		Awaitility.await()
			.untilAsserted(() -> assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CONFIRMED));
		awaitAppliedAtMostOnce(checkout.razorpayOrderId());
		assertThat(outcomes(checkout.razorpayOrderId())).filteredOn(outcome -> outcome.endsWith("=APPLIED")).hasSize(1);
		assertThat(callback(checkout.paymentId(), fields)).redirectedUrl().endsWith("?outcome=paid");
		assertThat(audit(checkout.paymentId(), "PAYMENT_CAPTURED")).hasSize(1);
	}

	@Test
	void theCallbackAloneConfirmsTheOrderWhenTheWebhooksAreLost() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());
		sandbox.deliverNextWebhooks(Delivery.DROP);

		callback(checkout.paymentId(), payInSandbox(checkout.razorpayOrderId(), checkout.paymentId(), "UPI_SUCCESS"));

		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(outcomes(checkout.razorpayOrderId())).isEmpty();
	}

	@Test
	void duplicatedWebhooksAreAcknowledgedAndAppliedOnce() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());
		sandbox.deliverNextWebhooks(Delivery.DUPLICATE);

		payInSandbox(checkout.razorpayOrderId(), checkout.paymentId(), "UPI_SUCCESS");

		awaitAppliedAtMostOnce(checkout.razorpayOrderId());
		assertThat(outcomes(checkout.razorpayOrderId())).filteredOn(outcome -> outcome.endsWith("=APPLIED")).hasSize(1);
		String body = captured(checkout, checkout.amountPaise(), "INR");
		MvcTestResult first = webhook(body, sign(body), "evt_dup_" + UUID.randomUUID());
		String eventId = (String) Api.json(first).get("eventId");
		MvcTestResult again = webhook(body, sign(body), eventId);

		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("accepted");
		assertThat(again).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("duplicate");
		assertThat(jdbc.sql("select count(*) from razorpay_events where event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single()).isOne();
		assertThat(audit(checkout.paymentId(), "PAYMENT_CAPTURED")).hasSize(1);
		assertThat(orders.find(fixture.order.id()).statusHistory()).hasSize(2);
	}

	@Test
	void aFailedPaymentShowsWhyAndARetryOnTheSameRazorpayOrderSucceeds() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());

		Map<String, String> declined = payInSandbox(checkout.razorpayOrderId(), checkout.paymentId(), "CARD_DECLINED");
		assertThat(callback(checkout.paymentId(), declined)).redirectedUrl().endsWith("?outcome=declined");
		Awaitility.await()
			.untilAsserted(
					() -> assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.PAYMENT_FAILED));
		PaymentView failed = paymentQueries.get(checkout.paymentId(), fixture.clinicUser());
		assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(failed.errorCode()).isEqualTo("BAD_REQUEST_ERROR");
		assertThat(failed.errorDescription())
			.isEqualTo("Your payment was declined by the bank. Try another card or UPI.");
		assertThat(orders.find(fixture.order.id()).statusHistory().getLast().note())
			.isEqualTo("Your payment was declined by the bank. Try another card or UPI.");

		PaymentCheckout retry = checkouts.initiate(fixture.order.id(), fixture.clinicUser());
		assertThat(retry.paymentId()).isEqualTo(checkout.paymentId());
		assertThat(retry.razorpayOrderId()).isEqualTo(checkout.razorpayOrderId());
		assertThat(paymentQueries.get(checkout.paymentId(), fixture.clinicUser()).status())
			.isEqualTo(PaymentStatus.CREATED);
		callback(retry.paymentId(), payInSandbox(retry.razorpayOrderId(), retry.paymentId(), "UPI_SUCCESS"));

		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(paymentQueries.forOrder(fixture.order.id(), fixture.clinicUser())).singleElement()
			.satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED));
	}

	@Test
	void aLateFailureAfterTheCaptureChangesNothing() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());
		String capturedBody = captured(checkout, checkout.amountPaise(), "INR");
		String failedBody = failed(checkout, "pay_LateFailure0001");

		assertThat(webhook(capturedBody, sign(capturedBody), "evt_" + UUID.randomUUID())).hasStatusOk();
		Awaitility.await()
			.untilAsserted(
					() -> assertThat(outcomes(checkout.razorpayOrderId())).containsExactly("payment.captured=APPLIED"));
		assertThat(webhook(failedBody, sign(failedBody), "evt_" + UUID.randomUUID())).hasStatusOk();

		Awaitility.await()
			.untilAsserted(() -> assertThat(outcomes(checkout.razorpayOrderId()))
				.containsExactlyInAnyOrder("payment.captured=APPLIED", "payment.failed=NO_CHANGE"));
		assertThat(paymentQueries.get(checkout.paymentId(), fixture.clinicUser()).status())
			.isEqualTo(PaymentStatus.CAPTURED);
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
	}

	@Test
	void aCaptureOfTheWrongAmountIsFlaggedAndConfirmsNothing() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());
		String body = captured(checkout, checkout.amountPaise() - 100, "INR");

		assertThat(webhook(body, sign(body), "evt_" + UUID.randomUUID())).hasStatusOk();

		Awaitility.await()
			.untilAsserted(
					() -> assertThat(outcomes(checkout.razorpayOrderId())).containsExactly("payment.captured=FLAGGED"));
		PaymentView payment = paymentQueries.get(checkout.paymentId(), fixture.clinicUser());
		assertThat(payment.status()).isEqualTo(PaymentStatus.CREATED);
		assertThat(payment.reviewReason()).isEqualTo("Razorpay reported INR 235.25 paid against ₹236.25.");
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.PENDING);
		assertThat(audit(checkout.paymentId(), "PAYMENT_FLAGGED")).hasSize(1);
	}

	@Test
	void aPaymentOnARazorpayOrderReplacedAfterTheOrderChangedIsFlaggedAndRefundedNotConfirmed() {
		Fixture fixture = new Fixture();
		ProductView second = TestCatalog.product(listing, fixture.maker, "10.00", 20);
		OrderView order = placement.place(fixture.clinicUser(),
				List.of(new OrderLine(fixture.product.id(), 1), new OrderLine(second.id(), 1)), null, OrderSource.WEB);
		PaymentCheckout first = checkouts.initiate(order.id(), fixture.clinicUser());
		orders.cancelItem(order.id(), order.items().get(1).id(), "Out of stock",
				Accounts.principal(fixture.maker.owner()));
		PaymentCheckout replacement = checkouts.initiate(order.id(), fixture.clinicUser());
		assertThat(replacement.razorpayOrderId()).isNotEqualTo(first.razorpayOrderId());
		assertThat(replacement.amountPaise()).isEqualTo(11_813);

		// the clinic had kept the first checkout open and pays there: ₹128.63 for the
		// order as it was
		callback(first.paymentId(), payInSandbox(first.razorpayOrderId(), first.paymentId(), "UPI_SUCCESS"));

		assertThat(paymentQueries.get(first.paymentId(), fixture.clinicUser()).reviewReason())
			.isEqualTo("Paid on a Razorpay order that was replaced when order " + order.orderNumber()
					+ " changed: the money is refunded to the clinic.");
		Awaitility.await()
			.untilAsserted(() -> assertThat(paymentQueries.get(first.paymentId(), fixture.clinicUser()).status())
				.isEqualTo(PaymentStatus.REFUNDED));
		assertThat(jdbc.sql("select amount from refunds where payment_id = :id")
			.param("id", first.paymentId())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("128.63");
		assertThat(jdbc.sql("select count(*) from ledger_entries where payment_id = :id")
			.param("id", first.paymentId())
			.query(Long.class)
			.single()).isZero();
		assertThat(orders.find(order.id()).status()).isEqualTo(OrderStatus.PENDING);
		assertThat(paymentQueries.get(replacement.paymentId(), fixture.clinicUser()).status())
			.isEqualTo(PaymentStatus.CREATED);
	}

	@Test
	void anEventACrashLeftUnappliedIsPickedUpAMinuteLaterAndAFreshOneIsLeftToItsOwnRun() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());
		Fixture other = new Fixture();
		PaymentCheckout fresh = checkouts.initiate(other.order.id(), other.clinicUser());
		storeUnapplied("evt_LeftOver" + checkout.paymentId().toString().substring(0, 8), checkout,
				Instant.now().minusSeconds(120));
		storeUnapplied("evt_JustNow" + fresh.paymentId().toString().substring(0, 8), fresh, Instant.now());

		applier.applyLeftOver();

		assertThat(outcomes(checkout.razorpayOrderId())).containsExactly("payment.captured=APPLIED");
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(outcomes(fresh.razorpayOrderId())).containsExactly("payment.captured=RECEIVED");
		assertThat(orders.find(other.order.id()).status()).isEqualTo(OrderStatus.PENDING);
	}

	private void storeUnapplied(String eventId, PaymentCheckout checkout, Instant receivedAt) {
		jdbc.sql(
				"""
						insert into razorpay_events (event_id, event_type, razorpay_order_id, razorpay_payment_id, payload, received_at, outcome)
						values (:id, 'payment.captured', :orderId, :paymentId, :payload, :at, 'RECEIVED')""")
			.param("id", eventId)
			.param("orderId", checkout.razorpayOrderId())
			.param("paymentId", "pay_Captured" + checkout.paymentId().toString().substring(0, 8))
			.param("payload", captured(checkout, checkout.amountPaise(), "INR"))
			.param("at", Timestamp.from(receivedAt))
			.update();
	}

	@Test
	void eventsForUnknownOrdersAreKeptAndAnswered() {
		String body = """
				{"entity":"event","event":"payment.captured","contains":["payment"],"payload":{"payment":{"entity":
				{"id":"pay_Unknown000001","amount":100,"currency":"INR","status":"captured","order_id":"order_NotOurs000001"}}}}""";
		String eventId = "evt_" + UUID.randomUUID();

		assertThat(webhook(body, sign(body), eventId)).hasStatusOk();

		Awaitility.await()
			.untilAsserted(() -> assertThat(outcomes("order_NotOurs000001"))
				.containsExactly("payment.captured=UNKNOWN_ORDER"));
	}

	@Test
	void aBadOrMissingSignatureIsRefusedAndLeavesNothingBehind() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());
		String body = captured(checkout, checkout.amountPaise(), "INR");
		String eventId = "evt_forged_" + UUID.randomUUID().toString().substring(0, 8);

		MvcTestResult forged = webhook(body, RazorpaySignatures.sign(body, "not-the-webhook-secret"), eventId);
		MvcTestResult unsigned = webhook(body, null, eventId);
		MvcTestResult tampered = webhook(body.replace(String.valueOf(checkout.amountPaise()), "1"), sign(body),
				eventId);

		assertThat(forged).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The signature does not match the body.");
		assertThat(unsigned).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No X-Razorpay-Signature header.");
		assertThat(tampered).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(jdbc.sql("select count(*) from razorpay_events where event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single()).isZero();
		assertThat(auditLog
			.find(new AuditQuery("RazorpayWebhook", eventId, null, "RAZORPAY_WEBHOOK_REJECTED", null, null),
					PageRequest.of(0, 10))
			.getContent()).isEmpty();
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.PENDING);
	}

	@Test
	void aCallbackWhoseSignatureDoesNotMatchTheStoredOrderProvesNothing() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());
		Fixture another = new Fixture();
		PaymentCheckout other = checkouts.initiate(another.order.id(), another.clinicUser());
		String paymentId = "pay_Forged00000001";
		// A genuine signature, but for another Razorpay order than the one this payment
		// stored.
		Map<String, String> fields = Map.of("razorpay_order_id", other.razorpayOrderId(), "razorpay_payment_id",
				paymentId, "razorpay_signature",
				RazorpaySignatures.sign(other.razorpayOrderId() + "|" + paymentId, settings.keys().keySecret()));

		MvcTestResult callback = callback(checkout.paymentId(), fields);

		assertThat(callback).redirectedUrl().endsWith("?outcome=unverified");
		assertThat(paymentQueries.get(checkout.paymentId(), fixture.clinicUser()).status())
			.isEqualTo(PaymentStatus.CREATED);
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.PENDING);
		assertThat(audit(checkout.paymentId(), "PAYMENT_CALLBACK_REJECTED")).hasSize(1);
	}

	@Test
	void onlyTheOrdersClinicPaysAndSeesItsPayments() {
		Fixture fixture = new Fixture();
		Api api = new Api(mvc, tokens);
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());
		OwnedClinic stranger = Profiles.approvedClinic(users, clinics, IndianState.KERALA);

		assertThat(api.post(stranger.owner(), "/api/payments/initiate/" + fixture.order.id(), null))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(api.get(stranger.owner(), "/api/payments/" + checkout.paymentId())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(api.get(fixture.maker.owner(), "/api/payments/" + checkout.paymentId()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(api.post(fixture.maker.owner(), "/api/payments/initiate/" + fixture.order.id(), null))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(api.get(Accounts.create(users, Role.SUPPORT), "/api/payments/order/" + fixture.order.id()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].razorpayOrderId")
			.isEqualTo(checkout.razorpayOrderId());
		assertThat(api.get(fixture.clinic.owner(), "/api/payments/" + checkout.paymentId())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("CREATED");
	}

	@Test
	void aPaidOrderHasNothingLeftToPay() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), fixture.clinicUser());
		callback(checkout.paymentId(), payInSandbox(checkout.razorpayOrderId(), checkout.paymentId(), "UPI_SUCCESS"));

		MvcTestResult again = new Api(mvc, tokens).post(fixture.clinic.owner(),
				"/api/payments/initiate/" + fixture.order.id(), null);

		assertThat(again).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Order " + fixture.order.orderNumber() + " is confirmed: there is nothing to pay.");
	}

	private Map<String, String> payInSandbox(String razorpayOrderId, UUID paymentId, String choice) {
		return new SandboxCheckout(mvc).pay(razorpayOrderId, paymentId, choice);
	}

	private MvcTestResult callback(UUID paymentId, Map<String, String> fields) {
		return new SandboxCheckout(mvc).callback(paymentId, fields);
	}

	private MvcTestResult webhook(String body, String signature, String eventId) {
		var request = mvc.post()
			.uri("/api/webhooks/razorpay/payment")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8))
			.header("X-Razorpay-Event-Id", eventId);
		return (signature == null ? request : request.header("X-Razorpay-Signature", signature)).exchange();
	}

	private String sign(String body) {
		return RazorpaySignatures.sign(body, settings.keys().webhookSecret());
	}

	private static String captured(PaymentCheckout checkout, long amountPaise, String currency) {
		return """
				{"entity":"event","account_id":"acc_Test","event":"payment.captured","contains":["payment"],"payload":{"payment":
				{"entity":{"id":"pay_Captured%s","entity":"payment","amount":%d,"currency":"%s","status":"captured",
				"order_id":"%s","method":"upi","captured":true,"error_code":null,"error_description":null}}},"created_at":1732400001}"""
			.formatted(checkout.paymentId().toString().substring(0, 8), amountPaise, currency,
					checkout.razorpayOrderId());
	}

	private static String failed(PaymentCheckout checkout, String paymentId) {
		return """
				{"entity":"event","event":"payment.failed","contains":["payment"],"payload":{"payment":{"entity":
				{"id":"%s","amount":%d,"currency":"INR","status":"failed","order_id":"%s","method":"card",
				"error_code":"BAD_REQUEST_ERROR","error_description":"Card declined"}}}}""".formatted(paymentId,
				checkout.amountPaise(), checkout.razorpayOrderId());
	}

	/**
	 * The sandbox's two webhooks (payment.captured, order.paid) race each other and the
	 * checkout's callback: whichever proves the capture first applies it; every other one
	 * changes nothing.
	 */
	private void awaitAppliedAtMostOnce(String razorpayOrderId) {
		Awaitility.await()
			.untilAsserted(() -> assertThat(outcomes(razorpayOrderId)).hasSize(2)
				.allMatch(outcome -> outcome.endsWith("=APPLIED") || outcome.endsWith("=NO_CHANGE")));
		assertThat(outcomes(razorpayOrderId)).filteredOn(outcome -> outcome.endsWith("=APPLIED"))
			.hasSizeLessThanOrEqualTo(1);
	}

	private List<String> outcomes(String razorpayOrderId) {
		return jdbc.sql("select event_type || '=' || outcome from razorpay_events where razorpay_order_id = :id")
			.param("id", razorpayOrderId)
			.query(String.class)
			.list();
	}

	private List<AuditEntry> audit(UUID paymentId, String action) {
		return auditLog
			.find(new AuditQuery("Payment", paymentId.toString(), null, action, null, null), PageRequest.of(0, 10))
			.getContent();
	}

	private final class Fixture {

		final OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		final OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);

		final ProductView product = TestCatalog.product(listing, maker, "112.50", 20);

		final OrderView order = placement.place(clinicUser(), List.of(new OrderLine(product.id(), 2)), null,
				OrderSource.WEB);

		AuthenticatedUser clinicUser() {
			return Accounts.principal(clinic.owner());
		}

	}

}
