package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;

/**
 * Money a subscription took at Razorpay: the upfront amount on authorisation (an
 * upgrade's prorated rest of the cycle) or a cycle's renewal, recorded once per Razorpay
 * payment. The platform's tax invoice is issued for each; a refund of one gets the
 * platform's credit note.
 */
@Entity
@Table(name = "subscription_charges")
public class SubscriptionCharge {

	/** What the audit log calls a charge. */
	public static final String ENTITY = "SubscriptionCharge";

	/** Why the money was taken. */
	public enum Kind {

		/** On authorisation: the prorated rest of the cycle of an upgrade. */
		UPFRONT,
		/** A cycle of the plan. */
		RENEWAL

	}

	@Id
	private UUID id;

	@Column(name = "subscription_id", updatable = false)
	private UUID subscriptionId;

	@Column(name = "clinic_id", updatable = false)
	private UUID clinicId;

	@Column(name = "plan_id", updatable = false)
	private UUID planId;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	@Column(updatable = false)
	private Kind kind;

	@Column(name = "gateway_payment_id", updatable = false)
	private String gatewayPaymentId;

	@Column(name = "gateway_invoice_id", updatable = false)
	private @Nullable String gatewayInvoiceId;

	@Column(updatable = false)
	private BigDecimal amount;

	@Column(name = "taxable_value", updatable = false)
	private BigDecimal taxableValue;

	@Column(name = "period_start", updatable = false)
	private @Nullable Instant periodStart;

	@Column(name = "period_end", updatable = false)
	private @Nullable Instant periodEnd;

	@Column(name = "payment_method", updatable = false)
	private @Nullable String paymentMethod;

	@Column(name = "charged_at", updatable = false)
	private Instant chargedAt;

	@Column(name = "refunded_amount")
	private BigDecimal refundedAmount;

	@Column(name = "recorded_at", updatable = false)
	private Instant recordedAt;

	public SubscriptionCharge(Subscription subscription, Kind kind, String gatewayPaymentId,
			@Nullable String gatewayInvoiceId, BigDecimal amount, BigDecimal taxableValue,
			@Nullable Instant periodStart, @Nullable Instant periodEnd, @Nullable String paymentMethod,
			Instant chargedAt, Instant now) {
		this.id = UUID.randomUUID();
		this.subscriptionId = subscription.getId();
		this.clinicId = subscription.getClinicId();
		this.planId = subscription.getPlanId();
		this.kind = kind;
		this.gatewayPaymentId = gatewayPaymentId;
		this.gatewayInvoiceId = gatewayInvoiceId;
		this.amount = amount.setScale(2);
		this.taxableValue = taxableValue.setScale(2);
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.paymentMethod = paymentMethod;
		this.chargedAt = chargedAt;
		this.refundedAmount = BigDecimal.ZERO.setScale(2);
		this.recordedAt = now;
	}

	protected SubscriptionCharge() {
		// for JPA
		this.id = UUID.randomUUID();
		this.subscriptionId = id;
		this.clinicId = id;
		this.planId = id;
		this.kind = Kind.RENEWAL;
		this.gatewayPaymentId = "";
		this.amount = BigDecimal.ZERO;
		this.taxableValue = BigDecimal.ZERO;
		this.chargedAt = Instant.EPOCH;
		this.refundedAmount = BigDecimal.ZERO;
		this.recordedAt = Instant.EPOCH;
	}

	/** {@code refund} of it was processed: never more than was charged. */
	public void refunded(BigDecimal refund) {
		BigDecimal after = refundedAmount.add(refund);
		if (refund.signum() <= 0 || after.compareTo(amount) > 0) {
			throw new ConflictException(
					"A refund of " + refund.toPlainString() + " does not fit charge " + gatewayPaymentId + " ("
							+ amount.toPlainString() + ", refunded " + refundedAmount.toPlainString() + ").");
		}
		refundedAmount = after.setScale(2);
	}

	public UUID getId() {
		return id;
	}

	public UUID getSubscriptionId() {
		return subscriptionId;
	}

	public UUID getClinicId() {
		return clinicId;
	}

	public UUID getPlanId() {
		return planId;
	}

	public Kind getKind() {
		return kind;
	}

	public String getGatewayPaymentId() {
		return gatewayPaymentId;
	}

	public @Nullable String getGatewayInvoiceId() {
		return gatewayInvoiceId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public BigDecimal getTaxableValue() {
		return taxableValue;
	}

	public @Nullable Instant getPeriodStart() {
		return periodStart;
	}

	public @Nullable Instant getPeriodEnd() {
		return periodEnd;
	}

	public @Nullable String getPaymentMethod() {
		return paymentMethod;
	}

	public Instant getChargedAt() {
		return chargedAt;
	}

	public BigDecimal getRefundedAmount() {
		return refundedAmount;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
