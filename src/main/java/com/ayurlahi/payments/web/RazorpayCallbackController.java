package com.ayurlahi.payments.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.payments.CallbackResult;
import com.ayurlahi.payments.PaymentManagement;

/**
 * Where Razorpay's checkout posts its result ({@code callback_url} with
 * {@code redirect: true}). It is a cross-site post: no session cookie, no CSRF token; the
 * signature is the proof, checked against the Razorpay order we stored for the payment in
 * the address. The browser then goes on to the clinic's result page. Fields that can't be
 * Razorpay's (too long, not an id, not a signature) are refused with a 400 page before
 * anything is compared or audited.
 */
@Controller
class RazorpayCallbackController {

	/** The longest Razorpay id we take (the database keeps 40 characters). */
	static final int MAX_ID_LENGTH = 40;

	private static final Pattern RAZORPAY_ID = Pattern.compile("[A-Za-z0-9_]{1," + MAX_ID_LENGTH + "}");

	/** A hex HMAC-SHA256. */
	private static final Pattern SIGNATURE = Pattern.compile("[0-9a-fA-F]{64}");

	private final PaymentManagement payments;

	RazorpayCallbackController(PaymentManagement payments) {
		this.payments = payments;
	}

	@PostMapping("/payments/razorpay/callback/{paymentId}")
	String callback(@PathVariable UUID paymentId,
			@RequestParam(name = "razorpay_order_id", required = false) @Nullable String razorpayOrderId,
			@RequestParam(name = "razorpay_payment_id", required = false) @Nullable String razorpayPaymentId,
			@RequestParam(name = "razorpay_signature", required = false) @Nullable String signature) {
		requireRazorpayId("razorpay_order_id", razorpayOrderId);
		requireRazorpayId("razorpay_payment_id", razorpayPaymentId);
		if (signature != null && !SIGNATURE.matcher(signature).matches()) {
			throw new InvalidInputException("razorpay_signature",
					"The payment's confirmation can't be read: razorpay_signature is not a Razorpay signature "
							+ "(64 hexadecimal digits). Your payment, if made, still reaches us from Razorpay.");
		}
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

	/**
	 * Razorpay's ids are short ({@code order_} or {@code pay_} and 14 characters);
	 * anything longer, or with other characters, is refused before it is compared,
	 * audited or stored.
	 */
	private static void requireRazorpayId(String field, @Nullable String value) {
		if (value != null && !RAZORPAY_ID.matcher(value).matches()) {
			throw new InvalidInputException(field,
					"The payment's confirmation can't be read: " + field + " is not a Razorpay id (letters, digits "
							+ "and _, at most " + MAX_ID_LENGTH + " characters). Your payment, if made, still "
							+ "reaches us from Razorpay.");
		}
	}

}
