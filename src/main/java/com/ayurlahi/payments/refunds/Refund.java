package com.ayurlahi.payments.refunds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.Texts;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.payments.Payment;
import com.ayurlahi.payments.RefundedLine;
import com.ayurlahi.payments.Settlement;
import com.ayurlahi.payments.gateway.GatewayRetry;
import com.ayurlahi.payments.gateway.GatewayRetrySettings;
import com.ayurlahi.payments.gateway.PaymentGatewayException;

/**
 * Money going back to the clinic for a cancelled order or item, or for the lines of a
 * claim about delivered goods, with the share of the settlement it takes back (fixed when
 * it is asked for), or for money captured for an order that no longer waited for it
 * (never settled). It is handed to Razorpay after the cancellation commits, and ends when
 * Razorpay reports it processed or failed; only then, and once, does it add the ledger's
 * reversal rows.
 */
@Entity
@Table(name = "refunds")
class Refund {

	/** What the audit log calls a refund. */
	static final String ENTITY = "Refund";

	private static final int MAX_TEXT = 500;

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@Column(name = "payment_id", updatable = false)
	private UUID paymentId;

	@Column(name = "order_id", updatable = false)
	private UUID orderId;

	@Column(name = "order_number", updatable = false)
	private String orderNumber;

	@Column(name = "order_item_id", updatable = false)
	private @Nullable UUID orderItemId;

	@Column(updatable = false)
	private @Nullable UUID replaces;

	/** The claim (dispute) this refund settles. */
	@Column(updatable = false)
	private @Nullable String claim;

	/** What a claim's refund gives back, line by line; none for a cancellation. */
	@ElementCollection
	@CollectionTable(name = "refund_lines", joinColumns = @JoinColumn(name = "refund_id"))
	private List<RefundedLine> lines = new ArrayList<>();

	@Column(updatable = false)
	private String description;

	@Column(updatable = false)
	private String reason;

	@Column(updatable = false)
	private BigDecimal amount;

	@Column(updatable = false)
	private BigDecimal commission;

	@Column(name = "commission_gst", updatable = false)
	private BigDecimal commissionGst;

	@Column(updatable = false)
	private BigDecimal tcs;

	@Column(updatable = false)
	private BigDecimal payout;

	@Column(name = "full_refund", updatable = false)
	private boolean fullRefund;

	@Column(name = "from_settlement", updatable = false)
	private boolean fromSettlement;

	@Enumerated(EnumType.STRING)
	private RefundStatus status;

	@Column(name = "razorpay_refund_id")
	private @Nullable String razorpayRefundId;

	@Column(name = "transfer_reversed")
	private boolean transferReversed;

	@Column(name = "submit_error")
	private @Nullable String submitError;

	@Embedded
	private GatewayRetry retry = GatewayRetry.none();

	@Column(name = "failure_reason")
	private @Nullable String failureReason;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "processed_at")
	private @Nullable Instant processedAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	Refund(Payment payment, @Nullable UUID orderItemId, String description, String reason, Settlement.Share share,
			boolean fullRefund, Instant now) {
		this.id = UUID.randomUUID();
		this.paymentId = payment.getId();
		this.orderId = payment.getOrderId();
		this.orderNumber = payment.getOrderNumber();
		this.orderItemId = orderItemId;
		this.description = description;
		this.reason = reason;
		this.amount = share.amount();
		this.commission = share.commission();
		this.commissionGst = share.commissionGst();
		this.tcs = share.tcs();
		this.payout = share.payout();
		this.fullRefund = fullRefund;
		this.fromSettlement = true;
		this.status = RefundStatus.PENDING;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * All of a payment that was never settled (captured for an order that no longer
	 * waited for it).
	 */
	static Refund unsettled(Payment payment, String reason, Instant now) {
		Refund refund = new Refund(payment, null, "The whole payment", reason,
				new Settlement.Share(payment.getAmount(), zero(), zero(), zero(), zero()), true, now);
		refund.fromSettlement = false;
		return refund;
	}

	/**
	 * Money going back for the lines of a claim about delivered goods, with the share of
	 * the settlement they take back.
	 */
	static Refund forClaim(Payment payment, String claim, String description, String reason, Settlement.Share share,
			boolean fullRefund, List<RefundedLine> lines, Instant now) {
		Refund refund = new Refund(payment, null, description, reason, share, fullRefund, now);
		refund.claim = claim;
		refund.lines = new ArrayList<>(lines);
		return refund;
	}

	/** The same refund asked of Razorpay again, after this one failed. */
	Refund again(String why, Instant now) {
		if (status != RefundStatus.FAILED) {
			throw new IllegalStateException("Only a failed refund is asked for again; refund " + id + " is " + status);
		}
		Refund again = new Refund();
		again.id = UUID.randomUUID();
		again.paymentId = paymentId;
		again.orderId = orderId;
		again.orderNumber = orderNumber;
		again.orderItemId = orderItemId;
		again.replaces = id;
		again.claim = claim;
		again.lines = new ArrayList<>(lines);
		again.description = description;
		again.reason = why;
		again.amount = amount;
		again.commission = commission;
		again.commissionGst = commissionGst;
		again.tcs = tcs;
		again.payout = payout;
		again.fullRefund = fullRefund;
		again.fromSettlement = fromSettlement;
		// its share of the payout was taken back when this one was handed over
		again.transferReversed = true;
		again.status = RefundStatus.PENDING;
		again.createdAt = now;
		again.updatedAt = now;
		return again;
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

	protected Refund() {
		// for JPA
		this.id = UUID.randomUUID();
		this.paymentId = id;
		this.orderId = id;
		this.orderNumber = "";
		this.description = "";
		this.reason = "";
		this.amount = BigDecimal.ZERO;
		this.commission = BigDecimal.ZERO;
		this.commissionGst = BigDecimal.ZERO;
		this.tcs = BigDecimal.ZERO;
		this.payout = BigDecimal.ZERO;
		this.status = RefundStatus.PENDING;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	/** Whether it still has to be handed to Razorpay. */
	boolean awaitsSubmission() {
		return status == RefundStatus.PENDING && razorpayRefundId == null;
	}

	/** Razorpay took the refund: from now on only its webhooks move it. */
	void submitted(String refundId, Instant at) {
		razorpayRefundId = refundId;
		submitError = null;
		retry = GatewayRetry.none();
		updatedAt = at;
	}

	/**
	 * Razorpay could not be asked, or refused: the refund waits to be handed over again,
	 * by itself later when Razorpay was out of reach ({@link GatewayRetry}), otherwise
	 * when the team asks.
	 */
	void submissionFailed(PaymentGatewayException failure, Instant at, GatewayRetrySettings settings) {
		submitError = Texts.shortened(failure.getMessage(), MAX_TEXT);
		retry = retry.failed(failure, at, settings);
		updatedAt = at;
	}

	void transferReversed(Instant at) {
		transferReversed = true;
		updatedAt = at;
	}

	/** Razorpay reports the money back with the clinic. */
	void processed(String refundId, Instant at) {
		requirePending();
		status = RefundStatus.PROCESSED;
		razorpayRefundId = refundId;
		submitError = null;
		retry = GatewayRetry.none();
		processedAt = at;
		updatedAt = at;
	}

	/** Razorpay reports the refund failed. */
	void failed(String refundId, String why, Instant at) {
		requirePending();
		status = RefundStatus.FAILED;
		razorpayRefundId = refundId;
		failureReason = Texts.shortened(why, MAX_TEXT);
		updatedAt = at;
	}

	private void requirePending() {
		if (status != RefundStatus.PENDING) {
			throw new IllegalStateException("Refund " + id + " has ended already: " + status);
		}
	}

	/**
	 * What the refund is for, inside a sentence: "The whole order" reads "the whole
	 * order"; "2 × Ashwagandha Churna" stays as it is.
	 */
	String describedInSentence() {
		return description.startsWith("The ") ? "t" + description.substring(1) : description;
	}

	/** {@code change} made to this refund by {@code actor}, for the audit log. */
	AuditedChange audited(AuditedChange change, Actor actor) {
		return change.value("orderId", orderId).by(actor);
	}

	static NotFoundException notFound() {
		return new NotFoundException("There is no such refund.");
	}

	/** The share of the settlement this refund takes back. */
	Settlement.Share share() {
		return new Settlement.Share(amount, commission, commissionGst, tcs, payout);
	}

	public UUID getId() {
		return id;
	}

	/**
	 * The optimistic lock's version, {@code null} until the entity is first persisted.
	 * Spring Data reads it to tell a new entity from a stored one; without a (public)
	 * getter it throws and catches an exception on every save before reading the field.
	 */
	public @Nullable Long getVersion() {
		return version;
	}

	public UUID getPaymentId() {
		return paymentId;
	}

	public UUID getOrderId() {
		return orderId;
	}

	public String getOrderNumber() {
		return orderNumber;
	}

	public @Nullable UUID getOrderItemId() {
		return orderItemId;
	}

	public @Nullable UUID getReplaces() {
		return replaces;
	}

	public @Nullable String getClaim() {
		return claim;
	}

	public List<RefundedLine> getLines() {
		return List.copyOf(lines);
	}

	public String getDescription() {
		return description;
	}

	public String getReason() {
		return reason;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public long getAmountPaise() {
		return Payment.paise(amount);
	}

	public BigDecimal getPayout() {
		return payout;
	}

	public boolean isFullRefund() {
		return fullRefund;
	}

	/**
	 * Whether it takes back a share of the payment's settlement (and adds the ledger's
	 * reversal rows).
	 */
	public boolean isFromSettlement() {
		return fromSettlement;
	}

	public RefundStatus getStatus() {
		return status;
	}

	public @Nullable String getRazorpayRefundId() {
		return razorpayRefundId;
	}

	public boolean isTransferReversed() {
		return transferReversed;
	}

	public @Nullable String getSubmitError() {
		return submitError;
	}

	GatewayRetry getRetry() {
		return retry;
	}

	public @Nullable String getFailureReason() {
		return failureReason;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getProcessedAt() {
		return processedAt;
	}

}
