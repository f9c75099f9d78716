package com.ayurlahi.payments.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ayurlahi.payments.PaymentGateway.GatewayOrder;
import com.ayurlahi.payments.PaymentGatewayException;
import com.ayurlahi.payments.PaymentSettings;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The Razorpay adapter's requests, as the SDK sends them, against a local fake of Razorpay's API: basic auth
 * with the key id and secret, amounts in paise, the order number as receipt; and Razorpay's answers and errors
 * read back.
 */
class RazorpaySdkGatewayTest {

    private static final WireMockServer razorpay = new WireMockServer(options().dynamicPort());

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
        gateway = new RazorpaySdkGateway(new PaymentSettings(Duration.ofMinutes(30), Duration.ofMinutes(5),
                new PaymentSettings.Razorpay("rzp_test_GatewayKey", "gateway key secret", "webhook secret",
                        URI.create(razorpay.baseUrl())),
                new PaymentSettings.Sandbox("unused", "unused", "unused", null), null, new BigDecimal("18.00"),
                new BigDecimal("0.50")));
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
        razorpay.verify(postRequestedFor(urlEqualTo("/v1/orders"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
                        .encodeToString("rzp_test_GatewayKey:gateway key secret".getBytes(StandardCharsets.UTF_8))))
                .withRequestBody(equalToJson("""
                        {"amount":23625,"currency":"INR","receipt":"AYR-2026-000042","notes":{"orderNumber":"AYR-2026-000042"}}""")));
    }

    @Test
    void fetchesAnOrderWithItsPayments() {
        razorpay.stubFor(get("/v1/orders/order_Fetched000001").willReturn(okJson("""
                {"id":"order_Fetched000001","entity":"order","amount":50000,"amount_paid":50000,"amount_due":0,
                 "currency":"INR","receipt":"AYR-2026-000043","status":"paid","attempts":2,"notes":[],"created_at":1764051000}""")));
        razorpay.stubFor(get("/v1/orders/order_Fetched000001/payments").willReturn(okJson("""
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
        razorpay.stubFor(post("/v1/orders").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error":{"code":"BAD_REQUEST_ERROR","description":"Order amount less than minimum amount allowed",
                         "source":"business","step":"payment_initiation","reason":"input_validation_failed","metadata":{},"field":"amount"}}""")));

        assertThatThrownBy(() -> gateway.createOrder("AYR-2026-000044", 50, Map.of()))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("Order amount less than minimum amount allowed");
    }
}
