package com.ayurlahi.whatsapp.notices;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.RefundProcessed;
import com.ayurlahi.whatsapp.NoticeKind;

/**
 * Tells the clinic over WhatsApp that money is back with it, once per refund Razorpay
 * processed: a cancelled item, the rest of a cancelled order, or what a dispute settled.
 * The order's REFUNDED status that may follow tells it nothing more.
 */
@Component
class RefundNotices {

	private final Notices notices;

	private final OrderManagement orders;

	RefundNotices(Notices notices, OrderManagement orders) {
		this.notices = notices;
		this.orders = orders;
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(RefundProcessed refund) {
		OrderView order = orders.find(refund.orderId());
		String amount = Money.format(refund.amount());
		notices.send(orders.accountsOf(refund.orderId()).clinicUserId(), NoticeKind.REFUND_PROCESSED,
				"refund/" + refund.refundId() + "/clinic",
				amount + " for order " + order.orderNumber() + " (" + whatFor(refund, order)
						+ ") is refunded to the account it was paid from.",
				Notices.values("orderNumber", order.orderNumber(), "amount", amount));
	}

	private static String whatFor(RefundProcessed refund, OrderView order) {
		if (refund.claim() != null) {
			return "dispute " + refund.claim();
		}
		if (refund.orderItemId() != null) {
			return order.items()
				.stream()
				.filter(item -> item.id().equals(refund.orderItemId()))
				.findFirst()
				.map(item -> item.quantity() + " × " + item.productName() + ", cancelled")
				.orElse("a cancelled item");
		}
		return "the order was cancelled";
	}

}
