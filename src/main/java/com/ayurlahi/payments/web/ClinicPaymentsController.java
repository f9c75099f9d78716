package com.ayurlahi.payments.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.payments.PaymentCheckout;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.PaymentQueries;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.PaymentView;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The clinic's side of paying: "Pay" on an order sends the browser to the checkout (the
 * sandbox's page, or ours with Razorpay's checkout.js), and the result page says what
 * came of it, refreshing itself until Razorpay has spoken.
 */
@Controller
class ClinicPaymentsController {

	/**
	 * Razorpay's checkout.js and the frames it opens; only the page that uses them allows
	 * them.
	 */
	static final String RAZORPAY_CHECKOUT_POLICY = "default-src 'self'; script-src 'self' https://checkout.razorpay.com; "
			+ "frame-src https://api.razorpay.com https://checkout.razorpay.com; connect-src 'self' https://lumberjack.razorpay.com; "
			+ "img-src 'self' data: https://*.razorpay.com; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'; object-src 'none'";

	private final PaymentCheckouts checkouts;

	private final PaymentQueries paymentQueries;

	private final OrderManagement orders;

	private final PaymentSettings settings;

	ClinicPaymentsController(PaymentCheckouts checkouts, PaymentQueries paymentQueries, OrderManagement orders,
			PaymentSettings settings) {
		this.checkouts = checkouts;
		this.paymentQueries = paymentQueries;
		this.orders = orders;
		this.settings = settings;
	}

	/**
	 * "Pay" on the order page: to the checkout, or back to the order with the reason when
	 * there is nothing to pay.
	 */
	@PostMapping("/clinic/orders/{orderId}/pay")
	String pay(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser clinic,
			RedirectAttributes redirect) {
		try {
			PaymentCheckout checkout = checkouts.initiate(orderId, clinic);
			return "redirect:" + checkout.checkoutUrl();
		}
		catch (ConflictException refused) {
			FlashMessage.refused(redirect, refused);
			return "redirect:/clinic/orders/" + orderId;
		}
	}

	@GetMapping("/clinic/payments/{paymentId}/checkout")
	String checkout(@PathVariable UUID paymentId, @AuthenticationPrincipal AuthenticatedUser clinic, Model model,
			HttpServletResponse response) {
		PaymentCheckout checkout = checkouts.checkout(paymentId, clinic);
		model.addAttribute("checkout", checkout);
		model.addAttribute("callbackUrl", settings.publicUrl() == null
				? ServletUriComponentsBuilder.fromCurrentContextPath().path(checkout.callbackPath()).toUriString()
				: UriComponentsBuilder.fromUri(settings.publicUrl()).path(checkout.callbackPath()).toUriString());
		response.setHeader("Content-Security-Policy", RAZORPAY_CHECKOUT_POLICY);
		return "clinic/razorpay-checkout";
	}

	@GetMapping("/clinic/payments/{paymentId}")
	String result(@PathVariable UUID paymentId, @RequestParam(required = false) String outcome,
			@AuthenticationPrincipal AuthenticatedUser clinic, Model model) {
		addResult(paymentId, outcome, clinic, model);
		return "clinic/payment";
	}

	@HxRequest
	@GetMapping("/clinic/payments/{paymentId}")
	String refreshed(@PathVariable UUID paymentId, @RequestParam(required = false) String outcome,
			@AuthenticationPrincipal AuthenticatedUser clinic, Model model) {
		addResult(paymentId, outcome, clinic, model);
		return "clinic/payment :: payment-result";
	}

	private void addResult(UUID paymentId, String outcome, AuthenticatedUser clinic, Model model) {
		PaymentView payment = paymentQueries.get(paymentId, clinic);
		model.addAttribute("payment", payment);
		model.addAttribute("order", orders.get(payment.orderId(), clinic));
		model.addAttribute("outcome", CallbackOutcome.of(outcome));
	}

}
