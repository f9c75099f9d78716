package com.ayurlahi.payments.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.payments.PaymentQueries;
import com.ayurlahi.payments.PaymentStatus;
import com.ayurlahi.payments.SettlementLedger;
import com.ayurlahi.payments.webhooks.StoredWebhooks;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team's view of the money: every payment (by status, or only those flagged for
 * review, with the reason), and the Razorpay webhooks received with what applying each
 * did and its raw payload. ADMIN and SUPPORT read.
 */
@Controller
class AdminPaymentsController {

	private static final int PAGE_SIZE = 25;

	private final PaymentQueries payments;

	private final SettlementLedger ledger;

	private final StoredWebhooks webhooks;

	private final JsonMapper json;

	AdminPaymentsController(PaymentQueries payments, SettlementLedger ledger, StoredWebhooks webhooks,
			JsonMapper json) {
		this.payments = payments;
		this.ledger = ledger;
		this.webhooks = webhooks;
		this.json = json;
	}

	@Bean
	static NavigationItem adminPaymentsNavigation() {
		return new NavigationItem(Portal.ADMIN, "Payments", "/admin/payments", 35);
	}

	@GetMapping("/admin/payments")
	String payments(@Valid @ModelAttribute("filter") PaymentFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addPayments(filter, errors, page, model);
		model.addAttribute("ledger", ledger.check());
		return "admin/payments";
	}

	@HxRequest
	@GetMapping("/admin/payments")
	String paymentResults(@Valid @ModelAttribute("filter") PaymentFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addPayments(filter, errors, page, model);
		return "admin/payments :: payment-results";
	}

	@GetMapping("/admin/payments/events")
	String events(@RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("events", webhooks.recent(PageRequest.of(Pages.number(page), PAGE_SIZE)));
		return "admin/payment-events";
	}

	/**
	 * One received webhook. Its id is a request parameter, not a path segment: Razorpay's
	 * event ids are whatever the sender put in a header, and a {@code /} (or {@code ;},
	 * {@code %}) in a path segment would never reach us intact.
	 */
	@GetMapping("/admin/payments/events/event")
	String event(@RequestParam("id") String eventId, Model model) {
		var event = webhooks.get(eventId);
		model.addAttribute("event", event);
		model.addAttribute("payload", pretty(event.payload()));
		return "admin/payment-event";
	}

	private void addPayments(PaymentFilterFormData filter, BindingResult errors, @Nullable String page, Model model) {
		PaymentFilterFormData selection = errors.hasErrors() ? PaymentFilterFormData.none() : filter;
		model.addAttribute("filter", selection);
		model.addAttribute("results", payments.search(selection.chosenStatus(), selection.flaggedOnly(),
				PageRequest.of(Pages.number(page), PAGE_SIZE)));
		model.addAttribute("statuses", PaymentStatus.values());
	}

	private String pretty(String payload) {
		try {
			return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(payload));
		}
		catch (JacksonException notJson) {
			return payload;
		}
	}

}
