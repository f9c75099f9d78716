package com.ayurlahi.whatsapp.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.ayurlahi.orders.OrderFilter;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderSummary;
import com.ayurlahi.orders.OrderTransitions.Party;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.whatsapp.OutboundMessage.Button;
import com.ayurlahi.whatsapp.conversation.ConversationStates.Awaiting;
import com.ayurlahi.whatsapp.conversation.ConversationStates.Question;

/**
 * The clinic's orders: the last five, one order's status, and cancelling one after a
 * confirmation, through the portal's own {@link OrderManagement} and its rules (the
 * clinic may cancel until the manufacturer starts packing; a paid order is refunded). The
 * clinic sees only its own orders: an order number of another clinic is answered as one
 * it does not have. Whether the clinic may cancel is checked before asking the order to
 * cancel, so that a refusal is answered in words rather than thrown inside the message's
 * transaction.
 */
@Component
class OrderSteps {

	static final String CANCELLATION_REASON = "Cancelled by the clinic on WhatsApp.";

	private static final int LATEST = 5;

	private final OrderManagement orders;

	private final ConversationStates states;

	private final Replies replies;

	OrderSteps(OrderManagement orders, ConversationStates states, Replies replies) {
		this.orders = orders;
		this.states = states;
		this.replies = replies;
	}

	String latest(Turn turn) {
		List<OrderSummary> latest = orders.search(OrderFilter.all(), turn.clinic(), PageRequest.of(0, LATEST))
			.getContent();
		if (latest.isEmpty()) {
			replies.text(turn, "You have no orders yet. Type a product's name to search.");
			return "Orders listed: none.";
		}
		List<String> text = new ArrayList<>();
		text.add(latest.size() == 1 ? "*Your order*" : "*Your last " + latest.size() + " orders*");
		latest.forEach(order -> text
			.add("• " + order.orderNumber() + " · " + order.manufacturerName() + " · " + Wording.rupees(order.total())
					+ " · " + order.status().label() + " (placed " + Wording.day(order.createdAt()) + ")"));
		text.add("");
		text.add("Send STATUS and an order number for its details, or CANCEL and the number to cancel it.");
		replies.text(turn, String.join("\n", text));
		return "Orders listed: " + latest.size() + ".";
	}

	String status(Turn turn, ClinicCommand.Status asked) {
		Optional<OrderView> order = own(turn, asked.written(), asked.number());
		if (order.isEmpty()) {
			return "Status of an order the clinic does not have.";
		}
		OrderView view = order.get();
		List<String> text = new ArrayList<>();
		text.add("*" + view.orderNumber() + "* · " + view.manufacturerName());
		text.add("Status: " + view.status().label() + shipment(view));
		text.add("Placed " + Wording.day(view.createdAt()) + " · " + Wording.rupees(view.total()) + " with GST");
		view.items()
			.stream()
			.limit(10)
			.forEach(item -> text
				.add("• " + item.quantity() + " × " + item.productName() + (item.cancelled() ? " (cancelled)" : "")));
		if (view.items().size() > 10) {
			text.add("• … and " + (view.items().size() - 10) + " more");
		}
		text.add("Details: " + replies.portal("/clinic/orders/" + view.id()));
		replies.text(turn, String.join("\n", text));
		return "Status of " + view.orderNumber() + ": " + view.status() + ".";
	}

	/** CANCEL with an order number: asks to confirm, if the clinic may cancel it. */
	String askCancel(Turn turn, ClinicCommand.Cancel asked) {
		Optional<OrderView> order = own(turn, asked.written(), asked.number());
		if (order.isEmpty()) {
			return "Cancel of an order the clinic does not have.";
		}
		OrderView view = order.get();
		if (!view.cancellableBy(Party.CLINIC)) {
			replies.text(turn, whyNotCancellable(view));
			return "Cancel refused: " + view.orderNumber() + " is " + view.status() + ".";
		}
		replies.question(turn,
				"Cancel order " + view.orderNumber() + " (" + view.manufacturerName() + ", "
						+ Wording.rupees(view.total()) + ", " + view.status().label().toLowerCase() + ")?"
						+ (view.status().isPaidAndUnshipped() ? " You paid for it: the money is refunded to you." : ""),
				"The manufacturer is told at once",
				List.of(new Button("Yes, cancel it", ClinicCommands.CONFIRM_CANCEL + view.orderNumber()),
						new Button("No, keep it", ClinicCommands.KEEP_ORDER + view.orderNumber())));
		states.await(turn.phone(), turn.clinic().id(), Awaiting.CANCEL, view.id().toString(), turn.now());
		return "Cancel of " + view.orderNumber() + " asked.";
	}

	/**
	 * The confirmation of a cancellation: {@code number} is the order the button named
	 * (null for a typed "yes"), {@code question} the open question this message took.
	 */
	String confirmCancel(Turn turn, @Nullable String number, Optional<Question> question) {
		if (question.isEmpty()) {
			replies.text(turn, "There is no cancellation waiting for your answer (a question stays open for an hour), "
					+ "so nothing was cancelled. Send CANCEL and the order number to start again.");
			return "Cancel confirmed without an open question: nothing cancelled.";
		}
		OrderView order = orders.get(UUID.fromString(question.get().subject()), turn.clinic());
		if (number != null && !number.equals(order.orderNumber())) {
			replies.text(turn, "That question is closed, so nothing was cancelled. Send CANCEL " + number
					+ " to cancel that order.");
			return "Cancel confirmed for another order than asked: nothing cancelled.";
		}
		if (!order.cancellableBy(Party.CLINIC)) {
			replies.text(turn, whyNotCancellable(order));
			return "Cancel refused: " + order.orderNumber() + " is " + order.status() + ".";
		}
		boolean paid = order.status().isPaidAndUnshipped();
		orders.cancel(order.id(), CANCELLATION_REASON, turn.clinic());
		replies.text(turn, "Order " + order.orderNumber() + " is cancelled"
				+ (paid ? "; your payment of " + Wording.rupees(order.total()) + " is refunded to you." : "."));
		return "Cancelled " + order.orderNumber() + ".";
	}

	String keep(Turn turn, @Nullable String number) {
		replies.text(turn, (number == null ? "Your order" : "Order " + number) + " stays as it is.");
		return "Cancel not confirmed.";
	}

	/** The clinic's own order with this number; otherwise says there is none. */
	private Optional<OrderView> own(Turn turn, String written, @Nullable String number) {
		if (number == null) {
			replies.text(turn, "\"" + written + "\" is not an order number; they look like AYR-2026-000123. "
					+ "Send MY ORDERS to see yours.");
			return Optional.empty();
		}
		Optional<OrderSummary> found = orders
			.search(new OrderFilter(Set.of(), null, null, number, null, null), turn.clinic(), PageRequest.of(0, 5))
			.stream()
			.filter(order -> order.orderNumber().equals(number))
			.findFirst();
		if (found.isEmpty()) {
			replies.text(turn, "You have no order " + number + ". Send MY ORDERS to see yours.");
			return Optional.empty();
		}
		return Optional.of(orders.get(found.get().id(), turn.clinic()));
	}

	private String whyNotCancellable(OrderView order) {
		String page = replies.portal("/clinic/orders/" + order.id());
		return switch (order.status()) {
			case CANCELLED, REFUNDED -> "Order " + order.orderNumber() + " is already cancelled.";
			case PROCESSING -> "Order " + order.orderNumber() + " is being packed, so you can't cancel it any more: "
					+ "only the manufacturer or the Ayurlahi team can now.";
			case SHIPPED -> "Order " + order.orderNumber() + " has shipped, so it can't be cancelled. Once it arrives "
					+ "you can report a problem with it from its page: " + page;
			case DELIVERED, PARTIALLY_FULFILLED -> "Order " + order.orderNumber()
					+ " was delivered, so it can't be cancelled. You can report a problem with it from its page: "
					+ page;
			default -> "Order " + order.orderNumber() + " is " + order.status().label().toLowerCase()
					+ ", so it can't be cancelled.";
		};
	}

	private static String shipment(OrderView order) {
		if (order.carrier() == null || order.status() == OrderStatus.CANCELLED) {
			return "";
		}
		return " (" + order.carrier() + (order.trackingNumber() == null ? "" : ", tracking " + order.trackingNumber())
				+ ")";
	}

}
