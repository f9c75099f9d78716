package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A clinic's browser at the sandbox's checkout page, and the callback it posts back to
 * us.
 */
public final class SandboxCheckout {

	private final MockMvcTester mvc;

	public SandboxCheckout(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/**
	 * Picks {@code choice} (UPI_SUCCESS, CARD_DECLINED) on the checkout page: the fields
	 * the callback gets.
	 */
	Map<String, String> pay(String razorpayOrderId, UUID paymentId, String choice) {
		MvcTestResult page = mvc.post()
			.uri("/sandbox/razorpay/checkout/" + razorpayOrderId)
			.param("callback", "/payments/razorpay/callback/" + paymentId)
			.param("choice", choice)
			.with(csrf())
			.exchange();
		assertThat(page).hasStatusOk();
		@SuppressWarnings("unchecked")
		Map<String, String> fields = (Map<String, String>) page.getMvcResult()
			.getModelAndView()
			.getModel()
			.get("fields");
		return fields;
	}

	MvcTestResult callback(UUID paymentId, Map<String, String> fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		fields.forEach(form::add);
		return mvc.post()
			.uri("/payments/razorpay/callback/" + paymentId)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.params(form)
			.exchange();
	}

	/**
	 * Pays the checkout with UPI and posts the callback: the order is confirmed when this
	 * returns.
	 */
	public void payAndReturn(PaymentCheckout checkout) {
		callback(checkout.paymentId(), pay(checkout.razorpayOrderId(), checkout.paymentId(), "UPI_SUCCESS"));
	}

	/**
	 * Pays the checkout with a card the bank declines and posts the callback: the order's
	 * payment fails (once the sandbox's webhook is applied).
	 */
	public void declineAndReturn(PaymentCheckout checkout) {
		callback(checkout.paymentId(), pay(checkout.razorpayOrderId(), checkout.paymentId(), "CARD_DECLINED"));
	}

}
