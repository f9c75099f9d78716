package com.ayurlahi.orders.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.orders.Cart;
import com.ayurlahi.orders.OrderFilter;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderSettings;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderTransitions.Party;
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

	private static final String PAGE = "clinic/order";

	private final OrderManagement orders;

	private final Cart cart;

	private final OrderSettings settings;

	ClinicOrdersController(OrderManagement orders, Cart cart, OrderSettings settings) {
		this.orders = orders;
		this.cart = cart;
		this.settings = settings;
	}

	@Bean
	static NavigationItem clinicOrdersNavigation() {
		return new NavigationItem(Portal.CLINIC, "Orders", "/clinic/orders", 30);
	}

	@GetMapping
	String list(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		addList(user, status, page, model);
		model.addAttribute("statuses", OrderStatus.values());
		return LIST;
	}

	@HxRequest
	@GetMapping
	String listResults(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		addList(user, status, page, model);
		return "fragments/order-list :: order-results(basePath='/clinic/orders',showClinic=false)";
	}

	@GetMapping("/{id}")
	String order(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		addOrder(orders.get(id, user), model);
		return PAGE;
	}

	@HxRequest
	@GetMapping("/{id}/progress")
	String progress(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		addOrder(orders.get(id, user), model);
		return PAGE + " :: order-view";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		try {
			OrderView order = orders.cancel(id, reason, user);
			FlashMessage.success(redirect, "Order " + order.orderNumber() + " is cancelled.");
			return "redirect:/clinic/orders/" + id;
		}
		catch (InvalidInputException | ConflictException refused) {
			addOrder(orders.get(id, user), model);
			model.addAttribute("cancelError", refused.getMessage());
			model.addAttribute("reason", reason);
			return PAGE;
		}
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

	private void addList(AuthenticatedUser user, @Nullable String status, int page, Model model) {
		model.addAttribute("results",
				orders.search(OrderFilter.of(OrderListParams.status(status)), user, OrderListParams.page(page)));
		model.addAttribute("status", OrderListParams.status(status).stream().findFirst().map(Enum::name).orElse(""));
	}

	private void addOrder(OrderView order, Model model) {
		model.addAttribute("order", order);
		model.addAttribute("party", Party.CLINIC);
		model.addAttribute("progressPath", "/clinic/orders/" + order.id() + "/progress");
		model.addAttribute("pollTrigger", settings.pollTrigger());
	}

}
