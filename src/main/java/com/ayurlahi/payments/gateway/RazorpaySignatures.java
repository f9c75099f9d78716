package com.ayurlahi.payments.gateway;

import java.nio.charset.StandardCharsets;

import org.json.JSONObject;

import com.razorpay.RazorpayException;
import com.razorpay.Utils;

/**
 * Razorpay's signatures, checked with the SDK's own utilities (constant-time comparison):
 * the checkout's payment signature, an HMAC-SHA256 of {@code order_id|payment_id} keyed
 * with the key secret, and the webhook signature, an HMAC-SHA256 of the raw body keyed
 * with the webhook secret. The SDK hashes strings with the platform charset, which is
 * UTF-8 on the JDKs we run.
 */
public final class RazorpaySignatures {

	private RazorpaySignatures() {
	}

	/**
	 * Whether {@code signature} proves that {@code paymentId} paid our Razorpay order
	 * {@code razorpayOrderId}.
	 */
	public static boolean isValidPayment(String razorpayOrderId, String paymentId, String signature, String keySecret) {
		JSONObject attributes = new JSONObject().put("razorpay_order_id", razorpayOrderId)
			.put("razorpay_payment_id", paymentId)
			.put("razorpay_signature", signature);
		try {
			return Utils.verifyPaymentSignature(attributes, keySecret);
		}
		catch (RazorpayException e) {
			return false;
		}
	}

	/** Whether {@code signature} is Razorpay's signature of exactly these bytes. */
	public static boolean isValidWebhook(byte[] body, String signature, String webhookSecret) {
		try {
			return Utils.verifyWebhookSignature(new String(body, StandardCharsets.UTF_8), signature, webhookSecret);
		}
		catch (RazorpayException e) {
			return false;
		}
	}

	/** Signs {@code payload} as Razorpay does (hex HMAC-SHA256), for the sandbox. */
	public static String sign(String payload, String secret) {
		try {
			return Utils.getHash(payload, secret);
		}
		catch (RazorpayException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}

}
