package com.ayurlahi.payments.links;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.Texts;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.payments.PaymentLinkIssued;
import com.ayurlahi.payments.PaymentLinkStatus;
import com.ayurlahi.payments.PaymentLinkView;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPaymentLink;

/**
 * A Razorpay payment link for one order, for the order's total when it was asked for. It
 * is owed from the moment it is asked for, made at Razorpay afterwards, and only moves
 * forward: once paid, expired or cancelled, a late report of an earlier state changes
 * nothing. While it is owed or payable and not being cancelled it is the order's live
 * link (at most one per order). Each change registers {@link PaymentLinkChanged} (audited
 * in the change's transaction), and making a payable link registers
 * {@link PaymentLinkIssued} for the WhatsApp module.
 */
@Entity
@Table(name = "payment_links")
class PaymentLink extends AbstractAggregateRoot<PaymentLink> {

	/** What the audit log calls a payment link. */
	static final String ENTITY = "PaymentLink";

	private static final int MAX_TEXT = 500;

	private static final int MAX_REASON = 300;

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@Column(name = "order_id", updatable = false)
	private UUID orderId;

	@Column(name = "order_number", updatable = false)
	private String orderNumber;

	@Column(name = "clinic_user_id", updatable = false)
	private UUID clinicUserId;

	@Column(name = "reference_id", updatable = false)
	private String referenceId;

	@Column(updatable = false)
	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private PaymentLinkStatus status;

	@Column(name = "live_order_id")
	private @Nullable UUID liveOrderId;

	@Column(name = "payable_until", updatable = false)
	private Instant payableUntil;

	@Column(name = "attempted_at")
	private @Nullable Instant attemptedAt;

	@Column(name = "razorpay_link_id")
	private @Nullable String razorpayLinkId;

	private @Nullable String url;

	@Column(name = "expires_at")
	private @Nullable Instant expiresAt;

	@Column(name = "razorpay_order_id")
	private @Nullable String razorpayOrderId;

	@Column(name = "razorpay_payment_id")
	private @Nullable String razorpayPaymentId;

	@Column(name = "cancel_due")
	private boolean cancelDue;

	@Column(name = "cancel_reason")
	private @Nullable String cancelReason;

	@Column(name = "gateway_error")
	private @Nullable String gatewayError;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	private PaymentLink(UUID orderId, String orderNumber, UUID clinicUserId, String referenceId, BigDecimal amount,
			Instant payableUntil, Instant now) {
		this.id = UUID.randomUUID();
		this.orderId = orderId;
		this.orderNumber = orderNumber;
		this.clinicUserId = clinicUserId;
		this.referenceId = referenceId;
		this.amount = amount.setScale(2);
		this.status = PaymentLinkStatus.REQUESTED;
		this.liveOrderId = orderId;
		this.payableUntil = payableUntil;
		this.createdAt = now;
		this.updatedAt = now;
	}

	protected PaymentLink() {
		// for JPA
		this.id = UUID.randomUUID();
		this.orderId = id;
		this.orderNumber = "";
		this.clinicUserId = id;
		this.referenceId = "";
		this.amount = BigDecimal.ZERO;
		this.status = PaymentLinkStatus.REQUESTED;
		this.payableUntil = Instant.EPOCH;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	/**
	 * A link owed for an order that waits for its payment of {@code amount}, payable
	 * until {@code payableUntil} (when the order stops waiting).
	 */
	static PaymentLink requested(UUID orderId, String orderNumber, UUID clinicUserId, String referenceId,
			BigDecimal amount, Instant payableUntil, Instant now) {
		PaymentLink link = new PaymentLink(orderId, orderNumber, clinicUserId, referenceId, amount, payableUntil, now);
		link.changed("REQUESTED", null, Actor.system(), "Amount " + link.amount.toPlainString(), now);
		return link;
	}

	/**
	 * The background worker sets out to make the link at Razorpay; from now on a
	 * cancellation has to ask Razorpay whether it exists.
	 */
	void attempting(Instant now) {
		if (attemptedAt == null) {
			attemptedAt = now;
			updatedAt = now;
		}
	}

	/**
	 * Razorpay made the link (or had it already, found by its reference). An owed link
	 * becomes payable and says so with {@link PaymentLinkIssued}, unless the order
	 * stopped waiting for it meanwhile.
	 * @return whether the link at Razorpay is to be cancelled now: the order no longer
	 * waits for it, or this link was given up on while Razorpay was making it
	 */
	boolean issued(GatewayPaymentLink made, Instant now) {
		if (status != PaymentLinkStatus.REQUESTED) {
			if (razorpayLinkId != null) {
				return false;
			}
			record(made, now);
			return status == PaymentLinkStatus.CANCELLED || status == PaymentLinkStatus.FAILED;
		}
		PaymentLinkStatus before = status;
		record(made, now);
		status = PaymentLinkStatus.ISSUED;
		gatewayError = null;
		changed("ISSUED", before, PaymentManagement.RAZORPAY, made.id(), now);
		if (!cancelDue) {
			registerEvent(new PaymentLinkIssued(orderId, orderNumber, clinicUserId, made.shortUrl(), amount,
					made.expireBy(), now));
		}
		return cancelDue;
	}

	private void record(GatewayPaymentLink made, Instant now) {
		razorpayLinkId = made.id();
		url = Texts.shortened(made.shortUrl(), MAX_REASON);
		expiresAt = made.expireBy();
		updatedAt = now;
	}

	/**
	 * Razorpay could not be asked for the link, or refused it: nothing is owed any more
	 * (asking again makes a new link), or, if the order stopped waiting meanwhile, the
	 * link is simply cancelled.
	 */
	void creationFailed(String error, Instant now) {
		if (status != PaymentLinkStatus.REQUESTED) {
			return;
		}
		gatewayError = Texts.shortened(error, MAX_TEXT);
		end(cancelDue ? PaymentLinkStatus.CANCELLED : PaymentLinkStatus.FAILED, cancelDue ? "CANCELLED" : "FAILED",
				PaymentManagement.RAZORPAY, gatewayError, now);
	}

	/**
	 * The order no longer waits for this link (cancelled, swept, paid otherwise,
	 * changed). A link nobody set out to make yet is cancelled at once; one that may
	 * exist at Razorpay becomes due for cancelling there.
	 * @return whether a call to Razorpay is due
	 */
	boolean cancel(String reason, Instant now) {
		if ((status != PaymentLinkStatus.REQUESTED && status != PaymentLinkStatus.ISSUED) || cancelDue) {
			return false;
		}
		cancelReason = Texts.shortened(reason, MAX_REASON);
		liveOrderId = null;
		if (status == PaymentLinkStatus.REQUESTED && attemptedAt == null) {
			end(PaymentLinkStatus.CANCELLED, "CANCELLED", Actor.system(), cancelReason, now);
			return false;
		}
		cancelDue = true;
		updatedAt = now;
		changed("CANCEL_REQUESTED", status, Actor.system(), cancelReason, now);
		return true;
	}

	/** Razorpay cancelled the link (our call, or its {@code payment_link.cancelled}). */
	boolean cancelled(Instant now) {
		if (status != PaymentLinkStatus.ISSUED && status != PaymentLinkStatus.REQUESTED) {
			cancelDue = false;
			return false;
		}
		end(PaymentLinkStatus.CANCELLED, "CANCELLED", PaymentManagement.RAZORPAY, cancelReason, now);
		return true;
	}

	/**
	 * Razorpay has no link with this reference, though we set out to make one: nothing to
	 * cancel there.
	 */
	void withdrawn(Instant now) {
		if (status == PaymentLinkStatus.REQUESTED) {
			end(PaymentLinkStatus.CANCELLED, "CANCELLED", Actor.system(), cancelReason, now);
		}
	}

	/**
	 * Razorpay did not cancel the link (it was paid or expired meanwhile, or could not be
	 * reached). Nothing else changes: a paid link's money arrives by its webhooks (and is
	 * refunded if the order no longer waits for it), and the link expires with the
	 * order's payment timeout anyway.
	 */
	void cancelFailed(String error, Instant now) {
		gatewayError = Texts.shortened(error, MAX_TEXT);
		updatedAt = now;
		changed("CANCEL_FAILED", status, PaymentManagement.RAZORPAY, gatewayError, now);
	}

	/**
	 * Razorpay reports the link paid, by the payment {@code razorpayPaymentId} of its
	 * Razorpay order {@code razorpayOrderId}.
	 * @return false, changing nothing, when it was known paid already
	 * @throws ConflictException when it was paid on another Razorpay order: a person must
	 * look
	 */
	boolean paid(@Nullable String paymentLinkId, String paidOrderId, String paymentId, Instant now) {
		if (status == PaymentLinkStatus.PAID) {
			if (!paidOrderId.equals(razorpayOrderId)) {
				throw new ConflictException("Payment link " + referenceId + " was paid on Razorpay order "
						+ razorpayOrderId + "; Razorpay now reports order " + paidOrderId + ".");
			}
			return false;
		}
		if (paymentLinkId != null && razorpayLinkId == null) {
			razorpayLinkId = paymentLinkId;
		}
		razorpayOrderId = paidOrderId;
		razorpayPaymentId = paymentId;
		end(PaymentLinkStatus.PAID, "PAID", PaymentManagement.RAZORPAY, paymentId, now);
		return true;
	}

	/**
	 * An attempt to pay the link failed; the link stays payable (Razorpay takes another
	 * attempt until it is paid or expires).
	 * @return whether the link is payable, so that the attempt counts
	 */
	boolean attemptFailed(String paidOrderId, String paymentId, @Nullable String error, Instant now) {
		if (status != PaymentLinkStatus.ISSUED) {
			return false;
		}
		if (razorpayOrderId == null) {
			razorpayOrderId = paidOrderId;
		}
		updatedAt = now;
		changed("ATTEMPT_FAILED", status, PaymentManagement.RAZORPAY,
				paymentId + (error == null ? "" : ": " + Texts.shortened(error, MAX_REASON)), now);
		return true;
	}

	/** Razorpay let the link expire unpaid. */
	boolean expired(Instant now) {
		if (status != PaymentLinkStatus.ISSUED && status != PaymentLinkStatus.REQUESTED) {
			return false;
		}
		end(PaymentLinkStatus.EXPIRED, "EXPIRED", PaymentManagement.RAZORPAY, null, now);
		return true;
	}

	/** Whether the clinic can pay it at {@code now}. */
	boolean isPayableAt(Instant now) {
		return status == PaymentLinkStatus.ISSUED && !cancelDue && expiresAt != null && now.isBefore(expiresAt);
	}

	PaymentLinkView view() {
		return new PaymentLinkView(id, orderId, orderNumber, url == null ? "" : url, amount,
				expiresAt == null ? payableUntil : expiresAt, status);
	}

	private void end(PaymentLinkStatus to, String action, Actor actor, @Nullable String note, Instant now) {
		PaymentLinkStatus before = status;
		status = to;
		liveOrderId = null;
		cancelDue = false;
		updatedAt = now;
		changed(action, before, actor, note, now);
	}

	private void changed(String action, @Nullable PaymentLinkStatus from, Actor actor, @Nullable String note,
			Instant now) {
		registerEvent(new PaymentLinkChanged(id, orderId, referenceId, action, from, status, razorpayLinkId, actor,
				note, now));
	}

	UUID getId() {
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

	UUID getOrderId() {
		return orderId;
	}

	UUID getClinicUserId() {
		return clinicUserId;
	}

	String getOrderNumber() {
		return orderNumber;
	}

	String getReferenceId() {
		return referenceId;
	}

	BigDecimal getAmount() {
		return amount;
	}

	PaymentLinkStatus getStatus() {
		return status;
	}

	Instant getPayableUntil() {
		return payableUntil;
	}

	@Nullable String getRazorpayLinkId() {
		return razorpayLinkId;
	}

	boolean isCancelDue() {
		return cancelDue;
	}

}
