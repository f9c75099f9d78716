package com.ayurlahi.payments.links;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.payments.PaymentLinkView;

/** The payment links as other modules read them. */
@Service
@Transactional(readOnly = true)
public class PaymentLinkQueries {

	private final PaymentLinkRepository links;

	private final Clock clock;

	PaymentLinkQueries(PaymentLinkRepository links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	/**
	 * The order's link the clinic can pay now: made at Razorpay, not expired, not being
	 * cancelled. A failed attempt leaves it payable.
	 */
	public Optional<PaymentLinkView> current(UUID orderId) {
		return links.findLive(orderId).filter(link -> link.isPayableAt(clock.instant())).map(PaymentLink::view);
	}

}
