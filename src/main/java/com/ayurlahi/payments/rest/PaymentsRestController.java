package com.ayurlahi.payments.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.payments.PaymentCheckout;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.PaymentQueries;
import com.ayurlahi.payments.PaymentStatus;
import com.ayurlahi.payments.PaymentView;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * {@code /api/payments}: the clinic that placed an order starts paying it; the clinic,
 * ADMIN and SUPPORT read payments. Anyone else's payments do not exist (404).
 */
@RestController
@RequestMapping("/api/payments")
class PaymentsRestController {

	private final PaymentCheckouts checkouts;

	private final PaymentQueries paymentQueries;

	PaymentsRestController(PaymentCheckouts checkouts, PaymentQueries paymentQueries) {
		this.checkouts = checkouts;
		this.paymentQueries = paymentQueries;
	}

	@ApiResponse(responseCode = "201", description = "The Razorpay order to pay, and where to check out",
			useReturnTypeSchema = true)
	@PostMapping("/initiate/{orderId}")
	@PreAuthorize("hasRole('CLINIC')")
	ResponseEntity<InitiatedJson> initiate(@PathVariable UUID orderId,
			@AuthenticationPrincipal AuthenticatedUser clinic) {
		PaymentCheckout checkout = checkouts.initiate(orderId, clinic);
		return ResponseEntity.created(URI.create("/api/payments/" + checkout.paymentId()))
			.body(InitiatedJson.of(checkout));
	}

	@GetMapping("/{paymentId}")
	@PreAuthorize("hasAnyRole('CLINIC', 'ADMIN', 'SUPPORT')")
	PaymentJson get(@PathVariable UUID paymentId, @AuthenticationPrincipal AuthenticatedUser viewer) {
		return PaymentJson.of(paymentQueries.get(paymentId, viewer));
	}

	@GetMapping("/order/{orderId}")
	@PreAuthorize("hasAnyRole('CLINIC', 'ADMIN', 'SUPPORT')")
	List<PaymentJson> forOrder(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser viewer) {
		return paymentQueries.forOrder(orderId, viewer).stream().map(PaymentJson::of).toList();
	}

	/** A payment as the contract shows it; amounts in rupees. */
	record PaymentJson(UUID id, UUID orderId, PaymentStatus status, BigDecimal amount, String currency,
			String razorpayOrderId, @Nullable String razorpayPaymentId, @Nullable String method,
			@Nullable String errorCode, @Nullable String errorDescription, Instant createdAt,
			@Nullable Instant capturedAt) {

		static PaymentJson of(PaymentView payment) {
			return new PaymentJson(payment.id(), payment.orderId(), payment.status(), payment.amount(),
					payment.currency(), payment.razorpayOrderId(), payment.razorpayPaymentId(), payment.method(),
					payment.errorCode(), payment.errorDescription(), payment.createdAt(), payment.capturedAt());
		}
	}

	/** The contract's answer to {@code POST /api/payments/initiate/{orderId}}. */
	record InitiatedJson(UUID paymentId, UUID orderId, String razorpayOrderId, long amountPaise, String currency,
			String keyId, String checkoutUrl) {

		static InitiatedJson of(PaymentCheckout checkout) {
			return new InitiatedJson(checkout.paymentId(), checkout.orderId(), checkout.razorpayOrderId(),
					checkout.amountPaise(), checkout.currency(), checkout.keyId(), checkout.checkoutUrl());
		}
	}

}
