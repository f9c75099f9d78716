package com.ayurlahi.whatsapp.notices;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.payments.PaymentLinkIssued;
import com.ayurlahi.whatsapp.NoticeKind;

/**
 * Sends the clinic the payment link of an order placed over WhatsApp once Razorpay has
 * made it: the order placed, what it comes to, where to pay and until when. A link made
 * again (for a new total, say) is sent as well: the old one no longer takes payments.
 */
@Component
class PaymentLinkNotices {

	private final Notices notices;

	PaymentLinkNotices(Notices notices) {
		this.notices = notices;
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(PaymentLinkIssued link) {
		String total = Money.format(link.amount());
		String validUntil = Notices.time(link.expiresAt());
		notices.send(link.clinicUserId(), NoticeKind.ORDER_PLACED,
				"order/" + link.orderId() + "/payment-link/" + link.at() + "/clinic",
				"Order " + link.orderNumber() + " for " + total + " is placed. Pay here: " + link.url()
						+ " (valid until " + validUntil + ")",
				Notices.values("orderNumber", link.orderNumber(), "total", total, "link", link.url(), "validUntil",
						validUntil));
	}

}
