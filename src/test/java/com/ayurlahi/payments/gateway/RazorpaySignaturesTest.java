package com.ayurlahi.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/**
 * Razorpay's two signatures, checked by the SDK's utilities against HMAC-SHA256 computed
 * here independently.
 */
class RazorpaySignaturesTest {

	private static final String KEY_SECRET = "EnLs21M47BllR3X8PSFtjtbd";

	private static final String WEBHOOK_SECRET = "a webhook secret, not the key secret";

	@Test
	void thePaymentSignatureIsAnHmacOfOrderIdBarPaymentIdWithTheKeySecret() throws Exception {
		String signature = hmac("order_IluGWxBm9U8zJ8|pay_IluGWxBm9U8zJ9", KEY_SECRET);

		assertThat(
				RazorpaySignatures.isValidPayment("order_IluGWxBm9U8zJ8", "pay_IluGWxBm9U8zJ9", signature, KEY_SECRET))
			.isTrue();
		assertThat(
				RazorpaySignatures.isValidPayment("order_IluGWxBm9U8zJ8", "pay_SomeoneElses01", signature, KEY_SECRET))
			.isFalse();
		assertThat(
				RazorpaySignatures.isValidPayment("order_AnotherOrder01", "pay_IluGWxBm9U8zJ9", signature, KEY_SECRET))
			.isFalse();
		assertThat(RazorpaySignatures.isValidPayment("order_IluGWxBm9U8zJ8", "pay_IluGWxBm9U8zJ9", signature,
				WEBHOOK_SECRET))
			.isFalse();
		assertThat(RazorpaySignatures.isValidPayment("order_IluGWxBm9U8zJ8", "pay_IluGWxBm9U8zJ9", "", KEY_SECRET))
			.isFalse();
	}

	@Test
	void theWebhookSignatureCoversTheExactBytesOfTheBody() throws Exception {
		String body = "{\"entity\":\"event\",\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":"
				+ "{\"id\":\"pay_1\",\"amount\":29500,\"currency\":\"INR\",\"notes\":{\"clinic\":\"ശ്രീ ധന്വന്തരി\"}}}}}";
		String signature = hmac(body, WEBHOOK_SECRET);
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

		assertThat(RazorpaySignatures.isValidWebhook(bytes, signature, WEBHOOK_SECRET)).isTrue();
		assertThat(RazorpaySignatures.isValidWebhook(body.replace("29500", "29501").getBytes(StandardCharsets.UTF_8),
				signature, WEBHOOK_SECRET))
			.isFalse();
		assertThat(RazorpaySignatures.isValidWebhook((body + " ").getBytes(StandardCharsets.UTF_8), signature,
				WEBHOOK_SECRET))
			.isFalse();
		assertThat(RazorpaySignatures.isValidWebhook(bytes, signature, KEY_SECRET)).isFalse();
		assertThat(RazorpaySignatures.isValidWebhook(bytes, signature.toUpperCase(), WEBHOOK_SECRET)).isFalse();
	}

	@Test
	void theSandboxSignsAsRazorpayDoes() throws Exception {
		assertThat(RazorpaySignatures.sign("order_A|pay_B", KEY_SECRET)).isEqualTo(hmac("order_A|pay_B", KEY_SECRET));
	}

	private static String hmac(String payload, String secret) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
	}

}
