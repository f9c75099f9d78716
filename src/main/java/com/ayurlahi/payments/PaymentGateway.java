package com.ayurlahi.payments;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Razorpay as the payments module uses it: orders to pay, and what became of them. One adapter talks to
 * Razorpay through its SDK, the other is the sandbox of the dev profile and the tests.
 */
public interface PaymentGateway {

    /** A Razorpay order for {@code amountPaise}, with our order number as its receipt. */
    GatewayOrder createOrder(String receipt, long amountPaise, Map<String, String> notes);

    /** The Razorpay order as the gateway has it now, with its payments (for the sweep's last look). */
    GatewayOrder fetchOrder(String razorpayOrderId);

    /**
     * Where the clinic's browser pays when the gateway hosts the checkout itself (the sandbox), or empty when we
     * render Razorpay's checkout.js page.
     */
    Optional<String> hostedCheckoutUrl(String razorpayOrderId, String callbackPath);

    /** A Razorpay order: {@code status} is created, attempted or paid. */
    record GatewayOrder(String id, long amountPaise, String currency, String receipt, String status,
            List<GatewayPayment> payments) {

        public boolean isPaid() {
            return "paid".equals(status);
        }

        /** The captured payment, if any of the order's attempts was captured. */
        public Optional<GatewayPayment> capturedPayment() {
            return payments.stream().filter(payment -> "captured".equals(payment.status())).findFirst();
        }
    }

    /** One attempt to pay a Razorpay order. */
    record GatewayPayment(String id, long amountPaise, String currency, String status, @Nullable String method) {
    }
}
