package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.gateway.RazorpaySignatures;
import com.ayurlahi.payments.webhooks.EventOutcome;
import com.ayurlahi.payments.webhooks.StoredWebhooks;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What strangers can send to the endpoints Razorpay posts to (the checkout's callback,
 * the webhooks): over-long or malformed fields are refused with a clear 400 before
 * anything is written, a refused webhook is counted (not audited), and the team opens any
 * stored event, whatever characters its id holds.
 */
@IntegrationTest
class PaymentInputLimitsIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	PaymentSettings settings;

	@Autowired
	AuditLog auditLog;

	@Autowired
	StoredWebhooks webhooks;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JwtTokens tokens;

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

	@Test
	void anOverLongCallbackFieldIsRefusedWithAPageAndNothingIsAudited() {
		PaymentCheckout checkout = checkout();
		String huge = "order_" + "x".repeat(30_000);

		MvcTestResult longOrder = callback(checkout.paymentId(), Map.of("razorpay_order_id", huge,
				"razorpay_payment_id", "pay_Stranger000001", "razorpay_signature", "a".repeat(64)));
		MvcTestResult longPayment = callback(checkout.paymentId(),
				Map.of("razorpay_order_id", checkout.razorpayOrderId(), "razorpay_payment_id", "pay_" + "y".repeat(100),
						"razorpay_signature", "a".repeat(64)));
		MvcTestResult notHex = callback(checkout.paymentId(), Map.of("razorpay_order_id", checkout.razorpayOrderId(),
				"razorpay_payment_id", "pay_Stranger000001", "razorpay_signature", "z".repeat(5_000)));

		assertThat(longOrder).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("razorpay_order_id")
			.doesNotContain(huge);
		assertThat(longPayment).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("razorpay_payment_id");
		assertThat(notHex).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("razorpay_signature");
		assertThat(audit("Payment", checkout.paymentId().toString(), "PAYMENT_CALLBACK_REJECTED")).isEmpty();
	}

	@Test
	void aWellFormedButWrongCallbackIsStillAuditedWithWhatItSaid() {
		PaymentCheckout checkout = checkout();

		MvcTestResult forged = callback(checkout.paymentId(), Map.of("razorpay_order_id", checkout.razorpayOrderId(),
				"razorpay_payment_id", "pay_Stranger000001", "razorpay_signature", "a".repeat(64)));

		assertThat(forged).redirectedUrl().endsWith("?outcome=unverified");
		assertThat(audit("Payment", checkout.paymentId().toString(), "PAYMENT_CALLBACK_REJECTED")).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("pay_Stranger000001"));
	}

	@Test
	void aSignedWebhookWithAnOverLongFieldIsA400NamingTheField() {
		String longId = "pay_" + "p".repeat(60);
		String longOrder = "order_" + "o".repeat(60);
		String longEvent = "payment." + "e".repeat(80);

		MvcTestResult payment = signedWebhook(event("payment.captured", longId, "order_Short0000001"), eventId());
		MvcTestResult order = signedWebhook(event("payment.captured", "pay_Short00000001", longOrder), eventId());
		MvcTestResult type = signedWebhook(event(longEvent, "pay_Short00000001", "order_Short0000001"), eventId());

		assertThat(payment).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("payload.payment.entity.id");
		assertThat(order).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("payload.payment.entity.order_id");
		assertThat(type).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("event");
		assertThat(type.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@Test
	void rejectedWebhooksAreCountedForTheTeamNotAuditedOneByOne() {
		String body = event("payment.captured", "pay_Forged0000001", "order_Forged000001");
		String eventId = eventId();
		double before = rejected("signature");

		MvcTestResult forged = webhook(body, RazorpaySignatures.sign(body, "not-the-webhook-secret"), eventId);
		MvcTestResult unsigned = webhook(body, null, eventId);

		assertThat(forged).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(unsigned).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(rejected("signature")).isEqualTo(before + 2);
		assertThat(audit("RazorpayWebhook", eventId, null)).isEmpty();
		MvcTestResult metrics = mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + tokens.issue(Accounts.principal(Accounts.create(users, Role.ADMIN))).value())
			.exchange();
		assertThat(metrics).bodyText()
			.containsPattern("ayurlahi_payments_webhooks_rejected_total\\{[^}]*reason=\"signature\"");
	}

	@Test
	void theTeamOpensAStoredEventWhateverItsIdHolds() throws Exception {
		String eventId = "evt/with/slashes;and?more%" + UUID.randomUUID().toString().substring(0, 8);
		String body = event("payment.captured", "pay_SlashEvent0001", "order_SlashEvent001");
		assertThat(signedWebhook(body, eventId)).hasStatusOk();
		Awaitility.await().until(() -> webhooks.get(eventId).outcome() != EventOutcome.RECEIVED);
		var support = user(Accounts.principal(Accounts.create(users, Role.SUPPORT)));

		MvcTestResult list = mvc.get().uri("/admin/payments/events").with(support).exchange();
		Matcher link = Pattern
			.compile("href=\"(/admin/payments/events/event\\?id=[^\"]*"
					+ Pattern.quote(eventId.substring(eventId.length() - 8)) + ")\"")
			.matcher(list.getResponse().getContentAsString());
		assertThat(link.find()).as("a link to the event on the list").isTrue();
		MvcTestResult one = mvc.get().uri(URI.create(link.group(1))).with(support).exchange();

		assertThat(one).hasStatusOk().bodyText().contains("pay_SlashEvent0001", "evt/with/slashes;and?more%");
	}

	private double rejected(String reason) {
		Counter counter = meters.find("ayurlahi.payments.webhooks.rejected").tag("reason", reason).counter();
		return counter == null ? 0 : counter.count();
	}

	private PaymentCheckout checkout() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "112.50", 20);
		OrderView order = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(product.id(), 2)),
				null, OrderSource.WEB);
		return checkouts.initiate(order.id(), Accounts.principal(clinic.owner()));
	}

	private MvcTestResult callback(UUID paymentId, Map<String, String> fields) {
		return new SandboxCheckout(mvc).callback(paymentId, fields);
	}

	private List<AuditEntry> audit(String entityType, String entityId, String action) {
		return auditLog.find(new AuditQuery(entityType, entityId, null, action, null, null), PageRequest.of(0, 10))
			.getContent();
	}

	private MvcTestResult signedWebhook(String body, String eventId) {
		return webhook(body, RazorpaySignatures.sign(body, settings.keys().webhookSecret()), eventId);
	}

	private MvcTestResult webhook(String body, String signature, String eventId) {
		var request = mvc.post()
			.uri("/api/webhooks/razorpay/payment")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8))
			.header("X-Razorpay-Event-Id", eventId);
		return (signature == null ? request : request.header("X-Razorpay-Signature", signature)).exchange();
	}

	private static String eventId() {
		return "evt_limits_" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String event(String type, String paymentId, String orderId) {
		return """
				{"entity":"event","event":"%s","contains":["payment"],"payload":{"payment":{"entity":
				{"id":"%s","amount":100,"currency":"INR","status":"captured","order_id":"%s"}}}}""".formatted(type,
				paymentId, orderId);
	}

}
