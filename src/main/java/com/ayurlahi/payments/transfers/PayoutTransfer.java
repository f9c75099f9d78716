package com.ayurlahi.payments.transfers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
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

import com.ayurlahi.common.Texts;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.payments.Payment;
import com.ayurlahi.payments.PayoutTransferStatus;
import com.ayurlahi.payments.gateway.GatewayRetry;
import com.ayurlahi.payments.gateway.GatewayRetrySettings;
import com.ayurlahi.payments.gateway.PaymentGatewayException;

/**
 * The manufacturer's payout of one captured payment, on its way to the manufacturer's
 * Razorpay linked account by a Route transfer: set up on hold after the capture, due for
 * release once the dispute window after the order's delivery has passed
 * ({@link #delivered}, {@link #releaseIfWindowClosed}) while no dispute about the order
 * holds it ({@link #holdFor}, {@link #lift}), reduced when refunds take part of it back.
 * Without a linked account it waits, and the team is shown that it does.
 */
@Entity
@Table(name = "payout_transfers")
class PayoutTransfer {

	/** What the audit log calls a payout transfer. */
	static final String ENTITY = "PayoutTransfer";

	private static final int MAX_ERROR = 500;

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

	@Column(name = "manufacturer_id", updatable = false)
	private UUID manufacturerId;

	@Column(name = "linked_account_id")
	private @Nullable String linkedAccountId;

	private BigDecimal amount;

	private BigDecimal reversed;

	@Enumerated(EnumType.STRING)
	private PayoutTransferStatus status;

	@Column(name = "razorpay_transfer_id")
	private @Nullable String razorpayTransferId;

	@Column(name = "release_due")
	private boolean releaseDue;

	@Column(name = "submit_error")
	private @Nullable String submitError;

	@Embedded
	private GatewayRetry retry = GatewayRetry.none();

	@Column(name = "delivered_at")
	private @Nullable Instant deliveredAt;

	@Column(name = "release_at")
	private @Nullable Instant releaseAt;

	@ElementCollection
	@CollectionTable(name = "payout_transfer_holds", joinColumns = @JoinColumn(name = "transfer_id"))
	@Column(name = "dispute_number")
	private Set<String> disputeHolds = new HashSet<>();

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	PayoutTransfer(Payment payment, UUID manufacturerId, @Nullable String linkedAccountId, BigDecimal payout,
			Instant now) {
		this.id = UUID.randomUUID();
		this.paymentId = payment.getId();
		this.orderId = payment.getOrderId();
		this.orderNumber = payment.getOrderNumber();
		this.manufacturerId = manufacturerId;
		this.linkedAccountId = blankToNull(linkedAccountId);
		this.amount = payout.setScale(2);
		this.reversed = BigDecimal.ZERO.setScale(2);
		this.status = amount.signum() == 0 ? PayoutTransferStatus.CANCELLED
				: this.linkedAccountId == null ? PayoutTransferStatus.AWAITING_ACCOUNT : PayoutTransferStatus.PENDING;
		this.createdAt = now;
		this.updatedAt = now;
	}

	protected PayoutTransfer() {
		// for JPA
		this.id = UUID.randomUUID();
		this.paymentId = id;
		this.orderId = id;
		this.orderNumber = "";
		this.manufacturerId = id;
		this.amount = BigDecimal.ZERO;
		this.reversed = BigDecimal.ZERO;
		this.status = PayoutTransferStatus.PENDING;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	/**
	 * The manufacturer now has a linked account: a transfer that waited for one can be
	 * set up.
	 */
	boolean linkTo(String accountId, Instant at) {
		if (status != PayoutTransferStatus.AWAITING_ACCOUNT) {
			return false;
		}
		linkedAccountId = accountId;
		status = PayoutTransferStatus.PENDING;
		updatedAt = at;
		return true;
	}

	/**
	 * Whether something is to be done at Razorpay: setting the transfer up, or lifting
	 * its hold.
	 */
	boolean hasGatewayWork() {
		return status == PayoutTransferStatus.PENDING || (status == PayoutTransferStatus.ON_HOLD && releaseDue);
	}

	/** Razorpay holds the transfer now. */
	void created(String transferId, Instant at) {
		razorpayTransferId = transferId;
		status = PayoutTransferStatus.ON_HOLD;
		submitError = null;
		retry = GatewayRetry.none();
		updatedAt = at;
	}

	/**
	 * The order was delivered {@code at}: the hold is to be lifted once {@code window}
	 * has passed. Only the first delivery counts, and a payout already released or ended
	 * takes none.
	 */
	boolean delivered(Instant at, Duration window, Instant now) {
		if (deliveredAt != null || isSettled()) {
			return false;
		}
		deliveredAt = at;
		releaseAt = at.plus(window);
		updatedAt = now;
		return true;
	}

	/**
	 * The release becomes due when the order's dispute window has closed by {@code now}
	 * and no dispute holds the payout; whether it just did.
	 */
	boolean releaseIfWindowClosed(Instant now) {
		if (releaseDue || isSettled() || !disputeHolds.isEmpty() || releaseAt == null || releaseAt.isAfter(now)) {
			return false;
		}
		releaseDue = true;
		updatedAt = now;
		return true;
	}

	/**
	 * The dispute {@code disputeNumber} about the order is open: the payout is not
	 * released while it is, even if its release was already due (and not yet made at
	 * Razorpay). A payout already released, or ended, can't be held. Whether the hold is
	 * new.
	 */
	boolean holdFor(String disputeNumber, Instant now) {
		if (isSettled() || !disputeHolds.add(disputeNumber)) {
			return false;
		}
		releaseDue = false;
		updatedAt = now;
		return true;
	}

	/**
	 * The dispute {@code disputeNumber} ended: it holds the payout no longer. Whether it
	 * did hold it.
	 */
	boolean lift(String disputeNumber, Instant now) {
		if (!disputeHolds.remove(disputeNumber)) {
			return false;
		}
		updatedAt = now;
		return true;
	}

	/** Released, reversed or cancelled: nothing is held any more. */
	private boolean isSettled() {
		return status == PayoutTransferStatus.RELEASED || status == PayoutTransferStatus.REVERSED
				|| status == PayoutTransferStatus.CANCELLED;
	}

	void released(Instant at) {
		status = PayoutTransferStatus.RELEASED;
		submitError = null;
		retry = GatewayRetry.none();
		updatedAt = at;
	}

	/**
	 * Razorpay could not be asked, refused, or reports the transfer failed: the error is
	 * shown to the team. Returns the change for the audit log.
	 */
	AuditedChange submissionFailed(String error, Instant at) {
		return failed(error, retry.refused(at), at);
	}

	/**
	 * A Razorpay call failed: made again by itself later when Razorpay was out of reach
	 * ({@link GatewayRetry}), otherwise when the team asks. Returns the change for the
	 * audit log.
	 */
	AuditedChange submissionFailed(PaymentGatewayException failure, Instant at, GatewayRetrySettings settings) {
		return failed(failure.getMessage(), retry.failed(failure, at, settings), at);
	}

	private AuditedChange failed(@Nullable String error, GatewayRetry next, Instant at) {
		submitError = Texts.shortened(error == null ? "Razorpay gave no reason" : error, MAX_ERROR);
		retry = next;
		updatedAt = at;
		AuditedChange change = AuditedChange.of("PAYOUT_TRANSFER_FAILED", ENTITY, id)
			.value("status", status)
			.value("error", submitError)
			.value("attempts", retry.attempts());
		return retry.isScheduled() ? change.value("nextAttemptAt", retry.nextAttemptAt()) : change;
	}

	/**
	 * Whether the transfer exists at Razorpay, so a refund must take money back from it
	 * there.
	 */
	boolean isAtGateway() {
		return razorpayTransferId != null
				&& (status == PayoutTransferStatus.ON_HOLD || status == PayoutTransferStatus.RELEASED);
	}

	/**
	 * A refund took {@code payout} of the payout back: from the transfer at Razorpay
	 * (reversed), or from what is still to be sent. Nothing left ends the transfer.
	 */
	void reduceBy(BigDecimal payout, Instant at) {
		BigDecimal taken = payout.max(BigDecimal.ZERO).min(amount);
		amount = amount.subtract(taken);
		if (razorpayTransferId != null) {
			reversed = reversed.add(taken);
		}
		if (amount.signum() == 0) {
			status = razorpayTransferId != null ? PayoutTransferStatus.REVERSED : PayoutTransferStatus.CANCELLED;
		}
		updatedAt = at;
	}

	/** {@code change} made to this transfer by {@code actor}, for the audit log. */
	AuditedChange audited(AuditedChange change, Actor actor) {
		return change.value("orderId", orderId).by(actor);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
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

	public UUID getManufacturerId() {
		return manufacturerId;
	}

	public @Nullable String getLinkedAccountId() {
		return linkedAccountId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public long getAmountPaise() {
		return Payment.paise(amount);
	}

	public BigDecimal getReversed() {
		return reversed;
	}

	public PayoutTransferStatus getStatus() {
		return status;
	}

	public @Nullable String getRazorpayTransferId() {
		return razorpayTransferId;
	}

	public boolean isReleaseDue() {
		return releaseDue;
	}

	public @Nullable String getSubmitError() {
		return submitError;
	}

	GatewayRetry getRetry() {
		return retry;
	}

	public @Nullable Instant getDeliveredAt() {
		return deliveredAt;
	}

	public @Nullable Instant getReleaseAt() {
		return releaseAt;
	}

	/** The open disputes that hold the payout, in order of their numbers. */
	public Set<String> getDisputeHolds() {
		return Collections.unmodifiableSet(new TreeSet<>(disputeHolds));
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
