package com.ayurlahi.payments;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.payments.links.PaymentLinkQueries;
import com.ayurlahi.payments.links.PaymentLinkRequesting;

/**
 * Razorpay payment links, for orders placed over WhatsApp (the WhatsApp module's view of
 * the payments module): the clinic pays an order by opening its link, without signing in.
 * <p>
 * A link is asked for in the transaction that placed the order ({@link #request}) and
 * made at Razorpay once that has committed, in the background and outside any
 * transaction, like every call to Razorpay that may need repeating (the module's
 * {@code GatewayCallDue} work, kept by the event publication registry until it is done).
 * Once it exists, {@link PaymentLinkIssued} is published (with its URL) for the clinic to
 * be told. Razorpay's webhooks confirm the order through the same capture path as a
 * checkout, exactly once whichever of {@code payment_link.paid}, {@code payment.captured}
 * and {@code order.paid} arrives first; a failed attempt leaves the link payable (and
 * shows on the order as a failed payment); the link is cancelled at Razorpay when the
 * order stops waiting for it (cancelled, swept by the payment-timeout sweep, or paid
 * otherwise), and replaced by one for the new total when a cancelled item changes the
 * order's total. Every change of a link is audited in its transaction.
 */
@Service
public class PaymentLinks {

	private final PaymentLinkRequesting requesting;

	private final PaymentLinkQueries queries;

	PaymentLinks(PaymentLinkRequesting requesting, PaymentLinkQueries queries) {
		this.requesting = requesting;
		this.queries = queries;
	}

	/**
	 * In the caller's transaction (right after a WhatsApp checkout placed the order):
	 * records that a payment link is owed for the order, for its total, payable until its
	 * payment timeout (PAYMENT_TIMEOUT after it was placed; Razorpay takes no expiry less
	 * than 15 minutes ahead, so a link made less than 16 minutes before the timeout
	 * expires 16 minutes after it is made, and the sweep cancels it with the order on
	 * time). Nothing is asked of Razorpay before the transaction commits, and nothing if
	 * it rolls back. Idempotent: while the order has a link that is owed or payable, a
	 * second call does nothing; after its link failed, expired or was cancelled, a call
	 * asks for a new one.
	 * @throws NotFoundException when there is no such order
	 * @throws ConflictException when the order does not wait for its payment
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void request(UUID orderId) {
		requesting.request(orderId);
	}

	/**
	 * The order's live link (URL, expiry, status): made at Razorpay, not expired, not
	 * paid, not being cancelled; a failed attempt leaves it live ("payment failed, pay
	 * again here"). Empty while it is still being made, and once it is paid, expired or
	 * cancelled.
	 */
	@Transactional(readOnly = true)
	public Optional<PaymentLinkView> current(UUID orderId) {
		return queries.current(orderId);
	}

}
