package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import com.ayurlahi.common.Texts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * A document we owe: the tax invoice of a paid order, the credit note of a refund, a
 * month's commission invoice, the platform's tax invoice of a clinic's subscription
 * charge and the credit note of a refund of one. Requested once per fact (its key is
 * unique), issued once; a failed attempt is counted with its error for the team to see,
 * and tried again by the next run of the invoice-generation job.
 */
@Entity
@Table(name = "invoice_requests")
class OwedDocument implements Persistable<UUID> {

	private static final int MAX_ERROR = 500;

	@Id
	private UUID id;

	@Column(name = "request_key", updatable = false)
	private String requestKey;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private InvoiceKind kind;

	@Column(name = "manufacturer_id", updatable = false)
	private @Nullable UUID manufacturerId;

	@Column(name = "clinic_id", updatable = false)
	private @Nullable UUID clinicId;

	@Column(name = "subscription_charge_id", updatable = false)
	private @Nullable UUID subscriptionChargeId;

	@Column(name = "order_id", updatable = false)
	private @Nullable UUID orderId;

	@Column(name = "payment_id", updatable = false)
	private @Nullable UUID paymentId;

	@Column(name = "refund_id", updatable = false)
	private @Nullable UUID refundId;

	@Column(name = "order_item_id", updatable = false)
	private @Nullable UUID orderItemId;

	@Column(name = "period_start", updatable = false)
	private @Nullable LocalDate periodStart;

	@Column(updatable = false)
	private @Nullable BigDecimal amount;

	@Column(name = "money_moved_at", updatable = false)
	private @Nullable Instant moneyMovedAt;

	@Column(name = "requested_at", updatable = false)
	private Instant requestedAt;

	@Column(name = "issued_at")
	private @Nullable Instant issuedAt;

	private int attempts;

	@Column(name = "last_error")
	private @Nullable String lastError;

	@Column(name = "last_attempt_at")
	private @Nullable Instant lastAttemptAt;

	/**
	 * Recorded now and not yet saved: saving it inserts it without first looking for its
	 * id ({@link Persistable}; the id is ours, so the repository could not tell).
	 */
	@Transient
	private boolean fresh;

	protected OwedDocument() {
	}

	private OwedDocument(String requestKey, InvoiceKind kind, @Nullable UUID manufacturerId, Instant requestedAt) {
		this.id = UUID.randomUUID();
		this.fresh = true;
		this.requestKey = requestKey;
		this.kind = kind;
		this.manufacturerId = manufacturerId;
		this.requestedAt = requestedAt;
	}

	static String taxInvoiceKey(UUID orderId) {
		return InvoiceKind.TAX_INVOICE + ":" + orderId;
	}

	static String creditNoteKey(UUID refundId) {
		return InvoiceKind.CREDIT_NOTE + ":" + refundId;
	}

	static String commissionKey(UUID manufacturerId, YearMonth month) {
		return InvoiceKind.COMMISSION_INVOICE + ":" + manufacturerId + ":" + month;
	}

	static String subscriptionInvoiceKey(UUID chargeId) {
		return InvoiceKind.SUBSCRIPTION_INVOICE + ":" + chargeId;
	}

	/** Keyed by Razorpay's refund id (rfnd_…): one credit note per refund. */
	static String subscriptionCreditNoteKey(String gatewayRefundId) {
		return InvoiceKind.SUBSCRIPTION_CREDIT_NOTE + ":" + gatewayRefundId;
	}

	/**
	 * The tax invoice of an order whose payment of {@code captured} was captured at
	 * {@code capturedAt}.
	 */
	static OwedDocument taxInvoice(UUID orderId, UUID manufacturerId, UUID paymentId, BigDecimal captured,
			Instant capturedAt, Instant now) {
		OwedDocument owed = new OwedDocument(taxInvoiceKey(orderId), InvoiceKind.TAX_INVOICE, manufacturerId, now);
		owed.orderId = orderId;
		owed.paymentId = paymentId;
		owed.amount = captured;
		owed.moneyMovedAt = capturedAt;
		return owed;
	}

	/**
	 * The credit note of a refund of {@code refunded}: of one item, or of all that was
	 * left when no item.
	 */
	static OwedDocument creditNote(UUID refundId, UUID orderId, UUID manufacturerId, UUID paymentId,
			@Nullable UUID orderItemId, BigDecimal refunded, Instant processedAt, Instant now) {
		OwedDocument owed = new OwedDocument(creditNoteKey(refundId), InvoiceKind.CREDIT_NOTE, manufacturerId, now);
		owed.orderId = orderId;
		owed.paymentId = paymentId;
		owed.refundId = refundId;
		owed.orderItemId = orderItemId;
		owed.amount = refunded;
		owed.moneyMovedAt = processedAt;
		return owed;
	}

	/** The commission invoice of a manufacturer for a month. */
	static OwedDocument commission(UUID manufacturerId, YearMonth month, Instant now) {
		OwedDocument owed = new OwedDocument(commissionKey(manufacturerId, month), InvoiceKind.COMMISSION_INVOICE,
				manufacturerId, now);
		owed.periodStart = month.atDay(1);
		return owed;
	}

	/**
	 * The platform's tax invoice of a clinic's subscription charge of {@code captured}
	 * (GST included), taken at {@code chargedAt}.
	 */
	static OwedDocument subscriptionInvoice(UUID chargeId, UUID clinicId, BigDecimal captured, Instant chargedAt,
			Instant now) {
		OwedDocument owed = new OwedDocument(subscriptionInvoiceKey(chargeId), InvoiceKind.SUBSCRIPTION_INVOICE, null,
				now);
		owed.clinicId = clinicId;
		owed.subscriptionChargeId = chargeId;
		owed.amount = captured;
		owed.moneyMovedAt = chargedAt;
		return owed;
	}

	/**
	 * The platform's credit note of Razorpay's refund {@code gatewayRefundId} of
	 * {@code refunded} (GST included) of a subscription charge.
	 */
	static OwedDocument subscriptionCreditNote(String gatewayRefundId, UUID chargeId, UUID clinicId,
			BigDecimal refunded, Instant processedAt, Instant now) {
		OwedDocument owed = new OwedDocument(subscriptionCreditNoteKey(gatewayRefundId),
				InvoiceKind.SUBSCRIPTION_CREDIT_NOTE, null, now);
		owed.clinicId = clinicId;
		owed.subscriptionChargeId = chargeId;
		owed.amount = refunded;
		owed.moneyMovedAt = processedAt;
		return owed;
	}

	void issued(Instant at) {
		if (issuedAt != null) {
			throw new IllegalStateException("Request " + requestKey + " was issued already");
		}
		issuedAt = at;
		lastError = null;
	}

	void failed(String error, Instant at) {
		attempts++;
		lastError = Texts.shortened(error, MAX_ERROR);
		lastAttemptAt = at;
	}

	boolean isIssued() {
		return issuedAt != null;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostPersist
	@PostLoad
	void saved() {
		fresh = false;
	}

	InvoiceKind getKind() {
		return kind;
	}

	@Nullable UUID getManufacturerId() {
		return manufacturerId;
	}

	@Nullable UUID getClinicId() {
		return clinicId;
	}

	@Nullable UUID getSubscriptionChargeId() {
		return subscriptionChargeId;
	}

	/** Razorpay's refund id a subscription credit note is owed for, from its key. */
	@Nullable String getGatewayRefundId() {
		String prefix = InvoiceKind.SUBSCRIPTION_CREDIT_NOTE + ":";
		return kind == InvoiceKind.SUBSCRIPTION_CREDIT_NOTE && requestKey.startsWith(prefix)
				? requestKey.substring(prefix.length()) : null;
	}

	@Nullable UUID getOrderId() {
		return orderId;
	}

	@Nullable UUID getRefundId() {
		return refundId;
	}

	@Nullable UUID getOrderItemId() {
		return orderItemId;
	}

	@Nullable YearMonth getPeriod() {
		return periodStart == null ? null : YearMonth.from(periodStart);
	}

	@Nullable BigDecimal getAmount() {
		return amount;
	}

	@Nullable Instant getMoneyMovedAt() {
		return moneyMovedAt;
	}

	int getAttempts() {
		return attempts;
	}

	@Nullable String getLastError() {
		return lastError;
	}

	@Nullable Instant getLastAttemptAt() {
		return lastAttemptAt;
	}

}
