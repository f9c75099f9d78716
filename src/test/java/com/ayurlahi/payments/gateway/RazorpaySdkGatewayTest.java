package com.ayurlahi.payments.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.gateway.PaymentGateway.Customer;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayOrder;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPaymentLink;
import com.ayurlahi.payments.gateway.PaymentGateway.PaymentLinkRequest;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayRefund;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayTransfer;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.razorpay.RazorpayException;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * The Razorpay adapter's requests, as the SDK sends them, against a local fake of
 * Razorpay's API: basic auth with the key id and secret, amounts in paise, the order
 * number as receipt, payment links with the order number as reference, the payment
 * timeout as expiry (never less than Razorpay's 15 minutes ahead) and Razorpay's own
 * messages off, refunds that reverse the transfers only when full, transfers made on
 * hold; and Razorpay's answers and errors read back.
 */
class RazorpaySdkGatewayTest {

	private static final WireMockServer razorpay = new WireMockServer(options().dynamicPort());

	/** The adapter's clock: 10 January 2026, 10:00 UTC. */
	private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

	private static final String BASIC_AUTH = "Basic " + Base64.getEncoder()
		.encodeToString("rzp_test_GatewayKey:gateway key secret".getBytes(StandardCharsets.UTF_8));

	private RazorpaySdkGateway gateway;

	@BeforeAll
	static void start() {
		razorpay.start();
	}

	@AfterAll
	static void stop() {
		razorpay.stop();
	}

	@BeforeEach
	void gateway() throws Exception {
		razorpay.resetAll();
		gateway = gatewayAt(URI.create(razorpay.baseUrl()));
	}

	private static RazorpaySdkGateway gatewayAt(URI apiUrl) throws RazorpayException {
		return new RazorpaySdkGateway(
				new PaymentSettings(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofDays(7),
						Duration.ofMinutes(15),
						new PaymentSettings.Razorpay("rzp_test_GatewayKey", "gateway key secret", "webhook secret",
								apiUrl),
						new PaymentSettings.Sandbox("unused", "unused", "unused", null), null, new BigDecimal("18.00"),
						new BigDecimal("0.50")),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void createsAPaymentLinkInPaiseWithTheOrderNumberAsReferenceThePaymentTimeoutAsExpiryAndNoMessagesOfItsOwn() {
		Instant timeout = NOW.plus(Duration.ofMinutes(30));
		razorpay.stubFor(post("/v1/payment_links").willReturn(
				okJson("""
						{"accept_partial":false,"amount":23625,"amount_paid":0,"cancelled_at":0,"created_at":%d,
						 "currency":"INR","customer":{"contact":"+919847012345","email":"clinic@example.in","name":"Sree Clinic"},
						 "description":"Ayurlahi order AYR-2026-000042","expire_by":%d,"expired_at":0,"id":"plink_Linked00000001",
						 "notes":{"orderId":"3f1c","orderNumber":"AYR-2026-000042","paymentLink":"AYR-2026-000042"},
						 "notify":{"email":false,"sms":false},"payments":null,"reference_id":"AYR-2026-000042",
						 "reminder_enable":false,"reminders":[],"short_url":"https://rzp.io/i/Ayur42","status":"created",
						 "updated_at":%d,"user_id":""}"""
					.formatted(NOW.getEpochSecond(), timeout.getEpochSecond(), NOW.getEpochSecond()))));

		GatewayPaymentLink link = gateway
			.createPaymentLink(new PaymentLinkRequest("AYR-2026-000042", 23_625, "Ayurlahi order AYR-2026-000042",
					timeout, new Customer("Sree Clinic", "+919847012345", "clinic@example.in"),
					Map.of("orderId", "3f1c", "orderNumber", "AYR-2026-000042", "paymentLink", "AYR-2026-000042")));

		assertThat(link).isEqualTo(new GatewayPaymentLink("plink_Linked00000001", "AYR-2026-000042",
				"https://rzp.io/i/Ayur42", "created", 23_625, timeout));
		razorpay
			.verify(postRequestedFor(urlEqualTo("/v1/payment_links")).withHeader("Authorization", equalTo(BASIC_AUTH))
				.withRequestBody(equalToJson(
						"""
								{"amount":23625,"currency":"INR","accept_partial":false,"description":"Ayurlahi order AYR-2026-000042",
								 "reference_id":"AYR-2026-000042","expire_by":%d,"notify":{"sms":false,"email":false},
								 "reminder_enable":false,
								 "customer":{"name":"Sree Clinic","contact":"+919847012345","email":"clinic@example.in"},
								 "notes":{"orderId":"3f1c","orderNumber":"AYR-2026-000042","paymentLink":"AYR-2026-000042"}}"""
							.formatted(timeout.getEpochSecond()))));
	}

	@Test
	void aLinkWhoseOrderTimesOutSoonerThanRazorpayAllowsExpiresSixteenMinutesAheadWithoutAPhoneItDoesNotHave() {
		long sixteenMinutesAhead = NOW.plus(Duration.ofMinutes(16)).getEpochSecond();
		razorpay.stubFor(post("/v1/payment_links").willReturn(okJson("""
				{"id":"plink_Clamped0000001","reference_id":"AYR-2026-000043-2","short_url":"https://rzp.io/i/Ayur43",
				 "status":"created","amount":50000,"currency":"INR","expire_by":%d}"""
			.formatted(sixteenMinutesAhead))));

		GatewayPaymentLink link = gateway.createPaymentLink(new PaymentLinkRequest("AYR-2026-000043-2", 50_000,
				"Ayurlahi order AYR-2026-000043", NOW.plus(Duration.ofMinutes(4)),
				new Customer("Siddha Vaidya Sala", null, "sala@example.in"), Map.of()));

		assertThat(link.expireBy()).isEqualTo(Instant.ofEpochSecond(sixteenMinutesAhead));
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/payment_links")).withRequestBody(equalToJson(
				"""
						{"amount":50000,"currency":"INR","accept_partial":false,"description":"Ayurlahi order AYR-2026-000043",
						 "reference_id":"AYR-2026-000043-2","expire_by":%d,"notify":{"sms":false,"email":false},
						 "reminder_enable":false,"customer":{"name":"Siddha Vaidya Sala","email":"sala@example.in"},"notes":{}}"""
					.formatted(sixteenMinutesAhead))));
	}

	@Test
	void findsAPaymentLinkByItsReference() {
		razorpay.stubFor(get(urlPathEqualTo("/v1/payment_links")).willReturn(okJson("""
				{"payment_links":[{"id":"plink_Found00000001","reference_id":"AYR-2026-000044","amount":12000,
				 "currency":"INR","status":"created","short_url":"https://rzp.io/i/Ayur44","expire_by":1768041000,
				 "notes":[]}]}""")));

		assertThat(gateway.paymentLinkByReference("AYR-2026-000044"))
			.hasValue(new GatewayPaymentLink("plink_Found00000001", "AYR-2026-000044", "https://rzp.io/i/Ayur44",
					"created", 12_000, Instant.ofEpochSecond(1_768_041_000)));
		razorpay.verify(getRequestedFor(urlEqualTo("/v1/payment_links?reference_id=AYR-2026-000044"))
			.withHeader("Authorization", equalTo(BASIC_AUTH)));
	}

	@Test
	void aReferenceRazorpayHasNoLinkForFindsNothing() {
		razorpay.stubFor(get(urlPathEqualTo("/v1/payment_links")).willReturn(okJson("""
				{"payment_links":[]}""")));

		assertThat(gateway.paymentLinkByReference("AYR-2026-000045")).isEmpty();
	}

	@Test
	void cancelsAPaymentLink() {
		razorpay.stubFor(post("/v1/payment_links/plink_Cancelled00001/cancel").willReturn(
				okJson("""
						{"id":"plink_Cancelled00001","reference_id":"AYR-2026-000046","amount":12000,"currency":"INR",
						 "status":"cancelled","short_url":"https://rzp.io/i/Ayur46","expire_by":1768041000,"cancelled_at":1768040000}""")));

		assertThat(gateway.cancelPaymentLink("plink_Cancelled00001").status()).isEqualTo("cancelled");
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/payment_links/plink_Cancelled00001/cancel"))
			.withHeader("Authorization", equalTo(BASIC_AUTH)));
	}

	@Test
	void razorpaysRefusalToCancelAPaidLinkBecomesAGatewayException() {
		razorpay.stubFor(post("/v1/payment_links/plink_Paid0000000001/cancel")
			.willReturn(badRequest("Payment Link cannot be cancelled as it is already paid")));

		assertThatThrownBy(() -> gateway.cancelPaymentLink("plink_Paid0000000001"))
			.isInstanceOf(PaymentGatewayException.class)
			.hasMessageContaining("cancel payment link plink_Paid0000000001")
			.hasMessageContaining("already paid");
	}

	@Test
	void createsAnOrderForTheAmountInPaiseWithTheOrderNumberAsReceipt() {
		razorpay.stubFor(post("/v1/orders").willReturn(okJson("""
				{"id":"order_PaidInPaise01","entity":"order","amount":23625,"amount_paid":0,"amount_due":23625,
				 "currency":"INR","receipt":"AYR-2026-000042","status":"created","attempts":0,
				 "notes":{"orderNumber":"AYR-2026-000042"},"created_at":1764051000}""")));

		GatewayOrder order = gateway.createOrder("AYR-2026-000042", 23_625, Map.of("orderNumber", "AYR-2026-000042"));

		assertThat(order.id()).isEqualTo("order_PaidInPaise01");
		assertThat(order.amountPaise()).isEqualTo(23_625);
		assertThat(order.status()).isEqualTo("created");
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/orders")).withHeader("Authorization", equalTo(BASIC_AUTH))
			.withRequestBody(equalToJson(
					"""
							{"amount":23625,"currency":"INR","receipt":"AYR-2026-000042","notes":{"orderNumber":"AYR-2026-000042"}}""")));
	}

	@Test
	void fetchesAnOrderWithItsPayments() {
		razorpay.stubFor(get("/v1/orders/order_Fetched000001").willReturn(
				okJson("""
						{"id":"order_Fetched000001","entity":"order","amount":50000,"amount_paid":50000,"amount_due":0,
						 "currency":"INR","receipt":"AYR-2026-000043","status":"paid","attempts":2,"notes":[],"created_at":1764051000}""")));
		razorpay.stubFor(get("/v1/orders/order_Fetched000001/payments").willReturn(
				okJson("""
						{"entity":"collection","count":2,"items":[
						  {"id":"pay_Failed0000001","entity":"payment","amount":50000,"currency":"INR","status":"failed","method":"card"},
						  {"id":"pay_Captured00001","entity":"payment","amount":50000,"currency":"INR","status":"captured","method":"upi"}]}""")));

		GatewayOrder order = gateway.fetchOrder("order_Fetched000001");

		assertThat(order.isPaid()).isTrue();
		assertThat(order.payments()).hasSize(2);
		assertThat(order.capturedPayment()).hasValueSatisfying(payment -> {
			assertThat(payment.id()).isEqualTo("pay_Captured00001");
			assertThat(payment.method()).isEqualTo("upi");
		});
	}

	@Test
	void razorpaysRefusalBecomesAGatewayException() {
		razorpay.stubFor(post("/v1/orders").willReturn(badRequest("Order amount less than minimum amount allowed")));

		assertThatThrownBy(() -> gateway.createOrder("AYR-2026-000044", 50, Map.of()))
			.isInstanceOf(PaymentGatewayException.class)
			.hasMessageContaining("Order amount less than minimum amount allowed");
	}

	@Test
	void refundsPartOfAPaymentWithoutReversingItsTransfers() {
		razorpay.stubFor(post("/v1/payments/pay_Refunded000001/refund").willReturn(
				okJson("""
						{"id":"rfnd_Partial000001","entity":"refund","amount":5000,"currency":"INR","payment_id":"pay_Refunded000001",
						 "notes":{"refundId":"7f1c2a9e-refund"},"receipt":null,"acquirer_data":{"arn":null},"created_at":1764052000,
						 "batch_id":null,"status":"pending","speed_processed":"normal","speed_requested":"normal"}""")));

		GatewayRefund refund = gateway.refund("pay_Refunded000001", 5_000, false,
				Map.of("refundId", "7f1c2a9e-refund"));

		assertThat(refund).isEqualTo(new GatewayRefund("rfnd_Partial000001", "pay_Refunded000001", 5_000, "pending",
				Map.of("refundId", "7f1c2a9e-refund")));
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/payments/pay_Refunded000001/refund"))
			.withHeader("Authorization", equalTo(BASIC_AUTH))
			.withRequestBody(equalToJson("""
					{"amount":5000,"speed":"normal","notes":{"refundId":"7f1c2a9e-refund"}}""")));
	}

	@Test
	void aFullRefundReversesThePaymentsTransfersToo() {
		razorpay.stubFor(post("/v1/payments/pay_Refunded000002/refund").willReturn(
				okJson("""
						{"id":"rfnd_Full000000001","entity":"refund","amount":23625,"currency":"INR","payment_id":"pay_Refunded000002",
						 "notes":{"refundId":"0b9d4e11-refund"},"created_at":1764052000,"status":"processed"}""")));

		GatewayRefund refund = gateway.refund("pay_Refunded000002", 23_625, true,
				Map.of("refundId", "0b9d4e11-refund"));

		assertThat(refund.id()).isEqualTo("rfnd_Full000000001");
		assertThat(refund.status()).isEqualTo("processed");
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/payments/pay_Refunded000002/refund"))
			.withRequestBody(equalToJson("""
					{"amount":23625,"speed":"normal","notes":{"refundId":"0b9d4e11-refund"},"reverse_all":true}""")));
	}

	@Test
	void listsThePaymentsRefundsWithNotesSentAsAnEmptyArrayOrLeftOut() {
		razorpay.stubFor(get(urlPathEqualTo("/v1/payments/pay_Refunded000003/refunds")).willReturn(
				okJson("""
						{"entity":"collection","count":3,"items":[
						  {"id":"rfnd_Listed0000001","entity":"refund","amount":2000,"currency":"INR","payment_id":"pay_Refunded000003",
						   "notes":{"refundId":"3c5e-refund","reason":"damaged"},"status":"processed"},
						  {"id":"rfnd_Listed0000002","entity":"refund","amount":1000,"currency":"INR","payment_id":"pay_Refunded000003",
						   "notes":[],"status":"failed"},
						  {"id":"rfnd_Listed0000003","entity":"refund","amount":500,"currency":"INR","payment_id":"pay_Refunded000003",
						   "status":"pending"}]}""")));

		List<GatewayRefund> refunds = gateway.refundsOf("pay_Refunded000003");

		assertThat(refunds).containsExactly(
				new GatewayRefund("rfnd_Listed0000001", "pay_Refunded000003", 2_000, "processed",
						Map.of("refundId", "3c5e-refund", "reason", "damaged")),
				new GatewayRefund("rfnd_Listed0000002", "pay_Refunded000003", 1_000, "failed", Map.of()),
				new GatewayRefund("rfnd_Listed0000003", "pay_Refunded000003", 500, "pending", Map.of()));
		razorpay.verify(getRequestedFor(urlEqualTo("/v1/payments/pay_Refunded000003/refunds?count=100"))
			.withHeader("Authorization", equalTo(BASIC_AUTH)));
	}

	@Test
	void razorpaysRefusalOfARefundBecomesAGatewayException() {
		razorpay.stubFor(post("/v1/payments/pay_Refunded000004/refund")
			.willReturn(badRequest("The refund amount provided is greater than amount captured")));

		assertThatThrownBy(() -> gateway.refund("pay_Refunded000004", 99_999, false, Map.of()))
			.isInstanceOfSatisfying(PaymentGatewayException.class,
					refused -> assertThat(refused.isTemporary()).as("a refusal is final").isFalse())
			.hasMessageContaining("pay_Refunded000004")
			.hasMessageContaining("The refund amount provided is greater than amount captured");
	}

	@Test
	void razorpayDownOrOverloadedIsATemporaryFailure() {
		razorpay.stubFor(post("/v1/payments/pay_Refunded000005/refund")
			.willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json").withBody("""
					{"error":{"code":"SERVER_ERROR","description":"The server encountered an error.","source":"NA",
					 "step":"NA","reason":"NA","metadata":{}}}""")));
		razorpay.stubFor(get(urlPathEqualTo("/v1/payments/pay_Refunded000005/refunds"))
			.willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody("""
					{"error":{"code":"BAD_REQUEST_ERROR","description":"Too many requests","source":"NA","step":"NA",
					 "reason":"NA","metadata":{}}}""")));

		assertThatThrownBy(() -> gateway.refund("pay_Refunded000005", 1_000, false, Map.of()))
			.isInstanceOfSatisfying(PaymentGatewayException.class,
					unavailable -> assertThat(unavailable.isTemporary()).isTrue())
			.hasMessageContaining("The server encountered an error.");
		assertThatThrownBy(() -> gateway.refundsOf("pay_Refunded000005"))
			.isInstanceOfSatisfying(PaymentGatewayException.class,
					unavailable -> assertThat(unavailable.isTemporary()).isTrue())
			.hasMessageContaining("Too many requests");
	}

	@Test
	void razorpayOutOfReachIsATemporaryFailure() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		RazorpaySdkGateway unreachable = gatewayAt(URI.create("http://127.0.0.1:" + closedPort));

		assertThatThrownBy(() -> unreachable.transfer("pay_Transferred009", "acc_Manufacturer01", 18_000, Map.of()))
			.isInstanceOfSatisfying(PaymentGatewayException.class,
					unavailable -> assertThat(unavailable.isTemporary()).as("no answer at all").isTrue())
			.hasMessageContaining("Razorpay did not transfer payment pay_Transferred009");
	}

	@Test
	void razorpaysRefusalToListRefundsBecomesAGatewayException() {
		razorpay.stubFor(get(urlPathEqualTo("/v1/payments/pay_Unknown0000001/refunds"))
			.willReturn(badRequest("The id provided does not exist")));

		assertThatThrownBy(() -> gateway.refundsOf("pay_Unknown0000001")).isInstanceOf(PaymentGatewayException.class)
			.hasMessageContaining("refunds of payment pay_Unknown0000001")
			.hasMessageContaining("The id provided does not exist");
	}

	@Test
	void transfersPartOfAPaymentToALinkedAccountOnHold() {
		razorpay.stubFor(post("/v1/payments/pay_Transferred001/transfers").willReturn(
				okJson("""
						{"entity":"collection","count":1,"items":[
						  {"id":"trf_Held0000000001","entity":"transfer","status":"pending","source":"pay_Transferred001",
						   "recipient":"acc_Manufacturer01","amount":18000,"currency":"INR","amount_reversed":0,
						   "notes":{"transferId":"5a7b-transfer"},"fees":0,"tax":0,"on_hold":true,"on_hold_until":null,
						   "recipient_settlement_id":null,"created_at":1764053000,"linked_account_notes":[],"processed_at":null}]}""")));

		GatewayTransfer transfer = gateway.transfer("pay_Transferred001", "acc_Manufacturer01", 18_000,
				Map.of("transferId", "5a7b-transfer"));

		assertThat(transfer).isEqualTo(new GatewayTransfer("trf_Held0000000001", "acc_Manufacturer01", 18_000, true,
				Map.of("transferId", "5a7b-transfer")));
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/payments/pay_Transferred001/transfers"))
			.withHeader("Authorization", equalTo(BASIC_AUTH))
			.withRequestBody(equalToJson("""
					{"transfers":[{"account":"acc_Manufacturer01","amount":18000,"currency":"INR",
					               "notes":{"transferId":"5a7b-transfer"},"on_hold":true}]}""")));
	}

	@Test
	void anAnswerWithoutTheTransferBecomesAGatewayException() {
		razorpay.stubFor(post("/v1/payments/pay_Transferred002/transfers").willReturn(okJson("""
				{"entity":"collection","count":0,"items":[]}""")));

		assertThatThrownBy(() -> gateway.transfer("pay_Transferred002", "acc_Manufacturer01", 18_000, Map.of()))
			.isInstanceOf(PaymentGatewayException.class)
			.hasMessageContaining("pay_Transferred002")
			.hasMessageContaining("0 transfers");
	}

	@Test
	void razorpaysRefusalOfATransferBecomesAGatewayException() {
		razorpay.stubFor(post("/v1/payments/pay_Transferred003/transfers")
			.willReturn(badRequest("The sum of amount requested for transfer is greater than the captured amount")));

		assertThatThrownBy(() -> gateway.transfer("pay_Transferred003", "acc_Manufacturer01", 99_999, Map.of()))
			.isInstanceOf(PaymentGatewayException.class)
			.hasMessageContaining("pay_Transferred003 to acc_Manufacturer01")
			.hasMessageContaining("The sum of amount requested for transfer is greater than the captured amount");
	}

	@Test
	void listsThePaymentsTransfers() {
		razorpay.stubFor(get(urlPathEqualTo("/v1/payments/pay_Transferred004/transfers")).willReturn(
				okJson("""
						{"entity":"collection","count":2,"items":[
						  {"id":"trf_Listed00000001","entity":"transfer","source":"pay_Transferred004","recipient":"acc_Manufacturer01",
						   "amount":12000,"currency":"INR","notes":{"transferId":"91e0-transfer"},"on_hold":true,"on_hold_until":null},
						  {"id":"trf_Listed00000002","entity":"transfer","source":"pay_Transferred004","recipient":"acc_Manufacturer02",
						   "amount":6000,"currency":"INR","notes":[],"on_hold":false,"on_hold_until":null}]}""")));

		List<GatewayTransfer> transfers = gateway.transfersOf("pay_Transferred004");

		assertThat(transfers).containsExactly(
				new GatewayTransfer("trf_Listed00000001", "acc_Manufacturer01", 12_000, true,
						Map.of("transferId", "91e0-transfer")),
				new GatewayTransfer("trf_Listed00000002", "acc_Manufacturer02", 6_000, false, Map.of()));
		razorpay.verify(getRequestedFor(urlEqualTo("/v1/payments/pay_Transferred004/transfers?count=100"))
			.withHeader("Authorization", equalTo(BASIC_AUTH)));
	}

	@Test
	void anUnreadableListOfTransfersBecomesAGatewayException() {
		razorpay.stubFor(get(urlPathEqualTo("/v1/payments/pay_Transferred005/transfers")).willReturn(
				okJson("""
						{"entity":"collection","count":1,"items":[{"id":"trf_NoRecipient001","entity":"transfer","amount":12000}]}""")));

		assertThatThrownBy(() -> gateway.transfersOf("pay_Transferred005")).isInstanceOf(PaymentGatewayException.class)
			.hasMessageContaining("transfers of payment pay_Transferred005")
			.hasMessageContaining("recipient");
	}

	@Test
	void releasesATransfersHold() {
		razorpay.stubFor(patch(urlEqualTo("/v1/transfers/trf_Released000001")).willReturn(
				okJson("""
						{"id":"trf_Released000001","entity":"transfer","status":"processed","source":"pay_Transferred001",
						 "recipient":"acc_Manufacturer01","amount":18000,"currency":"INR","amount_reversed":0,
						 "notes":{"transferId":"5a7b-transfer"},"on_hold":false,"on_hold_until":null,"created_at":1764053000}""")));

		GatewayTransfer transfer = gateway.releaseTransfer("trf_Released000001");

		assertThat(transfer).isEqualTo(new GatewayTransfer("trf_Released000001", "acc_Manufacturer01", 18_000, false,
				Map.of("transferId", "5a7b-transfer")));
		razorpay.verify(patchRequestedFor(urlEqualTo("/v1/transfers/trf_Released000001"))
			.withHeader("Authorization", equalTo(BASIC_AUTH))
			.withRequestBody(equalToJson("""
					{"on_hold":false}""")));
	}

	@Test
	void razorpaysRefusalToReleaseATransferBecomesAGatewayException() {
		razorpay.stubFor(patch(urlEqualTo("/v1/transfers/trf_Unknown0000001"))
			.willReturn(badRequest("The id provided does not exist")));

		assertThatThrownBy(() -> gateway.releaseTransfer("trf_Unknown0000001"))
			.isInstanceOf(PaymentGatewayException.class)
			.hasMessageContaining("release transfer trf_Unknown0000001")
			.hasMessageContaining("The id provided does not exist");
	}

	@Test
	void listsATransfersReversalsWithTheRefundTheyWereMadeFor() {
		razorpay.stubFor(get(urlPathEqualTo("/v1/transfers/trf_Reversed000009/reversals")).willReturn(okJson("""
				{"entity":"collection","count":1,"items":[{"id":"rvrsl_Back00000001","entity":"reversal",
				 "transfer_id":"trf_Reversed000009","amount":7416,"currency":"INR","notes":{"refundId":"r-1"},
				 "initiator_id":"acc_Platform00001","customer_refund_id":null,"created_at":1764051000}]}""")));

		assertThat(gateway.reversalsOf("trf_Reversed000009")).singleElement().satisfies(reversal -> {
			assertThat(reversal.id()).isEqualTo("rvrsl_Back00000001");
			assertThat(reversal.amountPaise()).isEqualTo(74_16);
			assertThat(reversal.notes()).containsEntry("refundId", "r-1");
		});
	}

	@Test
	void reversesPartOfATransfer() {
		razorpay.stubFor(post("/v1/transfers/trf_Reversed000001/reversals").willReturn(okJson("""
				{"id":"rvrsl_Partial00001","entity":"reversal","transfer_id":"trf_Reversed000001","amount":4000,"fee":0,
				 "tax":0,"currency":"INR","notes":{"refundId":"7f1c2a9e-refund"},"initiator_id":"Merchant01",
				 "customer_refund_id":null,"utr":null,"created_at":1764054000}""")));

		gateway.reverseTransfer("trf_Reversed000001", 4_000, Map.of("refundId", "7f1c2a9e-refund"));

		razorpay.verify(postRequestedFor(urlEqualTo("/v1/transfers/trf_Reversed000001/reversals"))
			.withHeader("Authorization", equalTo(BASIC_AUTH))
			.withRequestBody(equalToJson("""
					{"amount":4000,"notes":{"refundId":"7f1c2a9e-refund"}}""")));
	}

	@Test
	void razorpaysRefusalOfAReversalBecomesAGatewayException() {
		razorpay.stubFor(post("/v1/transfers/trf_Reversed000002/reversals")
			.willReturn(badRequest("Reversal amount must not be greater than the transfer amount")));

		assertThatThrownBy(() -> gateway.reverseTransfer("trf_Reversed000002", 99_999, Map.of()))
			.isInstanceOf(PaymentGatewayException.class)
			.hasMessageContaining("reverse transfer trf_Reversed000002")
			.hasMessageContaining("Reversal amount must not be greater than the transfer amount");
	}

	private static ResponseDefinitionBuilder badRequest(String description) {
		return aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
				{"error":{"code":"BAD_REQUEST_ERROR","description":"%s","source":"business","step":"NA",
				 "reason":"input_validation_failed","metadata":{}}}""".formatted(description));
	}

}
