package com.ayurlahi.payments.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.payments.CallbackResult;
import com.ayurlahi.payments.PaymentManagement;

/**
 * Where Razorpay's checkout posts its result ({@code callback_url} with
 * {@code redirect: true}). It is a cross-site post: no session cookie, no CSRF token; the
 * signature is the proof, checked against the Razorpay order we stored for the payment in
 * the address. The browser then goes on to the clinic's result page.
 */
@Controller
class RazorpayCallbackController {

	private final PaymentManagement payments;

	RazorpayCallbackController(PaymentManagement payments) {
		this.payments = payments;
	}

	@PostMapping("/payments/razorpay/callback/{paymentId}")
	String callback(@PathVariable UUID paymentId,
			@RequestParam(name = "razorpay_order_id", required = false) @Nullable String razorpayOrderId,
			@RequestParam(name = "razorpay_payment_id", required = false) @Nullable String razorpayPaymentId,
			@RequestParam(name = "razorpay_signature", required = false) @Nullable String signature) {
		CallbackOutcome outcome;
		if (razorpayOrderId == null || razorpayPaymentId == null || signature == null) {
			outcome = CallbackOutcome.DECLINED;
		}
		else {
			CallbackResult result = payments.completeCheckout(paymentId, razorpayOrderId, razorpayPaymentId, signature);
			outcome = result == CallbackResult.REJECTED ? CallbackOutcome.UNVERIFIED : CallbackOutcome.PAID;
		}
		return "redirect:/clinic/payments/" + paymentId + "?outcome=" + outcome.query();
	}

}
