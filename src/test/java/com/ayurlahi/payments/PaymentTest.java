package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A payment only moves forward, whatever order Razorpay's reports arrive in. */
class PaymentTest {

	private static final Instant NOW = Instant.parse("2026-11-25T06:30:00Z");

	@Test
	void theAmountIsCountedInPaiseAtRazorpaysBoundary() {
		assertThat(Payment.paise(new BigDecimal("1795.50"))).isEqualTo(179_550);
		assertThat(Payment.paise(new BigDecimal("0.01"))).isEqualTo(1);
		assertThat(payment("236.25").getAmountPaise()).isEqualTo(23_625);
	}

	@Test
	void aCaptureIsTakenOnceAndClosesThePayment() {
		Payment payment = payment("100.00");

		assertThat(payment.capture("pay_1", "upi", NOW)).isTrue();
		assertThat(payment.capture("pay_1", "upi", NOW.plusSeconds(1))).isFalse();

		assertThat(payment.getStatus()).isEqualTo(PaymentStatus.CAPTURED);
		assertThat(payment.getCapturedAt()).isEqualTo(NOW);
		assertThat(payment.isOpen()).isFalse();
	}

	@Test
	void aFailureAfterTheCaptureAndAnAuthorisationAfterItChangeNothing() {
		Payment payment = payment("100.00");
		payment.capture("pay_1", "upi", NOW);

		assertThat(payment.fail("pay_2", "BAD_REQUEST_ERROR", "declined", NOW)).isFalse();
		assertThat(payment.authorize("pay_1", "upi", NOW)).isFalse();
		assertThat(payment.getStatus()).isEqualTo(PaymentStatus.CAPTURED);
		assertThat(payment.getErrorCode()).isNull();
	}

	@Test
	void aFailedAttemptCanBeRetriedAndThenCaptured() {
		Payment payment = payment("100.00");

		assertThat(payment.fail("pay_1", "BAD_REQUEST_ERROR", "Card declined", NOW)).isTrue();
		assertThat(payment.fail("pay_1", "BAD_REQUEST_ERROR", "Card declined", NOW)).isFalse();
		payment.reopen(NOW);
		assertThat(payment.getStatus()).isEqualTo(PaymentStatus.CREATED);
		assertThat(payment.isOpen()).isTrue();
		assertThat(payment.capture("pay_2", "upi", NOW)).isTrue();

		assertThat(payment.getRazorpayPaymentId()).isEqualTo("pay_2");
		assertThat(payment.getErrorDescription()).isNull();
	}

	@Test
	void flagsAddUpWithoutRepeatingThemselves() {
		Payment payment = payment("100.00");

		payment.flagForReview("Amount differs.", NOW);
		payment.flagForReview("Amount differs.", NOW);
		payment.flagForReview("Order cancelled.", NOW);

		assertThat(payment.getReviewReason()).isEqualTo("Amount differs. Order cancelled.");
	}

	private static Payment payment(String amount) {
		return new Payment(UUID.randomUUID(), "AYR-2026-000001", UUID.randomUUID(), "Test Clinic", "order_Test",
				new BigDecimal(amount), NOW);
	}

}
