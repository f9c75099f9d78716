package com.ayurlahi.orders.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.common.web.RequestParams;
import com.ayurlahi.orders.Cart;
import com.ayurlahi.orders.Checkout;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * Checkout: the delivery address (the clinic's own unless changed) and a preview of the
 * orders it becomes, one per manufacturer, taxed for the delivery state; the preview
 * follows the chosen state through htmx. A refused checkout shows the page again with the
 * refusal next to the address field it is about, or above the form (an empty cart, a line
 * that can no longer be ordered, the clinic's plan out of orders for the month), with the
 * link where it can be resolved when the refusal names one ("Change plan").
 */
@Controller
@RequestMapping("/clinic/checkout")
class CheckoutController {

	private static final String PAGE = "clinic/checkout";

	private final Cart cart;

	private final Checkout checkout;

	private final ClinicManagement clinics;

	CheckoutController(Cart cart, Checkout checkout, ClinicManagement clinics) {
		this.cart = cart;
		this.checkout = checkout;
		this.clinics = clinics;
	}

	@GetMapping
	String page(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		Clinic clinic = clinics.findOwnedBy(user.id())
			.orElseThrow(() -> new ConflictException("Create your clinic profile first; then you can order."));
		model.addAttribute("delivery", CheckoutFormData.of(clinic.getAddress()));
		return page(user, clinic.getAddress().state(), model);
	}

	@HxRequest
	@GetMapping("/preview")
	String preview(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(required = false) @Nullable String state, Model model) {
		IndianState deliveryState = RequestParams.constant(IndianState.class, state);
		model.addAttribute("cart", deliveryState == null ? cart.view(user) : cart.view(user, deliveryState));
		return PAGE + " :: preview";
	}

	@PostMapping
	String placeOrders(@AuthenticationPrincipal AuthenticatedUser user,
			@Valid @ModelAttribute("delivery") CheckoutFormData delivery, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		IndianState state = delivery.state();
		if (errors.hasErrors() || state == null) {
			return page(user, state, model);
		}
		try {
			List<OrderView> placed = checkout.placeOrders(user, delivery.toAddress());
			FlashMessage.success(redirect, (placed.size() == 1 ? "Order " : placed.size() + " orders ")
					+ placed.stream()
						.map(order -> order.orderNumber() + " (" + order.manufacturerName() + ")")
						.collect(Collectors.joining(", "))
					+ (placed.size() == 1 ? " is placed and awaits payment." : " are placed and await payment."));
			return "redirect:/clinic/orders";
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused);
			if (refused instanceof ConflictException conflict && conflict.link() != null) {
				model.addAttribute("refusalLink", conflict.link());
			}
			return page(user, state, model);
		}
	}

	private String page(AuthenticatedUser user, @Nullable IndianState state, Model model) {
		model.addAttribute("cart", state == null ? cart.view(user) : cart.view(user, state));
		model.addAttribute("states", IndianState.values());
		return PAGE;
	}

}
