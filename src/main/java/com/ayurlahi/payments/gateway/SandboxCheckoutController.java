package com.ayurlahi.payments.gateway;

import java.util.Map;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayOrder;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Choice;

/**
 * The sandbox's checkout page, standing in for Razorpay's hosted checkout: it shows the
 * order and its amount, lets the clinic pay by UPI (succeeds) or by a card the bank
 * declines, and then posts Razorpay's callback fields to our callback URL, as Razorpay's
 * checkout does with {@code redirect: true}. It is not part of our portals: like
 * Razorpay's page it needs no sign-in, and it only exists while the sandbox is the
 * gateway.
 */
@Controller
@Conditional(UsesSandbox.class)
@RequestMapping(SandboxRazorpay.CHECKOUT_PATH + "{razorpayOrderId}")
class SandboxCheckoutController {

	private static final String CALLBACK_PREFIX = "/payments/razorpay/callback/";

	private final SandboxRazorpay sandbox;

	SandboxCheckoutController(SandboxRazorpay sandbox) {
		this.sandbox = sandbox;
	}

	@GetMapping
	String checkout(@PathVariable String razorpayOrderId, @RequestParam String callback, Model model) {
		model.addAttribute("order", order(razorpayOrderId));
		model.addAttribute("callback", checked(callback));
		model.addAttribute("choices", Choice.values());
		return "sandbox/checkout";
	}

	@PostMapping
	String pay(@PathVariable String razorpayOrderId, @RequestParam String callback, @RequestParam Choice choice,
			Model model) {
		GatewayOrder order = order(razorpayOrderId);
		model.addAttribute("order", order);
		model.addAttribute("callback", checked(callback));
		try {
			Map<String, String> fields = sandbox.pay(razorpayOrderId, choice);
			model.addAttribute("fields", fields);
			model.addAttribute("succeeded", choice == Choice.UPI_SUCCESS);
			return "sandbox/return";
		}
		catch (PaymentGatewayException refused) {
			model.addAttribute("choices", Choice.values());
			model.addAttribute("refusal", refused.getMessage());
			return "sandbox/checkout";
		}
	}

	private GatewayOrder order(String razorpayOrderId) {
		try {
			return sandbox.order(razorpayOrderId);
		}
		catch (PaymentGatewayException unknown) {
			throw new NotFoundException("The sandbox has no order " + razorpayOrderId + ".");
		}
	}

	/** Only our own callback path: the page must not become a way to post anywhere. */
	private static String checked(String callback) {
		if (!callback.startsWith(CALLBACK_PREFIX)
				|| !callback.substring(CALLBACK_PREFIX.length()).matches("[0-9a-f-]{36}")) {
			throw new NotFoundException("The sandbox only returns to Ayurlahi's payment callback.");
		}
		return callback;
	}

}
