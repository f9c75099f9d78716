package com.ayurlahi.whatsapp.conversation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.orders.Cart;
import com.ayurlahi.orders.CartView;
import com.ayurlahi.orders.Checkout;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.whatsapp.OutboundMessage.Button;
import com.ayurlahi.whatsapp.conversation.ConversationStates.Awaiting;
import com.ayurlahi.whatsapp.conversation.ConversationStates.Question;

/**
 * CHECKOUT: the orders the cart becomes, confirmed with a tap, then placed by the
 * portal's own {@link Checkout} (one order per manufacturer, delivered to the clinic's
 * address, stock reserved, the same tax and status machine) with the source WHATSAPP, and
 * a payment link asked for each order in the same transaction
 * ({@link PaymentLinkRequests}). The clinic's plan counts the orders: a cart that needs
 * more than the month has left is refused in one line before anything is placed
 * ({@link PlanRules}). The confirmation is for the cart as it was shown: a cart changed
 * since is shown again and confirmed again. The open question is taken away by the
 * message that answers it, in the transaction that places the orders, so a confirmation
 * tapped twice places nothing the second time, and a redelivered one is never handled
 * twice at all.
 */
@Component
class CheckoutSteps {

	private final Cart cart;

	private final Checkout checkout;

	private final ClinicManagement clinics;

	private final ConversationStates states;

	private final PaymentLinkRequests payments;

	private final PlanRules plans;

	private final Replies replies;

	CheckoutSteps(Cart cart, Checkout checkout, ClinicManagement clinics, ConversationStates states,
			PaymentLinkRequests payments, PlanRules plans, Replies replies) {
		this.cart = cart;
		this.checkout = checkout;
		this.clinics = clinics;
		this.states = states;
		this.payments = payments;
		this.plans = plans;
		this.replies = replies;
	}

	/** Shows the orders the cart becomes and asks to confirm them. */
	String ask(Turn turn) {
		CartView view = cart.view(turn.clinic());
		Optional<String> refusal = refusal(turn, view);
		if (refusal.isPresent()) {
			replies.text(turn, refusal.get());
			return "Checkout refused: " + refusal.get();
		}
		Clinic clinic = clinics.findOwnedBy(turn.clinic().id()).orElseThrow();
		int orders = view.groups().size();
		replies.question(turn,
				CartTexts.checkoutQuestion(view, clinic.getLegalName() + ", " + clinic.getAddress().singleLine()),
				"Nothing is ordered until you confirm",
				List.of(new Button(orders == 1 ? "Place order" : "Place orders", ClinicCommands.CONFIRM_CHECKOUT),
						new Button("Not now", ClinicCommands.CANCEL_CHECKOUT)));
		states.await(turn.phone(), turn.clinic().id(), Awaiting.CHECKOUT, CartTexts.fingerprint(view), turn.now());
		return "Checkout asked: " + Wording.plural(orders, "order", "orders") + ", "
				+ Wording.rupees(view.totals().total()) + ".";
	}

	/**
	 * The confirmation: places the orders when {@code question} (the open checkout
	 * question, taken by this message) is about the cart as it is.
	 */
	String confirm(Turn turn, Optional<Question> question) {
		if (question.isEmpty()) {
			replies.text(turn, "There is no checkout waiting for your answer (a question stays open for an hour), "
					+ "so nothing was ordered. Send CHECKOUT to start one.");
			return "Checkout confirmed without an open question: nothing placed.";
		}
		CartView view = cart.view(turn.clinic());
		Optional<String> refusal = refusal(turn, view);
		if (refusal.isPresent()) {
			replies.text(turn, refusal.get());
			return "Checkout refused: " + refusal.get();
		}
		if (!CartTexts.fingerprint(view).equals(question.get().subject())) {
			replies.text(turn, "Your cart changed since you were asked, so nothing was ordered yet. Please confirm "
					+ "it as it is now.");
			return "Cart changed since the question: " + ask(turn);
		}
		List<OrderView> placed = checkout.placeOrders(turn.clinic(), null, OrderSource.WHATSAPP);
		payments.request(placed);
		List<String> text = new ArrayList<>();
		text.add(placed.size() == 1 ? "Your order is placed:" : placed.size() + " orders are placed:");
		placed.forEach(order -> text.add(
				"• " + order.orderNumber() + " · " + order.manufacturerName() + " · " + Wording.rupees(order.total())));
		if (placed.size() > 1) {
			text.add(
					"Total " + Wording.rupees(placed.stream().map(OrderView::total).reduce(Money.ZERO, BigDecimal::add))
							+ " with GST.");
		}
		text.add("Delivery to " + placed.getFirst().shippingAddress().singleLine() + ". " + payments.howToPay(placed)
				+ ".");
		text.add("Send STATUS and an order number to follow an order.");
		replies.text(turn,
				Wording.within(text, 4000, "… see them all in the portal: " + replies.portal("/clinic/orders")));
		return "Checkout: placed " + placed.stream().map(OrderView::orderNumber).collect(Collectors.joining(", "))
				+ ".";
	}

	String abandon(Turn turn) {
		replies.text(turn, "Nothing was ordered; your cart is kept. Send CHECKOUT when you are ready.");
		return "Checkout not confirmed.";
	}

	/**
	 * Why the cart can't be checked out as it is, or the clinic's plan would refuse its
	 * orders, checked before the checkout is asked to place it (its refusal, thrown
	 * inside the message's transaction, would roll it back).
	 */
	private Optional<String> refusal(Turn turn, CartView view) {
		return refusal(view).or(() -> plans.checkout(turn.clinic(), view.groups().size()));
	}

	private Optional<String> refusal(CartView view) {
		if (view.isEmpty()) {
			return Optional.of("Your cart is empty. Type a product's name to search, or send ORDER with SKUs and "
					+ "quantities, for example ORDER SAP-TRI-100 x 5.");
		}
		if (!view.readyForCheckout()) {
			String problems = view.groups()
				.stream()
				.flatMap(group -> group.lines().stream())
				.filter(line -> line.problem() != null)
				.map(line -> "• " + line.product().name() + " (" + line.product().sku() + "): " + line.problem())
				.collect(Collectors.joining("\n"));
			return Optional.of("Some lines of your cart can't be ordered as they are, so nothing was ordered:\n"
					+ problems + "\nSend REMOVE and the SKU to take a line out, or change it in the portal: "
					+ replies.portal("/clinic/cart"));
		}
		return view.groups()
			.stream()
			.filter(group -> group.lines().size() > OrderPlacement.MAX_LINES)
			.findFirst()
			.map(group -> "An order holds at most " + OrderPlacement.MAX_LINES + " products, and your cart has "
					+ group.lines().size() + " of " + group.manufacturerName()
					+ ". Remove some and order them separately.");
	}

}
