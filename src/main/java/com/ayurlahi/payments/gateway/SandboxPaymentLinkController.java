package com.ayurlahi.payments.gateway;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Choice;

/**
 * The sandbox's page of a payment link, standing in for the page a Razorpay link opens:
 * public like Razorpay's (a link sent over WhatsApp is opened on a phone without signing
 * in), marked as the sandbox, it shows the order and amount and lets the clinic pay by
 * UPI (succeeds) or by a card the bank declines (the link stays payable). The page then
 * says what happened, as Razorpay's does when a link has no callback URL; the webhooks
 * tell us. It only exists while the sandbox is the gateway.
 */
@Controller
@Conditional(UsesSandbox.class)
@RequestMapping(SandboxRazorpay.LINK_PATH + "{paymentLinkId}")
class SandboxPaymentLinkController {

	private final SandboxRazorpay sandbox;

	SandboxPaymentLinkController(SandboxRazorpay sandbox) {
		this.sandbox = sandbox;
	}

	@GetMapping
	String link(@PathVariable String paymentLinkId, Model model) {
		model.addAttribute("link", link(paymentLinkId));
		model.addAttribute("choices", Choice.values());
		return "sandbox/payment-link";
	}

	@PostMapping
	String pay(@PathVariable String paymentLinkId, @RequestParam Choice choice, Model model) {
		link(paymentLinkId);
		try {
			model.addAttribute("result", sandbox.payLink(paymentLinkId, choice));
			model.addAttribute("succeeded", choice == Choice.UPI_SUCCESS);
		}
		catch (PaymentGatewayException refused) {
			model.addAttribute("refusal", refused.getMessage());
		}
		model.addAttribute("link", link(paymentLinkId));
		model.addAttribute("choices", Choice.values());
		return "sandbox/payment-link";
	}

	private SandboxPaymentLinks.LinkPage link(String paymentLinkId) {
		try {
			return sandbox.linkPage(paymentLinkId);
		}
		catch (PaymentGatewayException unknown) {
			throw new NotFoundException("The sandbox has no payment link " + paymentLinkId + ".");
		}
	}

}
