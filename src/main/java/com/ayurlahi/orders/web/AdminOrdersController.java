package com.ayurlahi.orders.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
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
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
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

	private static final OrderPage PAGE = OrderPage.ADMIN;

	private final OrderManagement orders;

	private final OrderActions actions;

	AdminOrdersController(OrderManagement orders, OrderActions actions) {
		this.orders = orders;
		this.actions = actions;
	}

	@Bean
	static NavigationItem adminOrdersNavigation() {
		return new NavigationItem(Portal.ADMIN, "Orders", "/admin/orders", 30);
	}

	@GetMapping
	String list(@AuthenticationPrincipal AuthenticatedUser user,
			@ModelAttribute("filter") AdminOrderFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addList(user, filter, errors, page, model);
		model.addAttribute("statuses", OrderStatus.values());
		return LIST;
	}

	@HxRequest
	@GetMapping
	String listResults(@AuthenticationPrincipal AuthenticatedUser user,
			@ModelAttribute("filter") AdminOrderFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addList(user, filter, errors, page, model);
		return "fragments/order-list :: order-results(basePath='/admin/orders',showClinic=true)";
	}

	@GetMapping("/{id}")
	String order(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		actions.addOrder(PAGE, orders.get(id, user), user, model);
		return PAGE.view();
	}

	@PostMapping("/{id}/status")
	String move(@PathVariable UUID id, @ModelAttribute(OrderActions.STATUS_CHANGE) OrderStatusFormData statusChange,
			BindingResult errors, @AuthenticationPrincipal AuthenticatedUser user, Model model,
			RedirectAttributes redirect) {
		return actions.changeStatus(PAGE, id, statusChange, errors, user, model, redirect);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasRole('ADMIN')")
	String cancel(@PathVariable UUID id,
			@ModelAttribute(OrderActions.CANCELLATION) OrderCancellationFormData cancellation, BindingResult errors,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		return actions.cancel(PAGE, id, cancellation, errors, user, model, redirect,
				order -> "Order " + order.orderNumber() + " is cancelled; its stock is back.");
	}

	@PostMapping("/{id}/items/{itemId}/cancel")
	@PreAuthorize("hasRole('ADMIN')")
	String cancelItem(@PathVariable UUID id, @PathVariable UUID itemId,
			@ModelAttribute(OrderActions.ITEM_CANCELLATION) ItemCancellationFormData itemCancellation,
			BindingResult errors, @AuthenticationPrincipal AuthenticatedUser user, Model model,
			RedirectAttributes redirect) {
		return actions.cancelItem(PAGE, id, itemId, itemCancellation, errors, user, model, redirect,
				order -> "The item is cancelled and its stock is back.");
	}

	/**
	 * The orders the filter selects; a filter value that could not be read (shown next to
	 * its field) filters nothing.
	 */
	private void addList(AuthenticatedUser user, AdminOrderFilterFormData filter, BindingResult errors,
			@Nullable String page, Model model) {
		model.addAttribute("results", orders.search(filter.toFilter(), user, OrderLists.page(page)));
		OrderLists.showFilter(filter, errors, model);
	}

}
