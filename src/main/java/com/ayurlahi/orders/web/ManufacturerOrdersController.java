package com.ayurlahi.orders.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
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
import com.ayurlahi.orders.OrderFilter;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderTransitions.Party;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The manufacturer's order queue (new, to pack, shipped, done) with its actions in place,
 * and the order page with the shipping label (the clinic's name, GSTIN and delivery
 * address; never its contact details) and the cancellation of items it can't supply.
 */
@Controller
@RequestMapping("/manufacturer/orders")
class ManufacturerOrdersController {

	static final String ORDERS_CHANGED = "ordersChanged";

	private static final String QUEUE = "manufacturer/orders";

	private static final OrderPage PAGE = OrderPage.MANUFACTURER;

	private final OrderManagement orders;

	private final OrderActions actions;

	ManufacturerOrdersController(OrderManagement orders, OrderActions actions) {
		this.orders = orders;
		this.actions = actions;
	}

	@Bean
	static NavigationItem manufacturerOrdersNavigation() {
		return new NavigationItem(Portal.MANUFACTURER, "Orders", "/manufacturer/orders", 20);
	}

	@GetMapping
	String queue(@AuthenticationPrincipal AuthenticatedUser user, @ModelAttribute("filter") QueueFilterFormData filter,
			BindingResult errors, @RequestParam(required = false) @Nullable String page, Model model) {
		addQueue(user, filter, page, model);
		return QUEUE;
	}

	@HxRequest
	@GetMapping
	String queueFragment(@AuthenticationPrincipal AuthenticatedUser user,
			@ModelAttribute("filter") QueueFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addQueue(user, filter, page, model);
		return QUEUE + " :: queue";
	}

	@GetMapping("/{id}")
	String order(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		actions.addOrder(PAGE, orders.get(id, user), user, model);
		return PAGE.view();
	}

	/**
	 * A move made in the queue: the queue again, with what happened. A refusal goes to
	 * the portals' exception handler, which shows it next to the form.
	 */
	@HxRequest
	@PostMapping("/{id}/status")
	String moveInQueue(@PathVariable UUID id,
			@ModelAttribute(OrderActions.STATUS_CHANGE) OrderStatusFormData statusChange,
			@ModelAttribute("filter") QueueFilterFormData filter, BindingResult errors,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, HtmxResponse htmx) {
		OrderView order = orders.changeStatus(id, statusChange.target(), statusChange.shipment(), statusChange.note(),
				user);
		model.addAttribute("moved", order);
		htmx.addTrigger(ORDERS_CHANGED);
		addQueue(user, filter, null, model);
		return QUEUE + " :: queue";
	}

	@PostMapping("/{id}/status")
	String move(@PathVariable UUID id, @ModelAttribute(OrderActions.STATUS_CHANGE) OrderStatusFormData statusChange,
			BindingResult errors, @AuthenticationPrincipal AuthenticatedUser user, Model model,
			RedirectAttributes redirect) {
		return actions.changeStatus(PAGE, id, statusChange, errors, user, model, redirect);
	}

	@PostMapping("/{id}/items/{itemId}/cancel")
	String cancelItem(@PathVariable UUID id, @PathVariable UUID itemId,
			@ModelAttribute(OrderActions.ITEM_CANCELLATION) ItemCancellationFormData itemCancellation,
			BindingResult errors, @AuthenticationPrincipal AuthenticatedUser user, Model model,
			RedirectAttributes redirect) {
		return actions.cancelItem(PAGE, id, itemId, itemCancellation, errors, user, model, redirect,
				order -> "The item is cancelled and its stock is back in your catalog"
						+ (order.status() == OrderStatus.CANCELLED ? "; with no item left, the order is cancelled."
								: "."));
	}

	/**
	 * The tab the filter names (the new orders when it names none) with the counts of all
	 * tabs.
	 */
	private void addQueue(AuthenticatedUser user, QueueFilterFormData filter, @Nullable String page, Model model) {
		OrderQueue queue = filter.tab();
		Map<OrderQueue, Long> counts = new EnumMap<>(OrderQueue.class);
		for (OrderQueue tab : OrderQueue.values()) {
			counts.put(tab,
					orders.search(OrderFilter.of(tab.statuses()), user, PageRequest.of(0, 1)).getTotalElements());
		}
		model.addAttribute("queue", queue);
		model.addAttribute("queues", OrderQueue.values());
		model.addAttribute("counts", counts);
		model.addAttribute("results", orders.search(OrderFilter.of(queue.statuses()), user, OrderLists.page(page)));
		model.addAttribute("party", Party.MANUFACTURER);
	}

}
