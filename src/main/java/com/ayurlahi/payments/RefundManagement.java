package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.Texts;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.orders.OrderItemCancelled;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderStatusChanged;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.GatewayWorkDue.RefundDue;
import com.ayurlahi.payments.PaymentGateway.GatewayRefund;
import com.ayurlahi.payments.Settlement.Share;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * Refunds for cancellations of paid orders. Cancelling an item before shipping refunds
 * that item (its taxable value and tax); cancelling the order refunds what is left of it
 * (a full refund when nothing was refunded before). The refund is asked for in the
 * cancellation's transaction, with the share of the settlement it takes back; it is
 * handed to Razorpay in the background after that commits (its share of the payout first
 * taken back from the manufacturer's transfer), and Razorpay's {@code refund.processed}
 * or {@code refund.failed} webhook ends it. A processed refund adds the ledger's reversal
 * rows, moves the payment to PARTIALLY_REFUNDED or REFUNDED and a cancelled order to
 * REFUNDED; a failed one is flagged for the team. Every step is audited and noted in the
 * order's history.
 */
@Service
@Transactional
public class RefundManagement {

	private static final Logger log = LoggerFactory.getLogger(RefundManagement.class);
	static final String ENTITY = "Refund";

	/** The width of the refunds' reason column. */
	private static final int MAX_REASON = 300;

	private final Refunds refunds;

	private final Payments payments;

	private final SettlementLedger ledger;

	private final PayoutTransferManagement transfers;

	private final PaymentGateway gateway;

	private final PaymentSettings settings;

	private final OrderManagement orders;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RefundManagement(Refunds refunds, Payments payments, SettlementLedger ledger, PayoutTransferManagement transfers,
			PaymentGateway gateway, PaymentSettings settings, OrderManagement orders, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.refunds = refunds;
		this.payments = payments;
		this.ledger = ledger;
		this.transfers = transfers;
		this.gateway = gateway;
		this.settings = settings;
		this.orders = orders;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * In the cancellation's transaction: an item of a paid order was cancelled, so it is
	 * refunded with what its leaving changes in the settlement; the last item takes
	 * exactly what is left.
	 */
	@EventListener
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
				.map(RefundManagement::line)
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
	void refundUnsettled(Payment payment, String reason) {
		Refund refund = Refund.unsettled(payment, Texts.shortened(reason, MAX_REASON), now());
		asked("REFUND_REQUESTED", refund, PaymentManagement.RAZORPAY, "A payment of " + Money.format(refund.getAmount())
				+ " arrived that this order was no longer waiting for; it is on its way back to the clinic.");
	}

	private void request(Payment payment, @Nullable UUID itemId, String description, String reason, Share share,
			boolean full) {
		Refund refund = new Refund(payment, itemId, description, Texts.shortened(reason, MAX_REASON), share, full,
				now());
		asked("REFUND_REQUESTED", refund, Actor.system(), "Refund of " + Money.format(share.amount()) + " ("
				+ inSentence(description) + ") is on its way to the clinic.");
	}

	/**
	 * Records a refund that is asked for, audits it with the share it takes back, notes
	 * it in the order's history and has it handed to Razorpay once the transaction
	 * commits.
	 */
	private void asked(String action, Refund refund, Actor actor, String note) {
		refunds.saveAndFlush(refund);
		Share share = refund.share();
		AuditedChange change = AuditedChange.of(action, ENTITY, refund.getId())
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
		audit(change, refund, actor);
		orders.addNote(refund.getOrderId(), note, actor);
		events.publishEvent(new RefundDue(refund.getId()));
	}

	/**
	 * What of the payment's settlement no refund has taken back yet. A failed refund
	 * counts as taken until it is asked for again (then its replacement counts): a later
	 * cancellation must not pay it a second time.
	 */
	private Share unrefunded(Payment payment) {
		List<UUID> askedAgain = refunds.replacedOf(payment.getId());
		Share taken = refunds.findByPaymentIdOrderByCreatedAt(payment.getId())
			.stream()
			.filter(refund -> !askedAgain.contains(refund.getId()))
			.map(Refund::share)
			.reduce(Share.NONE, Share::plus);
		return ledger.captureShare(payment.getId()).minus(taken);
	}

	/**
	 * Hands a refund to Razorpay, unless it was handed over already (a crash after
	 * Razorpay took it is found in the payment's refunds by our id in its notes). First
	 * its share of the payout is taken back from the manufacturer's transfer, in a
	 * transaction of its own: reversed at Razorpay for a partial refund of a transfer
	 * that is there (a reversal a crash left unrecorded is found by our id), or taken off
	 * a payout not yet sent. A failed call is recorded on the refund and audited, for the
	 * team to have it tried again. Runs in the background, so only other background work
	 * waits for the rows it holds while Razorpay answers.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void submit(UUID refundId) {
		try {
			transactions.executeWithoutResult(status -> takeBackPayout(refundId));
			transactions.executeWithoutResult(status -> handOver(refundId));
		}
		catch (PaymentGatewayException failed) {
			log.warn("Refund {} not handed to Razorpay: {}", refundId, failed.getMessage());
			transactions.executeWithoutResult(status -> refunds.findForUpdate(refundId).ifPresent(refund -> {
				refund.submissionFailed(failed.getMessage(), now());
				audit(AuditedChange.of("REFUND_SUBMIT_FAILED", ENTITY, refund.getId())
					.value("error", refund.getSubmitError()), refund, PaymentManagement.RAZORPAY);
			}));
		}
	}

	private void takeBackPayout(UUID refundId) {
		Refund refund = refunds.findForUpdate(refundId).orElseThrow();
		if (!refund.awaitsSubmission() || refund.isTransferReversed() || !refund.isFromSettlement()) {
			return;
		}
		transfers.takeBack(refund);
		refund.transferReversed(now());
	}

	private void handOver(UUID refundId) {
		Refund refund = refunds.findForUpdate(refundId).orElseThrow();
		if (!refund.awaitsSubmission()) {
			return;
		}
		Payment payment = payments.findById(refund.getPaymentId()).orElseThrow();
		String razorpayPaymentId = payment.getRazorpayPaymentId();
		GatewayRefund handed = gateway.refundsOf(razorpayPaymentId)
			.stream()
			.filter(candidate -> refund.getId().toString().equals(candidate.notes().get("refundId")))
			.findFirst()
			.orElseGet(() -> gateway.refund(razorpayPaymentId, refund.getAmountPaise(), refund.isFullRefund(),
					Map.of("refundId", refund.getId().toString(), "orderNumber", refund.getOrderNumber())));
		refund.submitted(handed.id(), now());
		if (refund.isFullRefund() && refund.isFromSettlement()) {
			transfers.reversedWithFullRefund(refund, handed.id());
		}
		audit(AuditedChange.of("REFUND_SUBMITTED", ENTITY, refund.getId())
			.value("razorpayRefundId", handed.id())
			.value("amount", refund.getAmount()), refund, PaymentManagement.RAZORPAY);
	}

	/** The team has a refund that Razorpay could not be asked for handed over again. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public RefundView retry(UUID refundId, AuthenticatedUser admin) {
		requireAdmin(admin);
		Refund refund = refunds.findById(refundId).orElseThrow(RefundManagement::notFound);
		if (!refund.awaitsSubmission()) {
			throw new ConflictException("This refund is " + refund.getStatus().label().toLowerCase()
					+ (refund.getRazorpayRefundId() == null ? "" : " and with Razorpay")
					+ ": there is nothing to try again.");
		}
		transactions.executeWithoutResult(status -> audit(
				AuditedChange.of("REFUND_RETRIED", ENTITY, refund.getId())
					.value("submitError", refund.getSubmitError()),
				refund, Actor.user(admin.id(), admin.role().name())));
		submit(refundId);
		return RefundView.of(refunds.findById(refundId).orElseThrow(), false);
	}

	/**
	 * The team asks Razorpay again for a refund that failed: a new refund of the same
	 * amount and share replaces it (the failed one stays on record), handed over in the
	 * background as any other.
	 */
	public RefundView askAgain(UUID refundId, AuthenticatedUser admin) {
		requireAdmin(admin);
		Refund failed = refunds.findForUpdate(refundId).orElseThrow(RefundManagement::notFound);
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
	 * Razorpay reports a refund processed: the ledger takes its reversal rows, the
	 * payment and order follow. The order is locked before the payment, as a cancellation
	 * locks them, so the two never wait on each other.
	 */
	public EventOutcome recordProcessed(@Nullable String ourRefundId, String razorpayRefundId, long amountPaise) {
		return find(ourRefundId, razorpayRefundId).map(refund -> {
			if (amountPaise != refund.getAmountPaise()) {
				Payment payment = payments.findForUpdate(refund.getPaymentId()).orElseThrow();
				payment.flagForReview("Razorpay reported refund " + razorpayRefundId + " of "
						+ Money.format(BigDecimal.valueOf(amountPaise, 2)) + " processed against "
						+ Money.format(refund.getAmount()) + " asked for.", now());
				audit(AuditedChange.of("REFUND_FLAGGED", ENTITY, refund.getId())
					.value("reportedAmountPaise", amountPaise), refund, PaymentManagement.RAZORPAY);
				return EventOutcome.FLAGGED;
			}
			if (refund.getStatus() != RefundStatus.PENDING) {
				return EventOutcome.NO_CHANGE;
			}
			orders.addNote(refund.getOrderId(), "Refund of " + Money.format(refund.getAmount()) + " ("
					+ inSentence(refund.getDescription()) + ") processed by Razorpay (" + razorpayRefundId + ").",
					PaymentManagement.RAZORPAY);
			Payment payment = payments.findForUpdate(refund.getPaymentId()).orElseThrow();
			refund.processed(razorpayRefundId, now());
			if (refund.isFromSettlement()) {
				ledger.recordRefund(refund);
				events.publishEvent(new RefundProcessed(refund.getId(), refund.getPaymentId(), refund.getOrderId(),
						refund.getOrderItemId(), refund.getAmount(), now()));
			}
			PaymentStatus before = payment.getStatus();
			payment.refunded(processedTotal(payment), now());
			audit(AuditedChange.of("REFUND_PROCESSED", ENTITY, refund.getId())
				.field("status", RefundStatus.PENDING, refund.getStatus())
				.value("razorpayRefundId", razorpayRefundId)
				.value("amount", refund.getAmount()), refund, PaymentManagement.RAZORPAY);
			audit(AuditedChange.of("PAYMENT_REFUNDED", PaymentManagement.ENTITY, payment.getId())
				.field("status", before, payment.getStatus())
				.value("refundId", refund.getId())
				.value("refunded", refund.getAmount()), refund, PaymentManagement.RAZORPAY);
			if (payment.getStatus() == PaymentStatus.REFUNDED) {
				orders.markRefunded(refund.getOrderId(),
						Money.format(payment.getAmount()) + " back to the account it was paid from",
						PaymentManagement.RAZORPAY);
			}
			return EventOutcome.APPLIED;
		}).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	/**
	 * Razorpay reports a refund failed: the team is shown the payment, to return the
	 * money another way.
	 */
	public EventOutcome recordFailed(@Nullable String ourRefundId, String razorpayRefundId, @Nullable String why) {
		return find(ourRefundId, razorpayRefundId).map(refund -> {
			if (refund.getStatus() != RefundStatus.PENDING) {
				return EventOutcome.NO_CHANGE;
			}
			String reason = why == null ? "Razorpay gave no reason" : why;
			orders.addNote(refund.getOrderId(), "Refund of " + Money.format(refund.getAmount())
					+ " failed at Razorpay; " + "the Ayurlahi team will return the money.", PaymentManagement.RAZORPAY);
			Payment payment = payments.findForUpdate(refund.getPaymentId()).orElseThrow();
			refund.failed(razorpayRefundId, reason, now());
			payment.flagForReview("Refund " + razorpayRefundId + " of " + Money.format(refund.getAmount()) + " failed ("
					+ reason + "): the clinic is still owed it.", now());
			audit(AuditedChange.of("REFUND_FAILED", ENTITY, refund.getId())
				.field("status", RefundStatus.PENDING, refund.getStatus())
				.value("razorpayRefundId", razorpayRefundId)
				.value("reason", reason), refund, PaymentManagement.RAZORPAY);
			return EventOutcome.APPLIED;
		}).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	private Optional<Refund> find(@Nullable String ourRefundId, String razorpayRefundId) {
		if (ourRefundId != null) {
			try {
				Optional<Refund> ours = refunds.findForUpdate(UUID.fromString(ourRefundId));
				if (ours.isPresent()) {
					return ours;
				}
			}
			catch (IllegalArgumentException notOurs) {
				// someone else's notes: look it up by Razorpay's id
			}
		}
		return refunds.findByRazorpayRefundIdForUpdate(razorpayRefundId);
	}

	private BigDecimal processedTotal(Payment payment) {
		return refunds.findByPaymentIdOrderByCreatedAt(payment.getId())
			.stream()
			.filter(refund -> refund.getStatus() == RefundStatus.PROCESSED)
			.map(Refund::getAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** An order's refunds, oldest first, for whoever may see the order. */
	@Transactional(readOnly = true)
	public List<RefundView> forOrder(UUID orderId, AuthenticatedUser viewer) {
		orders.get(orderId, viewer);
		List<Refund> list = refunds.findByOrderIdOrderByCreatedAt(orderId);
		List<UUID> askedAgain = list.isEmpty() ? List.of()
				: refunds.replacedAmong(list.stream().map(Refund::getId).toList());
		return list.stream().map(refund -> RefundView.of(refund, askedAgain.contains(refund.getId()))).toList();
	}

	/** Every refund, newest first, for the team. */
	@Transactional(readOnly = true)
	public Page<RefundView> recent(Pageable pageable) {
		Page<Refund> page = refunds.recent(pageable);
		List<UUID> askedAgain = page.isEmpty() ? List.of()
				: refunds.replacedAmong(page.map(Refund::getId).getContent());
		return page.map(refund -> RefundView.of(refund, askedAgain.contains(refund.getId())));
	}

	private static void requireAdmin(AuthenticatedUser user) {
		if (user.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an admin retries refunds or asks for them again");
		}
	}

	private void audit(AuditedChange change, Refund refund, Actor actor) {
		events.publishEvent(change.value("orderId", refund.getOrderId()).by(actor));
	}

	/**
	 * "The whole order" reads "the whole order" inside a sentence; "2 × Ashwagandha
	 * Churna" stays as it is.
	 */
	private static String inSentence(String description) {
		return description.startsWith("The ") ? "t" + description.substring(1) : description;
	}

	private Instant now() {
		return clock.instant();
	}

	static NotFoundException notFound() {
		return new NotFoundException("There is no such refund.");
	}

	/**
	 * A refund as the portals show it; {@code askedAgain} when it failed and a new refund
	 * replaced it.
	 */
	public record RefundView(UUID id, UUID paymentId, UUID orderId, String orderNumber, String description,
			String reason, BigDecimal amount, RefundStatus status, @Nullable String razorpayRefundId,
			@Nullable String submitError, @Nullable String failureReason, Instant createdAt,
			@Nullable Instant processedAt, boolean askedAgain) {

		static RefundView of(Refund refund, boolean askedAgain) {
			return new RefundView(refund.getId(), refund.getPaymentId(), refund.getOrderId(), refund.getOrderNumber(),
					refund.getDescription(), refund.getReason(), refund.getAmount(), refund.getStatus(),
					refund.getRazorpayRefundId(), refund.getSubmitError(), refund.getFailureReason(),
					refund.getCreatedAt(), refund.getProcessedAt(), askedAgain);
		}

		/** Failed at Razorpay and not asked for again: the clinic is still owed it. */
		public boolean mayBeAskedAgain() {
			return status == RefundStatus.FAILED && !askedAgain;
		}

		/**
		 * Not yet with Razorpay because the last attempt failed: the team may retry it.
		 */
		public boolean retryable() {
			return status == RefundStatus.PENDING && razorpayRefundId == null && submitError != null;
		}
	}

}
