package com.ayurlahi.payments.refunds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.Texts;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.tax.TaxLine;
import com.ayurlahi.orders.OrderItemCancelled;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderStatusChanged;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.ClaimLine;
import com.ayurlahi.payments.Payment;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.Payments;
import com.ayurlahi.payments.RefundedLine;
import com.ayurlahi.payments.Settlement;
import com.ayurlahi.payments.Settlement.Share;
import com.ayurlahi.payments.gateway.GatewayCallDue.RefundDue;
import com.ayurlahi.payments.ledger.LedgerEntries;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * Asks for refunds, in the transaction that decides them: a cancellation of a paid order
 * or of one of its items (heard as the orders module's events, with
 * {@code @EventListener}s, so that the refund commits or rolls back with the
 * cancellation), a capture of money for an order that no longer waited for it, or the
 * team asking Razorpay again for a refund that failed (in a transaction of its own).
 * Cancelling an item before shipping refunds that item (its taxable value and tax);
 * cancelling the order refunds what is left of it (a full refund when nothing was
 * refunded before). Each refund is recorded with the share of the settlement it takes
 * back, audited, noted in the order's history and handed to Razorpay after commit
 * ({@link RefundSubmission}, through {@link RefundDue}).
 */
@Service
@Transactional
public class RefundRequesting {

	/** The width of the refunds' reason column. */
	private static final int MAX_REASON = 300;

	private final Refunds refunds;

	private final Payments payments;

	private final LedgerEntries ledger;

	private final PaymentSettings settings;

	private final OrderManagement orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RefundRequesting(Refunds refunds, Payments payments, LedgerEntries ledger, PaymentSettings settings,
			OrderManagement orders, ApplicationEventPublisher events, Clock clock) {
		this.refunds = refunds;
		this.payments = payments;
		this.ledger = ledger;
		this.settings = settings;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * In the cancellation's transaction: an item of a paid order was cancelled, so it is
	 * refunded with what its leaving changes in the settlement; the last item takes
	 * exactly what is left.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(OrderItemCancelled cancelled) {
		ledger.settledPaymentOf(cancelled.orderId()).ifPresent(paymentId -> {
			Payment payment = payments.findForUpdate(paymentId).orElseThrow();
			OrderView order = orders.find(cancelled.orderId());
			OrderView.Item item = order.items()
				.stream()
				.filter(candidate -> candidate.id().equals(cancelled.itemId()))
				.findFirst()
				.orElseThrow();
			List<Settlement.Line> after = order.items()
				.stream()
				.filter(line -> !line.cancelled())
				.map(RefundRequesting::line)
				.toList();
			List<Settlement.Line> before = Stream.concat(after.stream(), Stream.of(line(item))).toList();
			Share itemShare = Settlement.removing(item.lineTotal(), before, after, settings.commissionGstRate(),
					settings.tcsRate());
			Share left = unrefunded(payment);
			Share share = after.isEmpty() || itemShare.amount().compareTo(left.amount()) > 0 ? left : itemShare;
			if (share.isNothing()) {
				return;
			}
			request(payment, item.id(), item.quantity() + " × " + item.productName(), cancelled.reason(), share, false);
		});
	}

	private static Settlement.Line line(OrderView.Item item) {
		return new Settlement.Line(item.taxableValue(), item.commissionRate());
	}

	/**
	 * In the cancellation's transaction: a paid order was cancelled before shipping, so
	 * what is left of it is refunded.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(OrderStatusChanged change) {
		if (change.to() != OrderStatus.CANCELLED || !change.from().isPaidAndUnshipped()) {
			return;
		}
		ledger.settledPaymentOf(change.orderId()).ifPresent(paymentId -> {
			Payment payment = payments.findForUpdate(paymentId).orElseThrow();
			Share left = unrefunded(payment);
			if (left.isNothing()) {
				return;
			}
			boolean full = left.amount().compareTo(payment.getAmount()) == 0;
			request(payment, null, full ? "The whole order" : "The rest of the order",
					change.note() == null ? "Order cancelled" : change.note(), left, full);
		});
	}

	/**
	 * In the capture's transaction: money was captured for an order that no longer waited
	 * for it (cancelled, or changed and to be paid on another Razorpay order). It was
	 * never settled, and all of it goes back.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refundUnsettled(Payment payment, String reason) {
		Refund refund = Refund.unsettled(payment, Texts.shortened(reason, MAX_REASON), now());
		asked("REFUND_REQUESTED", refund, PaymentManagement.RAZORPAY, "A payment of " + Money.format(refund.getAmount())
				+ " arrived that this order was no longer waiting for; it is on its way back to the clinic.");
	}

	/**
	 * The team asks Razorpay again for a refund that failed: a new refund of the same
	 * amount and share replaces it (the failed one stays on record), handed over in the
	 * background as any other.
	 */
	public RefundView askAgain(UUID refundId, AuthenticatedUser admin) {
		if (admin.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an admin retries refunds or asks for them again");
		}
		Refund failed = refunds.findForUpdate(refundId).orElseThrow(Refund::notFound);
		boolean askedBefore = refunds.existsByReplaces(refundId);
		if (failed.getStatus() != RefundStatus.FAILED || askedBefore) {
			throw new ConflictException(
					"Only a failed refund that was not asked for again can be asked for again; this one is "
							+ failed.getStatus().label().toLowerCase() + (askedBefore ? " and was asked for again" : "")
							+ ".");
		}
		Refund again = failed.again("Asked again after Razorpay's refund " + failed.getRazorpayRefundId() + " failed",
				now());
		asked("REFUND_ASKED_AGAIN", again, Actor.user(admin.id(), admin.role().name()),
				"Refund of " + Money.format(again.getAmount()) + " asked of Razorpay again.");
		return RefundView.of(again, false);
	}

	/**
	 * In the decision's transaction: money goes back for order lines of a delivered order
	 * that a claim (a dispute about the goods) settled. Each line gives back at most what
	 * was paid for it and not refunded yet; its amount, GST included, is split into
	 * taxable value and tax at the line's rate (exactly the order's figures when it is
	 * the whole price of those units), and the refund takes back the share of the
	 * settlement that the lower taxable values no longer earn (commission, its GST, TCS),
	 * the rest from the payout.
	 * @return the refund asked for
	 * @throws ConflictException when the order has no settled payment, or a line asks for
	 * more than is left of it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID refundClaim(UUID orderId, String claim, List<ClaimLine> claimed, String reason, Actor actor) {
		UUID paymentId = ledger.settledPaymentOf(orderId)
			.orElseThrow(() -> new ConflictException("This order has no settled payment to refund."));
		Payment payment = payments.findForUpdate(paymentId).orElseThrow();
		OrderView order = orders.find(orderId);
		List<Refund> taken = refunds.takenOf(paymentId);
		List<RefundedLine> lines = new ArrayList<>();
		for (ClaimLine line : claimed) {
			OrderView.Item item = order.items()
				.stream()
				.filter(candidate -> candidate.id().equals(line.orderItemId()) && !candidate.cancelled())
				.findFirst()
				.orElseThrow(() -> new ConflictException("Order " + order.orderNumber() + " has no such line."));
			BigDecimal left = item.lineTotal().subtract(refundedOf(taken, item.id(), RefundedLine::amount));
			if (line.amount().signum() <= 0 || line.amount().compareTo(left) > 0) {
				throw new ConflictException("Line " + item.lineNumber() + " (" + item.productName() + ") has "
						+ Money.format(left) + " left to refund; " + Money.format(line.amount()) + " can't be given.");
			}
			TaxLine whole = GstCalculator.line(item.unitPrice(), line.quantity(), item.gstRate(), order.taxType());
			TaxLine tax = whole.total().compareTo(line.amount()) == 0 ? whole
					: GstCalculator.apportion(line.amount(), item.gstRate(), order.taxType());
			lines.add(RefundedLine.of(item.id(), line.quantity(), tax));
		}
		List<Settlement.Line> before = new ArrayList<>();
		List<Settlement.Line> after = new ArrayList<>();
		for (OrderView.Item item : order.items()) {
			if (item.cancelled()) {
				continue;
			}
			BigDecimal kept = item.taxableValue().subtract(refundedOf(taken, item.id(), RefundedLine::taxableValue));
			BigDecimal now = kept.subtract(lines.stream()
				.filter(line -> line.orderItemId().equals(item.id()))
				.map(RefundedLine::taxableValue)
				.reduce(BigDecimal.ZERO, BigDecimal::add));
			before.add(new Settlement.Line(kept, item.commissionRate()));
			after.add(new Settlement.Line(now, item.commissionRate()));
		}
		BigDecimal total = lines.stream().map(RefundedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		Share share = Settlement.removing(total, before, after, settings.commissionGstRate(), settings.tcsRate());
		boolean full = taken.isEmpty() && total.compareTo(payment.getAmount()) == 0;
		String description = Texts.shortened(claim + ": "
				+ lines.stream()
					.map(line -> line.quantity() + " × "
							+ order.items()
								.stream()
								.filter(item -> item.id().equals(line.orderItemId()))
								.findFirst()
								.orElseThrow()
								.productName())
					.collect(Collectors.joining(", ")),
				MAX_REASON);
		Refund refund = Refund.forClaim(payment, claim, description, Texts.shortened(reason, MAX_REASON), share, full,
				lines, now());
		asked("REFUND_REQUESTED", refund, actor,
				"Refund of " + Money.format(total) + " for " + description + " is on its way to the clinic.");
		return refund.getId();
	}

	/**
	 * What of each line of the order's settled payment can still be refunded: what was
	 * paid for it less what refunds gave back (or are giving back) for it. Cancelled
	 * lines and orders without a settled payment have nothing.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, BigDecimal> refundable(UUID orderId) {
		Optional<UUID> paymentId = ledger.settledPaymentOf(orderId);
		if (paymentId.isEmpty()) {
			return Map.of();
		}
		List<Refund> taken = refunds.takenOf(paymentId.get());
		boolean wholeRefunded = taken.stream()
			.anyMatch(refund -> refund.isFromSettlement() && refund.getLines().isEmpty()
					&& refund.getOrderItemId() == null);
		Map<UUID, BigDecimal> refundable = new LinkedHashMap<>();
		if (wholeRefunded) {
			return refundable;
		}
		orders.find(orderId)
			.items()
			.stream()
			.filter(item -> !item.cancelled())
			.forEach(item -> refundable.put(item.id(),
					item.lineTotal().subtract(refundedOf(taken, item.id(), RefundedLine::amount))));
		return refundable;
	}

	private static BigDecimal refundedOf(List<Refund> taken, UUID itemId, Function<RefundedLine, BigDecimal> part) {
		return taken.stream()
			.flatMap(refund -> refund.getLines().stream())
			.filter(line -> line.orderItemId().equals(itemId))
			.map(part)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private void request(Payment payment, @Nullable UUID itemId, String description, String reason, Share share,
			boolean full) {
		Refund refund = new Refund(payment, itemId, description, Texts.shortened(reason, MAX_REASON), share, full,
				now());
		asked("REFUND_REQUESTED", refund, Actor.system(), "Refund of " + Money.format(share.amount()) + " ("
				+ refund.describedInSentence() + ") is on its way to the clinic.");
	}

	/**
	 * Records a refund that is asked for, audits it with the share it takes back, notes
	 * it in the order's history and has it handed to Razorpay once the transaction
	 * commits.
	 */
	private void asked(String action, Refund refund, Actor actor, String note) {
		refunds.saveAndFlush(refund);
		Share share = refund.share();
		AuditedChange change = AuditedChange.of(action, Refund.ENTITY, refund.getId())
			.value("paymentId", refund.getPaymentId())
			.value("description", refund.getDescription())
			.value("amount", share.amount())
			.value("commission", share.commission())
			.value("commissionGst", share.commissionGst())
			.value("tcs", share.tcs())
			.value("payout", share.payout())
			.value("fullRefund", refund.isFullRefund())
			.value("fromSettlement", refund.isFromSettlement())
			.value("status", refund.getStatus());
		if (refund.getReplaces() != null) {
			change.value("replaces", refund.getReplaces());
		}
		events.publishEvent(refund.audited(change, actor));
		orders.addNote(refund.getOrderId(), note, actor);
		events.publishEvent(new RefundDue(refund.getId()));
	}

	/**
	 * What of the payment's settlement no refund has taken back yet. A failed refund
	 * counts as taken until it is asked for again (then its replacement counts): a later
	 * cancellation must not pay it a second time.
	 */
	private Share unrefunded(Payment payment) {
		Share taken = refunds.takenOf(payment.getId()).stream().map(Refund::share).reduce(Share.NONE, Share::plus);
		return ledger.captureShare(payment.getId()).minus(taken);
	}

	private Instant now() {
		return clock.instant();
	}

}
