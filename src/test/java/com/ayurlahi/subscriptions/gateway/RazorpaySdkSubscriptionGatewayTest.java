package com.ayurlahi.subscriptions.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewayCharge;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewayPlan;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewayRefund;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewaySubscription;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * The Razorpay Subscriptions adapter's requests, as the SDK sends them, against a local
 * fake of Razorpay's API: basic auth with the key id and secret, monthly plans in paise,
 * subscriptions for one unit with Razorpay's notifications off, a future start and the
 * upfront addon when asked, cancel, pause and resume as Razorpay takes them, refunds with
 * our notes; and Razorpay's answers read back (Unix seconds as instants, the mandate's
 * method as UPI, CARD or EMANDATE, paid invoices as charges, the authorisation's upfront
 * one told apart) and its errors carried in our exception.
 */
class RazorpaySdkSubscriptionGatewayTest {

	private static final WireMockServer razorpay = new WireMockServer(options().dynamicPort());

	private static final String BASIC_AUTH = "Basic " + Base64.getEncoder()
		.encodeToString("rzp_test_SubsKey:subscriptions key secret".getBytes(StandardCharsets.UTF_8));

	/** 1 February 2026, 00:00 IST. */
	private static final long FEB_1 = Instant.parse("2026-01-31T18:30:00Z").getEpochSecond();

	/** 1 March 2026, 00:00 IST. */
	private static final long MAR_1 = Instant.parse("2026-02-28T18:30:00Z").getEpochSecond();

	private RazorpaySdkSubscriptionGateway gateway;

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
		gateway = new RazorpaySdkSubscriptionGateway(new PaymentSettings(Duration.ofMinutes(30), Duration.ofMinutes(5),
				Duration.ofDays(7), Duration.ofMinutes(15),
				new PaymentSettings.Razorpay("rzp_test_SubsKey", "subscriptions key secret", "webhook secret",
						URI.create(razorpay.baseUrl())),
				new PaymentSettings.Sandbox("unused", "unused", "unused", null), null, new BigDecimal("18.00"),
				new BigDecimal("0.50")));
	}

	@Test
	void createsAMonthlyPlanForItsAmountInPaiseWithOurPlanVersionInItsNotes() {
		razorpay.stubFor(post("/v1/plans").willReturn(
				okJson("""
						{"id":"plan_ClinicPlus0001","entity":"plan","interval":1,"period":"monthly",
						 "item":{"id":"item_ClinicPlus001","active":true,"name":"Clinic Plus","description":"Ayurlahi Clinic Plus v1",
						  "amount":294882,"unit_amount":294882,"currency":"INR","type":"plan"},
						 "notes":{"planId":"0a7b0000-0000-4000-8000-000000000003"},"created_at":1769900000}""")));

		GatewayPlan plan = gateway.createPlan("Clinic Plus", "Ayurlahi Clinic Plus v1", 294_882,
				Map.of("planId", "0a7b0000-0000-4000-8000-000000000003"));

		assertThat(plan).isEqualTo(new GatewayPlan("plan_ClinicPlus0001", 294_882));
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/plans")).withHeader("Authorization", equalTo(BASIC_AUTH))
			.withRequestBody(equalToJson(
					"""
							{"period":"monthly","interval":1,
							 "item":{"name":"Clinic Plus","amount":294882,"currency":"INR","description":"Ayurlahi Clinic Plus v1"},
							 "notes":{"planId":"0a7b0000-0000-4000-8000-000000000003"}}""")));
	}

	@Test
	void anUpgradeStartsAtTheOldCycleEndWithTheProratedRestChargedUpfrontAndNoMessagesFromRazorpay() {
		razorpay.stubFor(post("/v1/subscriptions").willReturn(okJson("""
				{"id":"sub_Upgrade000001","entity":"subscription","plan_id":"plan_ClinicPlus0001","customer_id":null,
				 "status":"created","current_start":null,"current_end":null,"ended_at":null,"quantity":1,
				 "notes":{"subscriptionId":"5b1e","clinicId":"9c2d"},"charge_at":%d,"start_at":%d,"end_at":1884349800,
				 "auth_attempts":0,"total_count":120,"paid_count":0,"customer_notify":false,"created_at":1769000000,
				 "expire_by":null,"short_url":"https://rzp.io/i/Upgr4de","has_scheduled_changes":false,
				 "change_scheduled_at":null,"source":"api","remaining_count":120}""".formatted(FEB_1, FEB_1))));

		GatewaySubscription subscription = gateway.create("plan_ClinicPlus0001", 120, Instant.ofEpochSecond(FEB_1),
				85_432, "Upgrade to Clinic Plus for the rest of the cycle",
				Map.of("subscriptionId", "5b1e", "clinicId", "9c2d"));

		assertThat(subscription).isEqualTo(new GatewaySubscription("sub_Upgrade000001", "plan_ClinicPlus0001",
				"created", "https://rzp.io/i/Upgr4de", null, null, Instant.ofEpochSecond(FEB_1), null, 0, null));
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/subscriptions"))
			.withHeader("Authorization", equalTo(BASIC_AUTH))
			.withRequestBody(equalToJson("""
					{"plan_id":"plan_ClinicPlus0001","total_count":120,"quantity":1,"customer_notify":0,"start_at":%d,
					 "addons":[{"item":{"name":"Upgrade to Clinic Plus for the rest of the cycle","amount":85432,
					  "currency":"INR"}}],
					 "notes":{"subscriptionId":"5b1e","clinicId":"9c2d"}}""".formatted(FEB_1))));
	}

	@Test
	void anImmediateStartHasNeitherStartNorAddon() {
		razorpay.stubFor(post("/v1/subscriptions").willReturn(okJson("""
				{"id":"sub_AtOnce0000001","entity":"subscription","plan_id":"plan_Clinic00000001","status":"created",
				 "current_start":null,"current_end":null,"ended_at":null,"charge_at":null,"paid_count":0,
				 "short_url":"https://rzp.io/i/AtOnce","notes":[]}""")));

		GatewaySubscription subscription = gateway.create("plan_Clinic00000001", 120, null, 0, "", Map.of());

		assertThat(subscription.status()).isEqualTo("created");
		assertThat(subscription.chargeAt()).isNull();
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/subscriptions")).withRequestBody(equalToJson("""
				{"plan_id":"plan_Clinic00000001","total_count":120,"quantity":1,"customer_notify":0,"notes":{}}""")));
	}

	@Test
	void readsAnActiveSubscriptionsCycleAndMandate() {
		razorpay.stubFor(get("/v1/subscriptions/sub_Active0000001").willReturn(okJson("""
				{"id":"sub_Active0000001","entity":"subscription","plan_id":"plan_Clinic00000001","status":"active",
				 "current_start":%d,"current_end":%d,"ended_at":null,"charge_at":%d,"paid_count":3,
				 "remaining_count":117,"total_count":120,"payment_method":"upi","short_url":"https://rzp.io/i/Act1ve",
				 "notes":{"subscriptionId":"5b1e"}}""".formatted(FEB_1, MAR_1, MAR_1))));

		assertThat(gateway.fetch("sub_Active0000001")).isEqualTo(new GatewaySubscription("sub_Active0000001",
				"plan_Clinic00000001", "active", "https://rzp.io/i/Act1ve", Instant.ofEpochSecond(FEB_1),
				Instant.ofEpochSecond(MAR_1), Instant.ofEpochSecond(MAR_1), null, 3, "UPI"));
		razorpay.verify(getRequestedFor(urlEqualTo("/v1/subscriptions/sub_Active0000001")).withHeader("Authorization",
				equalTo(BASIC_AUTH)));
	}

	@Test
	void readsACancelledSubscriptionsEnd() {
		razorpay.stubFor(get("/v1/subscriptions/sub_Ended00000001").willReturn(okJson("""
				{"id":"sub_Ended00000001","entity":"subscription","plan_id":"plan_Clinic00000001","status":"cancelled",
				 "current_start":%d,"current_end":%d,"ended_at":%d,"charge_at":null,"paid_count":1,
				 "payment_method":"emandate","short_url":"https://rzp.io/i/End3d"}""".formatted(FEB_1, MAR_1, MAR_1))));

		GatewaySubscription subscription = gateway.fetch("sub_Ended00000001");

		assertThat(subscription.status()).isEqualTo("cancelled");
		assertThat(subscription.endedAt()).isEqualTo(Instant.ofEpochSecond(MAR_1));
		assertThat(subscription.chargeAt()).isNull();
		assertThat(subscription.paymentMethod()).isEqualTo("EMANDATE");
	}

	@Test
	void theChargesOfASubscriptionAreItsPaidInvoicesTheAuthorisationsAddonOnlyOneUpfront() {
		razorpay.stubFor(get("/v1/subscriptions/sub_Charged000001").willReturn(okJson("""
				{"id":"sub_Charged000001","entity":"subscription","plan_id":"plan_ClinicPlus0001","status":"active",
				 "payment_method":"nach","paid_count":1,"short_url":"https://rzp.io/i/Ch4rged"}""")));
		razorpay.stubFor(get(urlPathEqualTo("/v1/invoices")).willReturn(
				okJson("""
						{"entity":"collection","count":3,"items":[
						 {"id":"inv_Cycle00000001","entity":"invoice","type":"invoice","status":"paid","subscription_id":"sub_Charged000001",
						  "payment_id":"pay_Cycle00000001","order_id":"order_Cycle000001","amount":294882,"amount_paid":294882,
						  "currency":"INR","paid_at":%d,"billing_start":%d,"billing_end":%d,"created_at":%d,
						  "line_items":[{"name":"Clinic Plus","amount":294882,"type":"plan"}]},
						 {"id":"inv_Upfront00001","entity":"invoice","type":"invoice","status":"paid","subscription_id":"sub_Charged000001",
						  "payment_id":"pay_Upfront00001","order_id":"order_Upfront0001","amount":85432,"amount_paid":85432,
						  "currency":"INR","paid_at":1769500000,"billing_start":null,"billing_end":null,"created_at":1769499990,
						  "line_items":[{"name":"Upgrade to Clinic Plus","amount":85432,"type":"addon"}]},
						 {"id":"inv_Unpaid000001","entity":"invoice","type":"invoice","status":"issued","subscription_id":"sub_Charged000001",
						  "payment_id":null,"order_id":"order_Unpaid00001","amount":294882,"amount_paid":0,"currency":"INR",
						  "paid_at":null,"billing_start":%d,"billing_end":1777573800,"created_at":%d,
						  "line_items":[{"name":"Clinic Plus","amount":294882,"type":"plan"}]}]}"""
					.formatted(FEB_1, FEB_1, MAR_1, FEB_1, MAR_1, MAR_1))));

		assertThat(gateway.chargesOf("sub_Charged000001"))
			.containsExactly(new GatewayCharge("pay_Cycle00000001", "inv_Cycle00000001", 294_882, "INR", "EMANDATE",
					Instant.ofEpochSecond(FEB_1), Instant.ofEpochSecond(FEB_1), Instant.ofEpochSecond(MAR_1), false),
					new GatewayCharge("pay_Upfront00001", "inv_Upfront00001", 85_432, "INR", "EMANDATE",
							Instant.ofEpochSecond(1_769_500_000), null, null, true));
		razorpay.verify(getRequestedFor(urlEqualTo("/v1/invoices?subscription_id=sub_Charged000001&count=100&skip=0"))
			.withHeader("Authorization", equalTo(BASIC_AUTH)));
	}

	@Test
	void readsEveryPageOfInvoices() {
		razorpay.stubFor(get("/v1/subscriptions/sub_LongLived0001").willReturn(okJson("""
				{"id":"sub_LongLived0001","entity":"subscription","plan_id":"plan_Clinic00000001","status":"active",
				 "payment_method":"card","paid_count":101,"short_url":"https://rzp.io/i/L0ng"}""")));
		razorpay.stubFor(get(urlEqualTo("/v1/invoices?subscription_id=sub_LongLived0001&count=100&skip=0"))
			.willReturn(okJson(invoices(0, 100))));
		razorpay.stubFor(get(urlEqualTo("/v1/invoices?subscription_id=sub_LongLived0001&count=100&skip=100"))
			.willReturn(okJson(invoices(100, 1))));

		assertThat(gateway.chargesOf("sub_LongLived0001")).hasSize(101)
			.allSatisfy(charge -> assertThat(charge.method()).isEqualTo("CARD"))
			.extracting(GatewayCharge::paymentId)
			.startsWith("pay_Long00000000")
			.endsWith("pay_Long00000100");
	}

	@Test
	void cancelsAtTheEndOfTheCycleOrNow() {
		razorpay.stubFor(post("/v1/subscriptions/sub_Cancel0000001/cancel").willReturn(okJson("""
				{"id":"sub_Cancel0000001","entity":"subscription","plan_id":"plan_Clinic00000001","status":"active",
				 "current_start":%d,"current_end":%d,"charge_at":null,"end_at":%d,"paid_count":1,
				 "short_url":"https://rzp.io/i/C4ncel"}""".formatted(FEB_1, MAR_1, MAR_1))));

		GatewaySubscription atCycleEnd = gateway.cancel("sub_Cancel0000001", true);
		gateway.cancel("sub_Cancel0000001", false);

		assertThat(atCycleEnd.status()).isEqualTo("active");
		assertThat(atCycleEnd.currentEnd()).isEqualTo(Instant.ofEpochSecond(MAR_1));
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_Cancel0000001/cancel"))
			.withRequestBody(equalToJson("""
					{"cancel_at_cycle_end":1}""")));
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_Cancel0000001/cancel"))
			.withRequestBody(equalToJson("""
					{"cancel_at_cycle_end":0}""")));
	}

	@Test
	void pausesAndResumesNow() {
		razorpay.stubFor(post("/v1/subscriptions/sub_Paused0000001/pause").willReturn(okJson("""
				{"id":"sub_Paused0000001","entity":"subscription","plan_id":"plan_Clinic00000001","status":"paused",
				 "paid_count":1,"short_url":"https://rzp.io/i/P4use"}""")));
		razorpay.stubFor(post("/v1/subscriptions/sub_Paused0000001/resume").willReturn(okJson("""
				{"id":"sub_Paused0000001","entity":"subscription","plan_id":"plan_Clinic00000001","status":"active",
				 "paid_count":1,"short_url":"https://rzp.io/i/P4use"}""")));

		assertThat(gateway.pause("sub_Paused0000001").status()).isEqualTo("paused");
		assertThat(gateway.resume("sub_Paused0000001").status()).isEqualTo("active");
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_Paused0000001/pause"))
			.withRequestBody(equalToJson("""
					{"pause_at":"now"}""")));
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_Paused0000001/resume"))
			.withRequestBody(equalToJson("""
					{"resume_at":"now"}""")));
	}

	@Test
	void refundsAPaymentWithOurChargeInTheNotes() {
		razorpay.stubFor(post("/v1/payments/pay_Cycle00000001/refund").willReturn(okJson("""
				{"id":"rfnd_Subs00000001","entity":"refund","amount":117882,"currency":"INR",
				 "payment_id":"pay_Cycle00000001","notes":{"subscriptionChargeId":"7d3e"},"status":"pending",
				 "speed_requested":"normal","created_at":1769900000}""")));

		GatewayRefund refund = gateway.refund("pay_Cycle00000001", 117_882, Map.of("subscriptionChargeId", "7d3e"));

		assertThat(refund).isEqualTo(new GatewayRefund("rfnd_Subs00000001", "pay_Cycle00000001", 117_882, "pending"));
		razorpay.verify(postRequestedFor(urlEqualTo("/v1/payments/pay_Cycle00000001/refund"))
			.withHeader("Authorization", equalTo(BASIC_AUTH))
			.withRequestBody(equalToJson("""
					{"amount":117882,"speed":"normal","notes":{"subscriptionChargeId":"7d3e"}}""")));
	}

	@Test
	void razorpaysRefusalBecomesAGatewayExceptionWithItsDescription() {
		razorpay.stubFor(
				get("/v1/subscriptions/sub_Unknown000001").willReturn(badRequest("The id provided does not exist")));
		razorpay.stubFor(post("/v1/subscriptions/sub_Ended00000001/cancel")
			.willReturn(badRequest("Subscription is not cancellable in cancelled status.")));

		assertThatThrownBy(() -> gateway.fetch("sub_Unknown000001")).isInstanceOf(SubscriptionGatewayException.class)
			.hasMessageContaining("sub_Unknown000001")
			.hasMessageContaining("The id provided does not exist");
		assertThatThrownBy(() -> gateway.cancel("sub_Ended00000001", false))
			.isInstanceOf(SubscriptionGatewayException.class)
			.hasMessageContaining("Subscription is not cancellable in cancelled status.");
	}

	@Test
	void anAnswerWithoutWhatTheCallNeedsIsAGatewayExceptionToo() {
		razorpay.stubFor(post("/v1/plans").willReturn(okJson("""
				{"entity":"plan","period":"monthly"}""")));
		razorpay.stubFor(get("/v1/subscriptions/sub_Down00000001")
			.willReturn(aResponse().withStatus(502).withBody("{\"message\":\"bad gateway\"}")));

		assertThatThrownBy(() -> gateway.createPlan("Clinic", "Ayurlahi Clinic v1", 117_882, Map.of()))
			.isInstanceOf(SubscriptionGatewayException.class)
			.hasMessageContaining("did not create the plan Clinic");
		assertThatThrownBy(() -> gateway.fetch("sub_Down00000001")).isInstanceOf(SubscriptionGatewayException.class)
			.hasMessageContaining("502");
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = { "upi, UPI", "card, CARD", "emandate, EMANDATE", "nach, EMANDATE",
			"UPI, UPI", "netbanking, null", "null, null" })
	void readsRazorpaysMethodsAsOurKinds(String razorpayMethod, String kind) {
		assertThat(RazorpayMethods.kindOf(razorpayMethod)).isEqualTo(kind);
	}

	private static String invoices(int from, int count) {
		return IntStream.range(from, from + count)
			.mapToObj(
					"""
							{"id":"inv_Long%1$08d","entity":"invoice","status":"paid","payment_id":"pay_Long%1$08d",
							 "amount":117882,"amount_paid":117882,"currency":"INR","paid_at":1769900000,"billing_start":1769900000,
							 "billing_end":1772400000,"created_at":1769900000,"line_items":[{"type":"plan","amount":117882}]}"""::formatted)
			.collect(Collectors.joining(",", "{\"entity\":\"collection\",\"count\":" + count + ",\"items\":[", "]}"));
	}

	private static ResponseDefinitionBuilder badRequest(String description) {
		return aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
				{"error":{"code":"BAD_REQUEST_ERROR","description":"%s","source":"business","step":"NA",
				 "reason":"input_validation_failed","metadata":{}}}""".formatted(description));
	}

}
