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

	private static final String PAGE = "manufacturer/order";

	private final OrderManagement orders;

	ManufacturerOrdersController(OrderManagement orders) {
		this.orders = orders;
	}

	@Bean
	static NavigationItem manufacturerOrdersNavigation() {
		return new NavigationItem(Portal.MANUFACTURER, "Orders", "/manufacturer/orders", 20);
	}

	@GetMapping
	String queue(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(required = false) @Nullable String queue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		addQueue(user, OrderQueue.of(queue), page, model);
		return QUEUE;
	}

	@HxRequest
	@GetMapping
	String queueFragment(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(required = false) @Nullable String queue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		addQueue(user, OrderQueue.of(queue), page, model);
		return QUEUE + " :: queue";
	}

	@GetMapping("/{id}")
	String order(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		addOrder(orders.get(id, user), model);
		return PAGE;
	}

	@HxRequest
	@PostMapping("/{id}/status")
	String moveInQueue(@PathVariable UUID id, @ModelAttribute OrderActionFormData action,
			@RequestParam(required = false) @Nullable String queue, @AuthenticationPrincipal AuthenticatedUser user,
			Model model, HtmxResponse htmx) {
		try {
			OrderView order = orders.changeStatus(id, action.target(), action.shipment(), action.note(), user);
			model.addAttribute("moved", order);
			htmx.addTrigger(ORDERS_CHANGED);
		}
		catch (InvalidInputException | ConflictException refused) {
			model.addAttribute("actionOrder", id);
			model.addAttribute("actionError", refused.getMessage());
		}
		addQueue(user, OrderQueue.of(queue), 0, model);
		return QUEUE + " :: queue";
	}

	@PostMapping("/{id}/status")
	String move(@PathVariable UUID id, @ModelAttribute OrderActionFormData action,
			@AuthenticationPrincipal AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		try {
			OrderView order = orders.changeStatus(id, action.target(), action.shipment(), action.note(), user);
			FlashMessage.success(redirect,
					"Order " + order.orderNumber() + " is now " + order.status().label().toLowerCase() + ".");
			return "redirect:/manufacturer/orders/" + id;
		}
		catch (InvalidInputException | ConflictException refused) {
			addOrder(orders.get(id, user), model);
			model.addAttribute("actionError", refused.getMessage());
			model.addAttribute("action", action);
			return PAGE;
		}
	}

	@PostMapping("/{id}/items/{itemId}/cancel")
	String cancelItem(@PathVariable UUID id, @PathVariable UUID itemId,
			@RequestParam(required = false) @Nullable String reason, @AuthenticationPrincipal AuthenticatedUser user,
			Model model, RedirectAttributes redirect) {
		try {
			OrderView order = orders.cancelItem(id, itemId, reason, user);
			FlashMessage.success(redirect,
					"The item is cancelled and its stock is back in your catalog"
							+ (order.status().name().equals("CANCELLED")
									? "; with no item left, the order is cancelled." : "."));
			return "redirect:/manufacturer/orders/" + id;
		}
		catch (InvalidInputException | ConflictException refused) {
			addOrder(orders.get(id, user), model);
			model.addAttribute("itemError", refused.getMessage());
			model.addAttribute("itemErrorId", itemId);
			model.addAttribute("reason", reason);
			return PAGE;
		}
	}

	private void addQueue(AuthenticatedUser user, OrderQueue queue, int page, Model model) {
		Map<OrderQueue, Long> counts = new EnumMap<>(OrderQueue.class);
		for (OrderQueue tab : OrderQueue.values()) {
			counts.put(tab,
					orders.search(OrderFilter.of(tab.statuses()), user, PageRequest.of(0, 1)).getTotalElements());
		}
		model.addAttribute("queue", queue);
		model.addAttribute("queues", OrderQueue.values());
		model.addAttribute("counts", counts);
		model.addAttribute("results",
				orders.search(OrderFilter.of(queue.statuses()), user, OrderListParams.page(page)));
		model.addAttribute("party", Party.MANUFACTURER);
	}

	private static void addOrder(OrderView order, Model model) {
		model.addAttribute("order", order);
		model.addAttribute("party", Party.MANUFACTURER);
		model.addAttribute("basePath", "/manufacturer/orders");
	}

}
