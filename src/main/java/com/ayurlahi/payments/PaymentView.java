package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A payment as the portals and the API show it. */
public record PaymentView(UUID id, UUID orderId, String orderNumber, String clinicName, PaymentStatus status,
		BigDecimal amount, String currency, String razorpayOrderId, @Nullable String razorpayPaymentId,
		@Nullable String method, @Nullable String errorCode, @Nullable String errorDescription,
		@Nullable String reviewReason, Instant createdAt, @Nullable Instant capturedAt) {

	static PaymentView of(Payment payment) {
		return new PaymentView(payment.getId(), payment.getOrderId(), payment.getOrderNumber(), payment.getClinicName(),
				payment.getStatus(), payment.getAmount(), payment.getCurrency(), payment.getRazorpayOrderId(),
				payment.getRazorpayPaymentId(), payment.getMethod(), payment.getErrorCode(),
				payment.getErrorDescription(), payment.getReviewReason(), payment.getCreatedAt(),
				payment.getCapturedAt());
	}

	/** Whether the clinic is still waiting to hear from Razorpay. */
	public boolean isPending() {
		return status == PaymentStatus.CREATED || status == PaymentStatus.AUTHORIZED;
	}
}
