package com.ayurlahi.subscriptions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.Texts;
import com.ayurlahi.subscriptions.SubscriptionCharge;

/**
 * A refund of a subscription charge: asked for by an admin, handed to Razorpay after
 * commit, ended by Razorpay's {@code refund.processed} or {@code refund.failed}; or made
 * in Razorpay's dashboard and recorded when it was processed.
 */
@Entity
@Table(name = "subscription_refunds")
public class SubscriptionRefund {

	/** What the audit log calls a refund of a subscription charge. */
	public static final String ENTITY = "SubscriptionRefund";

	/** Where a refund stands. */
	public enum Status {

		REQUESTED, SUBMITTED, PROCESSED, FAILED;

		/** Whether it still counts against what is left to refund of its charge. */
		public boolean holdsAmount() {
			return this != FAILED;
		}

	}

	@Id
	private UUID id;

	@Column(name = "charge_id", updatable = false)
	private UUID chargeId;

	@Column(name = "clinic_id", updatable = false)
	private UUID clinicId;

	@Column(updatable = false)
	private BigDecimal amount;

	@Column(updatable = false)
	private String reason;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "gateway_refund_id")
	private @Nullable String gatewayRefundId;

	private @Nullable String error;

	@Column(name = "requested_by", updatable = false)
	private @Nullable UUID requestedBy;

	@Column(name = "requested_at", updatable = false)
	private Instant requestedAt;

	@Column(name = "ended_at")
	private @Nullable Instant endedAt;

	SubscriptionRefund(SubscriptionCharge charge, BigDecimal amount, String reason, @Nullable UUID requestedBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.chargeId = charge.getId();
		this.clinicId = charge.getClinicId();
		this.amount = amount.setScale(2);
		this.reason = reason;
		this.status = Status.REQUESTED;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
	}

	protected SubscriptionRefund() {
		// for JPA
		this.id = UUID.randomUUID();
		this.chargeId = id;
		this.clinicId = id;
		this.amount = BigDecimal.ZERO;
		this.reason = "";
		this.status = Status.REQUESTED;
		this.requestedAt = Instant.EPOCH;
	}

	/** Razorpay took the request as {@code gatewayRefundId}. */
	void submitted(String refundId) {
		if (gatewayRefundId == null) {
			gatewayRefundId = refundId;
		}
		if (status == Status.REQUESTED) {
			status = Status.SUBMITTED;
		}
	}

	/** Razorpay processed it: the money went back. */
	void processed(String refundId, Instant now) {
		gatewayRefundId = refundId;
		status = Status.PROCESSED;
		error = null;
		endedAt = now;
	}

	/** Razorpay could not be asked, or failed it. */
	void failed(@Nullable String refundId, String why, Instant now) {
		if (refundId != null) {
			gatewayRefundId = refundId;
		}
		status = Status.FAILED;
		error = Texts.shortened(why, 500);
		endedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getChargeId() {
		return chargeId;
	}

	public UUID getClinicId() {
		return clinicId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getReason() {
		return reason;
	}

	public Status getStatus() {
		return status;
	}

	public @Nullable String getGatewayRefundId() {
		return gatewayRefundId;
	}

	public @Nullable String getError() {
		return error;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public @Nullable Instant getEndedAt() {
		return endedAt;
	}

}
