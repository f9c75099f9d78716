package com.ayurlahi.whatsapp.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import com.ayurlahi.orders.OrderView;

/**
 * The one place the conversation asks for the payment of the orders its checkout placed,
 * in the checkout's transaction.
 * <p>
 * Razorpay payment links come with the payments module's {@code PaymentLinks} (not on
 * main yet). When it is, {@link #request} calls {@code PaymentLinks.request(orderId)} for
 * each order, the payments module publishes {@code PaymentLinkIssued} once a link exists,
 * and the notifications send the "order placed, pay here" message with it; the clinic is
 * then told that the links follow. Until then nothing is asked for and the clinic is told
 * to pay in the portal, as a web checkout's clinic does. No link is ever made up here.
 */
@Component
class PaymentLinkRequests {

	private final Replies replies;

	PaymentLinkRequests(Replies replies) {
		this.replies = replies;
	}

	/** Asks for a payment link for each order placed (none yet: see the class). */
	void request(List<OrderView> placed) {
		// PaymentLinks is not on main yet: placed.forEach(order ->
		// links.request(order.id()))
	}

	/** How the clinic pays the orders, for the checkout's confirmation. */
	String howToPay(List<OrderView> placed) {
		return (placed.size() == 1 ? "Pay it" : "Pay each of them") + " in the portal, from "
				+ (placed.size() == 1 ? "its page: " + replies.portal("/clinic/orders/" + placed.getFirst().id())
						: "your orders: " + replies.portal("/clinic/orders"));
	}

}
