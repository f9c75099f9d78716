package com.ayurlahi.orders.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
import com.ayurlahi.orders.OrderFilter;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderTransitions.Party;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The admin console's orders: every order, filtered by status, clinic, manufacturer and
 * the days they were placed; the order page with the moves ADMIN and SUPPORT may make,
 * and the cancellations only ADMIN may.
 */
@Controller
@RequestMapping("/admin/orders")
class AdminOrdersController {

	private static final String LIST = "admin/orders";

	private static final String PAGE = "admin/order";

	private final OrderManagement orders;

	AdminOrdersController(OrderManagement orders) {
		this.orders = orders;
	}

	@Bean
	static NavigationItem adminOrdersNavigation() {
		return new NavigationItem(Portal.ADMIN, "Orders", "/admin/orders", 30);
	}

	@GetMapping
	String list(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String clinic,
			@RequestParam(required = false) @Nullable String manufacturer,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		addList(user, status, clinic, manufacturer, from, to, page, model);
		model.addAttribute("statuses", OrderStatus.values());
		return LIST;
	}

	@HxRequest
	@GetMapping
	String listResults(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String clinic,
			@RequestParam(required = false) @Nullable String manufacturer,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		addList(user, status, clinic, manufacturer, from, to, page, model);
		return "fragments/order-list :: order-results(basePath='/admin/orders',showClinic=true)";
	}

	@GetMapping("/{id}")
	String order(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		addOrder(orders.get(id, user), user, model);
		return PAGE;
	}

	@PostMapping("/{id}/status")
	String move(@PathVariable UUID id, @ModelAttribute OrderActionFormData action,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		try {
			OrderView order = orders.changeStatus(id, action.target(), action.shipment(), action.note(), user);
			FlashMessage.success(redirect,
					"Order " + order.orderNumber() + " is now " + order.status().label().toLowerCase() + ".");
			return "redirect:/admin/orders/" + id;
		}
		catch (InvalidInputException | ConflictException refused) {
			addOrder(orders.get(id, user), user, model);
			model.addAttribute("actionError", refused.getMessage());
			model.addAttribute("action", action);
			return PAGE;
		}
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasRole('ADMIN')")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		try {
			OrderView order = orders.cancel(id, reason, user);
			FlashMessage.success(redirect, "Order " + order.orderNumber() + " is cancelled; its stock is back.");
			return "redirect:/admin/orders/" + id;
		}
		catch (InvalidInputException | ConflictException refused) {
			addOrder(orders.get(id, user), user, model);
			model.addAttribute("cancelError", refused.getMessage());
			model.addAttribute("reason", reason);
			return PAGE;
		}
	}

	@PostMapping("/{id}/items/{itemId}/cancel")
	@PreAuthorize("hasRole('ADMIN')")
	String cancelItem(@PathVariable UUID id, @PathVariable UUID itemId,
			@RequestParam(required = false) @Nullable String reason, @AuthenticationPrincipal AuthenticatedUser user,
			Model model, RedirectAttributes redirect) {
		try {
			orders.cancelItem(id, itemId, reason, user);
			FlashMessage.success(redirect, "The item is cancelled and its stock is back.");
			return "redirect:/admin/orders/" + id;
		}
		catch (InvalidInputException | ConflictException refused) {
			addOrder(orders.get(id, user), user, model);
			model.addAttribute("itemError", refused.getMessage());
			model.addAttribute("itemErrorId", itemId);
			model.addAttribute("reason", reason);
			return PAGE;
		}
	}

	private void addList(AuthenticatedUser user, @Nullable String status, @Nullable String clinic,
			@Nullable String manufacturer, @Nullable String from, @Nullable String to, int page, Model model) {
		OrderFilter filter = new OrderFilter(OrderListParams.status(status), clinic, manufacturer, null,
				OrderListParams.date(from), OrderListParams.date(to));
		model.addAttribute("results", orders.search(filter, user, OrderListParams.page(page)));
		model.addAttribute("status", filter.statuses().stream().findFirst().map(Enum::name).orElse(""));
		model.addAttribute("clinic", clinic == null ? "" : clinic);
		model.addAttribute("manufacturer", manufacturer == null ? "" : manufacturer);
		model.addAttribute("from", filter.from() == null ? "" : filter.from().toString());
		model.addAttribute("to", filter.to() == null ? "" : filter.to().toString());
	}

	private static void addOrder(OrderView order, AuthenticatedUser user, Model model) {
		model.addAttribute("order", order);
		model.addAttribute("party", Party.of(user.role()));
		model.addAttribute("basePath", "/admin/orders");
	}

}
