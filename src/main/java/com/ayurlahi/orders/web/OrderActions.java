package com.ayurlahi.orders.web;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderSettings;
import com.ayurlahi.orders.OrderTransitions.Party;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * What the order pages of the three portals do alike: show an order with the forms of the
 * actions on it, and take those actions (a status change with its shipment, cancelling
 * the order, cancelling an item). A done action redirects to the order's page with a
 * flash; a refused one shows the page again with the refusal on its form.
 */
@Component
class OrderActions {

	static final String STATUS_CHANGE = "statusChange";

	static final String CANCELLATION = "cancellation";

	static final String ITEM_CANCELLATION = "itemCancellation";

	private final OrderManagement orders;

	private final OrderSettings settings;

	OrderActions(OrderManagement orders, OrderSettings settings) {
		this.orders = orders;
		this.settings = settings;
	}

	/**
	 * Puts the order on its page, for {@code user}, with the forms of its actions: empty,
	 * unless one of them was refused and is being shown again.
	 */
	void addOrder(OrderPage page, OrderView order, AuthenticatedUser user, Model model) {
		model.addAttribute("order", order);
		model.addAttribute("party", Party.of(user.role()));
		model.addAttribute("basePath", page.basePath());
		if (page.followsProgress()) {
			model.addAttribute("progressPath", page.basePath() + "/" + order.id() + "/progress");
			model.addAttribute("pollTrigger", settings.pollTrigger());
		}
		addEmpty(model, STATUS_CHANGE, OrderStatusFormData.none());
		addEmpty(model, CANCELLATION, OrderCancellationFormData.none());
		addEmpty(model, ITEM_CANCELLATION, ItemCancellationFormData.none());
	}

	/** Moves the order on; shipping takes the carrier and the tracking number. */
	String changeStatus(OrderPage page, UUID orderId, OrderStatusFormData statusChange, BindingResult errors,
			AuthenticatedUser user, Model model, RedirectAttributes redirect) {
		return attempt(page, orderId, errors, user, model, redirect,
				() -> orders.changeStatus(orderId, statusChange.target(), statusChange.shipment(), statusChange.note(),
						user),
				order -> "Order " + order.orderNumber() + " is now " + order.status().label().toLowerCase() + ".");
	}

	/** Cancels the whole order; {@code done} says what happened. */
	String cancel(OrderPage page, UUID orderId, OrderCancellationFormData cancellation, BindingResult errors,
			AuthenticatedUser user, Model model, RedirectAttributes redirect, Function<OrderView, String> done) {
		return attempt(page, orderId, errors, user, model, redirect,
				() -> orders.cancel(orderId, cancellation.reason(), user), done);
	}

	/** Cancels one item of the order; {@code done} says what happened. */
	String cancelItem(OrderPage page, UUID orderId, UUID itemId, ItemCancellationFormData itemCancellation,
			BindingResult errors, AuthenticatedUser user, Model model, RedirectAttributes redirect,
			Function<OrderView, String> done) {
		return attempt(page, orderId, errors, user, model, redirect,
				() -> orders.cancelItem(orderId, itemId, itemCancellation.reason(), user), done);
	}

	private String attempt(OrderPage page, UUID orderId, BindingResult errors, AuthenticatedUser user, Model model,
			RedirectAttributes redirect, Supplier<OrderView> action, Function<OrderView, String> done) {
		try {
			FlashMessage.success(redirect, done.apply(action.get()));
			return page.redirectTo(orderId);
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused);
			addOrder(page, orders.get(orderId, user), user, model);
			return page.view();
		}
	}

	private static void addEmpty(Model model, String form, Object empty) {
		if (!model.containsAttribute(form)) {
			model.addAttribute(form, empty);
		}
	}

}
