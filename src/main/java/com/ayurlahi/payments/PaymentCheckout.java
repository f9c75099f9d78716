package com.ayurlahi.payments;

import java.util.UUID;

/**
 * What the clinic's browser needs to pay: our payment, the Razorpay order with its
 * amount, the key id for checkout.js, where to go ({@code checkoutUrl}) and where
 * Razorpay posts the result ({@code callbackPath}).
 */
public record PaymentCheckout(UUID paymentId, UUID orderId, String orderNumber, String razorpayOrderId,
		long amountPaise, String currency, String keyId, String clinicName, String checkoutUrl, String callbackPath) {
}
