package com.ayurlahi.whatsapp.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.PaymentLinks;

/**
 * The one place the conversation asks for the payment of the orders its checkout placed:
 * a Razorpay payment link per order, asked for in the checkout's transaction (so none is
 * owed when the checkout rolls back). The payments module makes each link once that
 * transaction has committed and publishes {@code PaymentLinkIssued}; the "order placed,
 * pay here" message with the link is the notifications' to send, not the conversation's.
 */
@Component
class PaymentLinkRequests {

	private final PaymentLinks links;

	private final Replies replies;

	PaymentLinkRequests(PaymentLinks links, Replies replies) {
		this.links = links;
		this.replies = replies;
	}

	/** Asks for a payment link for each order placed. */
	void request(List<OrderView> placed) {
		placed.forEach(order -> links.request(order.id()));
	}

	/** How the clinic pays the orders, for the checkout's confirmation. */
	String howToPay(List<OrderView> placed) {
		return (placed.size() == 1 ? "Its payment link follows here in a moment; you can also pay it"
				: "A payment link for each follows here in a moment; you can also pay them") + " in the portal: "
				+ (placed.size() == 1 ? replies.portal("/clinic/orders/" + placed.getFirst().id())
						: replies.portal("/clinic/orders"));
	}

}
