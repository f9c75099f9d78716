package com.ayurlahi.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.manufacturers.ManufacturerTerms;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.PaymentCheckout;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.gateway.RazorpaySignatures;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.test.TestDatabase;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Razorpay's API unreachable for a while: its fake's server is stopped, so every call is
 * refused at the TCP level, then started again on the same port. Payments captured
 * meanwhile (their webhooks still arrive) get their payout transfers, and a cancelled one
 * its refund, once Razorpay is back: the gateway-retries job makes each call again when
 * it is due, looks first for the one a lost answer may have made, and makes each exactly
 * once. The real Razorpay adapter (razorpay-java), in the whole application on a database
 * of its own; the test runs the job itself after moving the clock.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.PURPOSE_PROPERTY + "=faults-razorpay-outage")
class RazorpayOutageIT {

	private static final String WEBHOOK_SECRET = "outage-webhook-secret";

	private static final String LINKED_ACCOUNT = "acc_OutageMaker001";

	static WireMockServer razorpay = new WireMockServer(options().dynamicPort());

	static {
		razorpay.start();
	}

	@DynamicPropertySource
	static void razorpaySettings(DynamicPropertyRegistry registry) {
		registry.add("ayurlahi.payments.razorpay.key-id", () -> "rzp_test_OutageKey");
		registry.add("ayurlahi.payments.razorpay.key-secret", () -> "outage key secret");
		registry.add("ayurlahi.payments.razorpay.webhook-secret", () -> WEBHOOK_SECRET);
		registry.add("ayurlahi.payments.razorpay.api-url", razorpay::baseUrl);
		// The demo's paid orders would be made at this Razorpay fake too.
		registry.add("ayurlahi.demo-data.enabled", () -> "false");
	}

	@AfterAll
	static void stopRazorpay() {
		razorpay.stop();
	}

	@Autowired
	PaymentCheckouts checkouts;

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
	JobRunner jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MovableClock clock;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void whileRazorpayRefusesConnectionsPayoutsAndRefundsWaitAndOnceItIsBackEachIsMadeOnce() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		manufacturers.setTerms(maker.manufacturer().getId(),
				new ManufacturerTerms(new BigDecimal("10.00"), LINKED_ACCOUNT), Profiles.ADMIN);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		AuthenticatedUser clinicUser = Accounts.principal(clinic.owner());
		ProductView product = TestCatalog.product(listing, maker, "112.50", 20);
		OrderView kept = placement.place(clinicUser, List.of(new OrderLine(product.id(), 2)), null, OrderSource.WEB);
		OrderView cancelled = placement.place(clinicUser, List.of(new OrderLine(product.id(), 1)), null,
				OrderSource.WEB);
		PaymentCheckout keptCheckout = checkout(kept, clinicUser, "order_OutageKept0001");
		PaymentCheckout cancelledCheckout = checkout(cancelled, clinicUser, "order_OutageGone0001");

		int port = razorpay.port();
		razorpay.stop();
		captured(keptCheckout, "pay_OutageKept0001");
		captured(cancelledCheckout, "pay_OutageGone0001");
		Awaitility.await()
			.untilAsserted(() -> assertThat(transfer(kept)).containsEntry("status", "PENDING")
				.containsEntry("gateway_attempts", 1)
				.hasEntrySatisfying("submit_error",
						error -> assertThat((String) error).contains("Razorpay did not", "pay_OutageKept0001"))
				.hasEntrySatisfying("next_attempt_at", next -> assertThat(next).isNotNull()));
		Awaitility.await().untilAsserted(() -> assertThat(transfer(cancelled)).containsEntry("gateway_attempts", 1));
		orders.cancel(cancelled.id(), "Ordered twice", clinicUser);
		Awaitility.await()
			.untilAsserted(() -> assertThat(refund(cancelled)).containsEntry("status", "PENDING")
				.containsEntry("gateway_attempts", 1)
				.containsEntry("razorpay_refund_id", null)
				.hasEntrySatisfying("next_attempt_at", next -> assertThat(next).isNotNull()));

		clock.moveBy(Duration.ofSeconds(70));
		jobs.run("gateway-retries").orElseThrow();
		assertThat(transfer(kept)).as("tried again after a minute, still out of reach: the next wait is longer")
			.containsEntry("status", "PENDING")
			.containsEntry("gateway_attempts", 2);
		assertThat(refund(cancelled)).containsEntry("gateway_attempts", 2).containsEntry("razorpay_refund_id", null);

		razorpay = new WireMockServer(options().port(port));
		razorpay.start();
		acceptTransferAndRefund();
		jobs.run("gateway-retries").orElseThrow();
		assertThat(transfer(kept)).as("not due yet: nothing is called before its time")
			.containsEntry("status", "PENDING");
		assertThat(razorpay.getAllServeEvents()).isEmpty();

		clock.moveBy(Duration.ofMinutes(5));
		jobs.run("gateway-retries").orElseThrow();

		assertThat(transfer(kept)).containsEntry("status", "ON_HOLD")
			.containsEntry("razorpay_transfer_id", "trf_OutageKept0001")
			.containsEntry("submit_error", null)
			.containsEntry("next_attempt_at", null)
			.containsEntry("gateway_attempts", 0);
		assertThat(refund(cancelled)).containsEntry("status", "PENDING")
			.containsEntry("razorpay_refund_id", "rfnd_OutageGone0001")
			.containsEntry("submit_error", null)
			.containsEntry("next_attempt_at", null);
		assertThat(orders.find(kept.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
		razorpay.verify(1, getRequestedFor(urlPathEqualTo("/v1/payments/pay_OutageKept0001/transfers")));
		razorpay.verify(1, postRequestedFor(urlEqualTo("/v1/payments/pay_OutageKept0001/transfers")));
		razorpay.verify(1, getRequestedFor(urlPathEqualTo("/v1/payments/pay_OutageGone0001/refunds")));
		razorpay.verify(1, postRequestedFor(urlEqualTo("/v1/payments/pay_OutageGone0001/refund")));
		razorpay.verify(0, postRequestedFor(urlEqualTo("/v1/payments/pay_OutageGone0001/transfers")));

		clock.moveBy(Duration.ofHours(2));
		jobs.run("gateway-retries").orElseThrow();
		razorpay.verify(1, postRequestedFor(urlEqualTo("/v1/payments/pay_OutageKept0001/transfers")));
		razorpay.verify(1, postRequestedFor(urlEqualTo("/v1/payments/pay_OutageGone0001/refund")));
		assertThat(auditActions(keptCheckout.paymentId(), "payout_transfers"))
			.containsSubsequence("PAYOUT_TRANSFER_FAILED", "PAYOUT_TRANSFER_FAILED", "PAYOUT_TRANSFER_CREATED");
	}

	private PaymentCheckout checkout(OrderView order, AuthenticatedUser clinic, String razorpayOrderId) {
		razorpay.stubFor(post("/v1/orders").withRequestBody(matchingJsonPath("$.receipt", equalTo(order.orderNumber())))
			.willReturn(okJson("""
					{"id":"%s","entity":"order","amount":%d,"amount_paid":0,"amount_due":%d,"currency":"INR",
					 "receipt":"%s","status":"created","attempts":0,"notes":{},"created_at":1764051000}"""
				.formatted(razorpayOrderId, paise(order), paise(order), order.orderNumber()))));
		return checkouts.initiate(order.id(), clinic);
	}

	private void captured(PaymentCheckout checkout, String razorpayPaymentId) {
		String body = """
				{"entity":"event","account_id":"acc_Platform","event":"payment.captured","contains":["payment"],
				 "payload":{"payment":{"entity":{"id":"%s","entity":"payment","amount":%d,"currency":"INR",
				 "status":"captured","order_id":"%s","method":"upi","captured":true,"error_code":null,
				 "error_description":null}}},"created_at":1764051100}""".formatted(razorpayPaymentId,
				checkout.amountPaise(), checkout.razorpayOrderId());
		assertThat(mvc.post()
			.uri("/api/webhooks/razorpay/payment")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8))
			.header("X-Razorpay-Event-Id", "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14))
			.header("X-Razorpay-Signature", RazorpaySignatures.sign(body, WEBHOOK_SECRET))
			.exchange()).hasStatusOk();
	}

	private static void acceptTransferAndRefund() {
		razorpay.stubFor(get(urlPathEqualTo("/v1/payments/pay_OutageKept0001/transfers"))
			.willReturn(okJson("{\"entity\":\"collection\",\"count\":0,\"items\":[]}")));
		razorpay.stubFor(post("/v1/payments/pay_OutageKept0001/transfers").willReturn(okJson("""
				{"entity":"collection","count":1,"items":[
				  {"id":"trf_OutageKept0001","entity":"transfer","status":"pending","source":"pay_OutageKept0001",
				   "recipient":"acc_OutageMaker001","amount":18000,"currency":"INR","amount_reversed":0,"notes":{},
				   "fees":0,"tax":0,"on_hold":true,"on_hold_until":null,"recipient_settlement_id":null,
				   "created_at":1764053000,"linked_account_notes":[],"processed_at":null}]}""")));
		razorpay.stubFor(get(urlPathEqualTo("/v1/payments/pay_OutageGone0001/refunds"))
			.willReturn(okJson("{\"entity\":\"collection\",\"count\":0,\"items\":[]}")));
		razorpay.stubFor(post("/v1/payments/pay_OutageGone0001/refund").willReturn(okJson("""
				{"id":"rfnd_OutageGone0001","entity":"refund","amount":11813,"currency":"INR",
				 "payment_id":"pay_OutageGone0001","notes":{},"receipt":null,"acquirer_data":{"arn":null},
				 "created_at":1764052000,"batch_id":null,"status":"pending","speed_processed":"normal",
				 "speed_requested":"normal"}""")));
	}

	private Map<String, Object> transfer(OrderView order) {
		return jdbc.sql("""
				select status, razorpay_transfer_id, submit_error, gateway_attempts, next_attempt_at
				from payout_transfers where order_id = :order""").param("order", order.id()).query().singleRow();
	}

	private Map<String, Object> refund(OrderView order) {
		return jdbc.sql("""
				select status, razorpay_refund_id, submit_error, gateway_attempts, next_attempt_at
				from refunds where order_id = :order""").param("order", order.id()).query().singleRow();
	}

	private List<String> auditActions(UUID paymentId, String table) {
		return jdbc.sql("""
				select a.action from audit_entries a join %s t on cast(t.id as varchar) = a.entity_id
				where t.payment_id = :payment order by a.seq""".formatted(table))
			.param("payment", paymentId)
			.query(String.class)
			.list();
	}

	private static long paise(OrderView order) {
		return order.total().movePointRight(2).longValueExact();
	}

}
