package com.ayurlahi.whatsapp.conversation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;
import com.ayurlahi.whatsapp.internal.ClinicConversation;
import com.ayurlahi.whatsapp.internal.InboundMessage;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.AbandonCheckout;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Cancel;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Checkout;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.ConfirmCancel;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.ConfirmCheckout;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Help;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.KeepOrder;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.MyOrders;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.No;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.OrderItems;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Pick;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Quantity;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.QuantityChoice;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Remove;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Reorder;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Search;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.SearchPrompt;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.ShowCart;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.ShowMenu;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Status;
import com.ayurlahi.whatsapp.conversation.ClinicCommand.Yes;
import com.ayurlahi.whatsapp.conversation.ConversationStates.Awaiting;
import com.ayurlahi.whatsapp.conversation.ConversationStates.Question;

/**
 * The ordering conversation with a clinic's verified number. A clinic that may not order
 * today (no approved profile, licence expired) is told why in one line and nothing else;
 * one whose plan has no WhatsApp ordering is told, in one line, which plan has it when it
 * starts ordering, while its orders (STATUS, MY ORDERS, CANCEL, their payment links) and
 * HELP work as ever ({@link PlanRules}). Otherwise each message takes away the question
 * the conversation waited on, if any, and is read as a command ({@link ClinicCommands}):
 * an answer to that question (a quantity, a confirmation) when it is one, anything else
 * starting afresh. Everything happens in the transaction that marks the message handled,
 * once per stored message.
 * <p>
 * Refusals are checked before the portal's services are asked to act (see
 * {@link CartRules}), as a refusal thrown by a service inside this transaction would roll
 * it back; what is left (another buyer taking the last units between the check and the
 * checkout) rolls back and gets the channel's apology, leaving cart and question as they
 * were.
 */
@Component
class ClinicOrderingConversation implements ClinicConversation {

	private final UserManagement users;

	private final ClinicManagement clinics;

	private final ConversationStates states;

	private final Replies replies;

	private final CatalogSteps catalog;

	private final CartSteps carts;

	private final CheckoutSteps checkout;

	private final OrderSteps orders;

	private final PlanRules plans;

	private final Clock clock;

	ClinicOrderingConversation(UserManagement users, ClinicManagement clinics, ConversationStates states,
			Replies replies, CatalogSteps catalog, CartSteps carts, CheckoutSteps checkout, OrderSteps orders,
			PlanRules plans, Clock clock) {
		this.users = users;
		this.clinics = clinics;
		this.states = states;
		this.replies = replies;
		this.catalog = catalog;
		this.carts = carts;
		this.checkout = checkout;
		this.orders = orders;
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	public String handle(InboundMessage message, UUID clinicUserId) {
		Optional<Question> taken = states.take(message.phone());
		User user = users.findById(clinicUserId).orElseThrow();
		Turn turn = new Turn(message, AuthenticatedUser.actingAs(user), clock.instant());
		if (!user.isEnabled()) {
			replies.text(turn, "This Ayurlahi account is disabled, so it can't order.");
			return "Account disabled: not answered further.";
		}
		Optional<String> refusal = clinics.orderingRefusal(clinicUserId);
		if (refusal.isPresent()) {
			replies.text(turn, refusal.get());
			return "May not order: " + refusal.get();
		}
		Optional<Question> open = taken.filter(question -> question.userId().equals(clinicUserId))
			.filter(question -> question.openAt(turn.now()));
		ClinicCommand command = ClinicCommands.read(message.said());
		Optional<String> notInPlan = startsOrdering(command, open) ? plans.whatsAppOrdering(turn.clinic())
				: Optional.empty();
		if (notInPlan.isPresent()) {
			replies.text(turn, notInPlan.get());
			return "Not in the clinic's plan: " + notInPlan.get();
		}
		return answer(turn, command, open);
	}

	@Override
	public Optional<String> answerToRefusal(RuntimeException refusal, UUID clinicUserId) {
		return users.findById(clinicUserId)
			.flatMap(user -> plans.afterRefusal(refusal, AuthenticatedUser.actingAs(user)));
	}

	/**
	 * Whether the command starts or carries on ordering (what a plan without WhatsApp
	 * ordering refuses), rather than dealing with orders already placed or asking for
	 * help.
	 */
	private static boolean startsOrdering(ClinicCommand command, Optional<Question> open) {
		return switch (command) {
			case SearchPrompt prompt -> true;
			case Search search -> true;
			case Pick pick -> true;
			case Quantity quantity -> true;
			case QuantityChoice choice -> true;
			case OrderItems items -> true;
			case Reorder reorder -> true;
			case Checkout start -> true;
			case ConfirmCheckout confirm -> true;
			case Yes yes -> open.map(Question::awaiting)
				.filter(awaiting -> awaiting == Awaiting.CHECKOUT || awaiting == Awaiting.QUANTITY)
				.isPresent();
			default -> false;
		};
	}

	private String answer(Turn turn, ClinicCommand command, Optional<Question> open) {
		return switch (command) {
			case ShowMenu menu -> menu(turn, "");
			case Help help -> {
				replies.help(turn);
				yield "Help sent.";
			}
			case SearchPrompt prompt -> catalog.searchPrompt(turn);
			case Search search -> catalog.search(turn, search.text());
			case Pick pick -> catalog.pick(turn, pick.product());
			case Quantity quantity -> awaited(open, Awaiting.QUANTITY)
				.map(question -> catalog.quantity(turn, UUID.fromString(question.subject()), quantity.units()))
				.orElseGet(() -> menu(turn, "A number answers \"how many?\" once you have chosen a product. "
						+ "Type a product's name to search."));
			case QuantityChoice choice -> awaited(open, Awaiting.QUANTITY)
				.filter(question -> question.subject().equals(choice.productId().toString()))
				.map(question -> catalog.quantity(turn, choice.productId(), choice.units()))
				.orElseGet(() -> catalog.closedQuantity(turn));
			case OrderItems items -> carts.order(turn, items.command());
			case ShowCart show -> carts.show(turn);
			case Remove remove -> carts.remove(turn, remove.sku());
			case Reorder reorder -> carts.reorder(turn);
			case Checkout start -> checkout.ask(turn);
			case ConfirmCheckout confirm -> checkout.confirm(turn, awaited(open, Awaiting.CHECKOUT));
			case AbandonCheckout abandon -> checkout.abandon(turn);
			case MyOrders latest -> orders.latest(turn);
			case Status status -> orders.status(turn, status);
			case Cancel cancel -> orders.askCancel(turn, cancel);
			case ConfirmCancel confirm -> orders.confirmCancel(turn, confirm.number(), awaited(open, Awaiting.CANCEL));
			case KeepOrder keep -> orders.keep(turn, keep.number());
			case Yes yes -> open.map(question -> yes(turn, question))
				.orElseGet(() -> menu(turn, "There is no question waiting for your answer."));
			case No no -> open.map(question -> no(turn, question))
				.orElseGet(() -> menu(turn, "There is no question waiting for your answer. To cancel an order, "
						+ "send CANCEL and its number, for example CANCEL AYR-2026-000123."));
		};
	}

	private String yes(Turn turn, Question question) {
		return switch (question.awaiting()) {
			case CHECKOUT -> checkout.confirm(turn, Optional.of(question));
			case CANCEL -> orders.confirmCancel(turn, null, Optional.of(question));
			case QUANTITY -> {
				states.await(turn.phone(), question.userId(), question.awaiting(), question.subject(), turn.now());
				replies.text(turn, "How many units? Type a number.");
				yield "Asked the quantity again.";
			}
		};
	}

	private String no(Turn turn, Question question) {
		return switch (question.awaiting()) {
			case CHECKOUT -> checkout.abandon(turn);
			case CANCEL -> orders.keep(turn, null);
			case QUANTITY -> {
				replies.text(turn, "Nothing was added. Type a product's name to search again.");
				yield "Quantity not given.";
			}
		};
	}

	private String menu(Turn turn, String lead) {
		replies.menu(turn, lead);
		return lead.isEmpty() ? "Menu sent." : "Menu sent: " + lead;
	}

	private static Optional<Question> awaited(Optional<Question> open, Awaiting awaiting) {
		return open.filter(question -> question.awaiting() == awaiting);
	}

}
