package com.ayurlahi.orders.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.orders.Cart;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The clinic's orders: a list filtered by status, and the order page, whose content
 * (status, timeline, shipment, items and totals) refreshes itself while the order is
 * still moving. The clinic can cancel an unpaid order and reorder what is still
 * available.
 */
@Controller
@RequestMapping("/clinic/orders")
class ClinicOrdersController {

	private static final String LIST = "clinic/orders";

	private static final OrderPage PAGE = OrderPage.CLINIC;

	private final OrderManagement orders;

	private final OrderActions actions;

	private final Cart cart;

	ClinicOrdersController(OrderManagement orders, OrderActions actions, Cart cart) {
		this.orders = orders;
		this.actions = actions;
		this.cart = cart;
	}

	@Bean
	static NavigationItem clinicOrdersNavigation() {
		return new NavigationItem(Portal.CLINIC, "Orders", "/clinic/orders", 30);
	}

	@GetMapping
	String list(@AuthenticationPrincipal AuthenticatedUser user,
			@ModelAttribute("filter") ClinicOrderFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addList(user, filter, errors, page, model);
		model.addAttribute("statuses", OrderStatus.values());
		return LIST;
	}

	@HxRequest
	@GetMapping
	String listResults(@AuthenticationPrincipal AuthenticatedUser user,
			@ModelAttribute("filter") ClinicOrderFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addList(user, filter, errors, page, model);
		return "fragments/order-list :: order-results(basePath='/clinic/orders',showClinic=false)";
	}

	@GetMapping("/{id}")
	String order(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		actions.addOrder(PAGE, orders.get(id, user), user, model);
		return PAGE.view();
	}

	@HxRequest
	@GetMapping("/{id}/progress")
	String progress(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		actions.addOrder(PAGE, orders.get(id, user), user, model);
		return PAGE.view() + " :: order-view";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id,
			@ModelAttribute(OrderActions.CANCELLATION) OrderCancellationFormData cancellation, BindingResult errors,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		return actions.cancel(PAGE, id, cancellation, errors, user, model, redirect,
				order -> "Order " + order.orderNumber() + " is cancelled.");
	}

	@PostMapping("/{id}/reorder")
	String reorder(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user,
			RedirectAttributes redirect) {
		OrderView order = orders.get(id, user);
		List<String> unavailable = cart.reorder(user, order);
		if (unavailable.size() == order.items().size()) {
			FlashMessage.warning(redirect, "None of the products of " + order.orderNumber() + " can be ordered now.");
		}
		else if (unavailable.isEmpty()) {
			FlashMessage.success(redirect, "The products of " + order.orderNumber() + " are in your cart again.");
		}
		else {
			FlashMessage.warning(redirect,
					"The products of " + order.orderNumber() + " that are available are in your cart; "
							+ String.join(", ", unavailable) + (unavailable.size() == 1 ? " is" : " are")
							+ " not available now.");
		}
		return "redirect:/clinic/cart";
	}

	/**
	 * The clinic's orders the filter selects; a status it could not read filters nothing.
	 */
	private void addList(AuthenticatedUser user, ClinicOrderFilterFormData filter, BindingResult errors,
			@Nullable String page, Model model) {
		model.addAttribute("results", orders.search(filter.toFilter(), user, OrderLists.page(page)));
		OrderLists.showFilter(filter, errors, model);
	}

}
