package com.ayurlahi.payments.links;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.webhooks.EventOutcome;

/**
 * What Razorpay reports about payment links, applied in the transaction of the stored
 * webhook that reports it. The link is found by Razorpay's link id or, before that is
 * recorded, by its reference, and locked first, so that reports about one link are taken
 * one after the other.
 * <p>
 * A paid link's money goes through the module's one capture path
 * ({@link PaymentManagement#recordLinkCapture}), so the order is confirmed, settled and
 * announced exactly once whichever of {@code payment_link.paid}, {@code payment.captured}
 * and {@code order.paid} arrives first:
 * <ul>
 * <li>{@code payment_link.paid} names the link and the Razorpay order behind it: the link
 * is marked paid and the capture recorded on a payment for that Razorpay order (opened
 * then, if neither of the others came first);</li>
 * <li>{@code payment.captured} and {@code order.paid} name only the Razorpay order, which
 * we learn from the link's first report. Once a payment for it exists they go the usual
 * way (and find it captured). Before that, their payment's notes are read: Razorpay
 * copies the link's notes, which name the link by its reference ({@value #LINK_NOTE}) and
 * the order ({@value #ORDER_ID_NOTE}), onto the link's order and payments, and a report
 * whose notes name one of our links is applied as the link's payment. Notes alone never
 * confirm anything: the amount must be the link's, and the capture path checks it. A
 * report without such notes stays as it always did, a report of an order that is not ours
 * (skipped safely, nothing changes): the link's own {@code payment_link.paid} confirms
 * the order when it comes.</li>
 * </ul>
 * A failed attempt ({@code payment.failed} with the link's notes) leaves the link
 * payable, as Razorpay takes another attempt on it, and shows the failure on an order
 * that was waiting for its payment, as for a checkout. {@code payment_link.expired} and
 * {@code payment_link.cancelled} mark the link and change nothing else. Repeated and late
 * reports change nothing.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PaymentLinkOutcomes {

	/** The note naming the link (its reference) on the link and, copied, its payments. */
	public static final String LINK_NOTE = "paymentLink";

	/** The note naming our order. */
	public static final String ORDER_ID_NOTE = "orderId";

	private final PaymentLinkRepository links;

	private final PaymentManagement payments;

	private final OrderManagement orders;

	private final Clock clock;

	PaymentLinkOutcomes(PaymentLinkRepository links, PaymentManagement payments, OrderManagement orders, Clock clock) {
		this.links = links;
		this.payments = payments;
		this.orders = orders;
		this.clock = clock;
	}

	/** What a report says about the payment of a link. */
	public record LinkPayment(String razorpayOrderId, String razorpayPaymentId, long amountPaise, String currency,
			@Nullable String method) {
	}

	/**
	 * {@code payment_link.paid}: the link is paid and its payment captured.
	 * @throws ConflictException when the link was paid on another Razorpay order
	 */
	public EventOutcome recordPaid(@Nullable String razorpayLinkId, @Nullable String referenceId, LinkPayment payment) {
		return find(razorpayLinkId, referenceId).map(link -> paid(link, razorpayLinkId, payment))
			.orElse(EventOutcome.UNKNOWN_ORDER);
	}

	/**
	 * {@code payment.captured} or {@code order.paid} of a Razorpay order no payment of
	 * ours has: the link its notes name is paid, if they name one of ours.
	 */
	public EventOutcome recordCaptureByNotes(Map<String, String> notes, LinkPayment payment) {
		return linkNamedBy(notes).map(link -> paid(link, null, payment)).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	/**
	 * {@code payment.failed} of a Razorpay order no payment of ours has: an attempt to
	 * pay the link its notes name failed. The link stays payable; an order waiting for
	 * its first payment shows the failure.
	 */
	public EventOutcome recordFailureByNotes(Map<String, String> notes, String razorpayOrderId,
			String razorpayPaymentId, @Nullable String errorDescription) {
		return linkNamedBy(notes).map(link -> {
			if (!link.attemptFailed(razorpayOrderId, razorpayPaymentId, errorDescription, clock.instant())) {
				return EventOutcome.NO_CHANGE;
			}
			links.save(link);
			if (orders.find(link.getOrderId()).status() == OrderStatus.PENDING) {
				orders.recordPaymentFailure(link.getOrderId(),
						errorDescription == null ? "Payment failed" : errorDescription, PaymentManagement.RAZORPAY);
			}
			return EventOutcome.APPLIED;
		}).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	/**
	 * {@code payment.authorized} of a Razorpay order no payment of ours has: nothing to
	 * do for a link (its capture follows), but it is ours.
	 */
	public EventOutcome recordAuthorizationByNotes(Map<String, String> notes) {
		return linkNamedBy(notes).map(link -> EventOutcome.NO_CHANGE).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	/** {@code payment_link.expired}: the link is marked expired, nothing else changes. */
	public EventOutcome recordExpired(@Nullable String razorpayLinkId, @Nullable String referenceId) {
		return find(razorpayLinkId, referenceId).map(link -> {
			if (!link.expired(clock.instant())) {
				return EventOutcome.NO_CHANGE;
			}
			links.save(link);
			return EventOutcome.APPLIED;
		}).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	/**
	 * {@code payment_link.cancelled}: the link is marked cancelled (already so when we
	 * cancelled it), nothing else changes.
	 */
	public EventOutcome recordCancelled(@Nullable String razorpayLinkId, @Nullable String referenceId) {
		return find(razorpayLinkId, referenceId).map(link -> {
			if (!link.cancelled(clock.instant())) {
				return EventOutcome.NO_CHANGE;
			}
			links.save(link);
			return EventOutcome.APPLIED;
		}).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	private EventOutcome paid(PaymentLink link, @Nullable String razorpayLinkId, LinkPayment payment) {
		if (link.paid(razorpayLinkId, payment.razorpayOrderId(), payment.razorpayPaymentId(), clock.instant())) {
			links.save(link);
		}
		return payments.recordLinkCapture(link.getOrderId(), link.getClinicUserId(), link.getAmount(),
				link.getReferenceId(), payment.razorpayOrderId(), payment.razorpayPaymentId(), payment.amountPaise(),
				payment.currency(), payment.method());
	}

	private Optional<PaymentLink> find(@Nullable String razorpayLinkId, @Nullable String referenceId) {
		Optional<PaymentLink> byId = razorpayLinkId == null ? Optional.empty()
				: links.findByRazorpayLinkIdForUpdate(razorpayLinkId);
		if (byId.isPresent() || referenceId == null) {
			return byId;
		}
		return links.findByReferenceIdForUpdate(referenceId);
	}

	/** Our link the notes name, when they name one of ours for the order they name. */
	private Optional<PaymentLink> linkNamedBy(Map<String, String> notes) {
		String reference = notes.get(LINK_NOTE);
		String orderId = notes.get(ORDER_ID_NOTE);
		if (reference == null || orderId == null) {
			return Optional.empty();
		}
		return links.findByReferenceIdForUpdate(reference).filter(link -> link.getOrderId().toString().equals(orderId));
	}

}
