package com.ayurlahi.payments.chargebacks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
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

import com.ayurlahi.common.Texts;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.payments.Payment;
import com.ayurlahi.payments.PaymentManagement;

/**
 * A Razorpay dispute of one of our payments, as its latest report left it. It takes a
 * report only when it is newer than the last one taken (by the event's time, and at the
 * same second by how far the dispute has got) and never leaves a final status for an open
 * one: a late {@code under_review} after {@code won} changes nothing. Each change
 * registers its audit entry, published when the chargeback is saved.
 */
@Entity
@Table(name = "chargebacks")
class Chargeback extends AbstractAggregateRoot<Chargeback> {

	/** What the audit log calls a chargeback. */
	static final String ENTITY = "Chargeback";

	private static final String DEFAULT_PHASE = "chargeback";

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@Column(name = "razorpay_dispute_id", updatable = false)
	private String razorpayDisputeId;

	@Column(name = "payment_id", updatable = false)
	private UUID paymentId;

	@Column(name = "razorpay_payment_id", updatable = false)
	private String razorpayPaymentId;

	@Column(name = "order_id", updatable = false)
	private UUID orderId;

	@Column(name = "order_number", updatable = false)
	private String orderNumber;

	private BigDecimal amount;

	@Column(name = "amount_deducted")
	private BigDecimal amountDeducted;

	private String currency;

	@Column(name = "reason_code")
	private @Nullable String reasonCode;

	@Column(name = "reason_description")
	private @Nullable String reasonDescription;

	private String phase;

	@Enumerated(EnumType.STRING)
	private ChargebackStatus status;

	@Column(name = "respond_by")
	private @Nullable Instant respondBy;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "last_event")
	private String lastEvent;

	@Column(name = "last_event_at")
	private Instant lastEventAt;

	private Chargeback(Payment payment, DisputeReport report, ChargebackStatus status, Instant now) {
		this.id = UUID.randomUUID();
		this.razorpayDisputeId = report.razorpayDisputeId();
		this.paymentId = payment.getId();
		this.razorpayPaymentId = report.razorpayPaymentId();
		this.orderId = payment.getOrderId();
		this.orderNumber = payment.getOrderNumber();
		this.amount = rupees(report.amountPaise());
		this.amountDeducted = rupees(report.amountDeductedPaise());
		this.currency = Objects.requireNonNullElse(report.currency(), payment.getCurrency());
		this.reasonCode = shortened(report.reasonCode(), 100);
		this.reasonDescription = shortened(report.reasonDescription(), 500);
		this.phase = phaseOf(report);
		this.status = status;
		this.respondBy = report.respondBy();
		this.createdAt = Objects.requireNonNullElse(report.createdAt(), now);
		this.updatedAt = now;
		this.lastEvent = report.eventType();
		this.lastEventAt = report.eventAt();
	}

	/** A dispute heard of for the first time, whichever of its reports came first. */
	static Chargeback opened(Payment payment, DisputeReport report, ChargebackStatus status, Instant now) {
		Chargeback chargeback = new Chargeback(payment, report, status, now);
		chargeback.registerEvent(AuditedChange.of("CHARGEBACK_OPENED", ENTITY, chargeback.id)
			.value("razorpayDisputeId", chargeback.razorpayDisputeId)
			.value("orderId", chargeback.orderId)
			.value("paymentId", chargeback.paymentId)
			.value("amount", chargeback.amount)
			.value("status", status)
			.value("phase", chargeback.phase)
			.value("reasonCode", chargeback.reasonCode)
			.value("respondBy", chargeback.respondBy)
			.value("event", report.eventType())
			.by(PaymentManagement.RAZORPAY));
		return chargeback;
	}

	protected Chargeback() {
		// for JPA
		this.id = UUID.randomUUID();
		this.razorpayDisputeId = "";
		this.paymentId = id;
		this.razorpayPaymentId = "";
		this.orderId = id;
		this.orderNumber = "";
		this.amount = BigDecimal.ZERO;
		this.amountDeducted = BigDecimal.ZERO;
		this.currency = Payment.CURRENCY;
		this.phase = DEFAULT_PHASE;
		this.status = ChargebackStatus.OPEN;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
		this.lastEvent = "";
		this.lastEventAt = Instant.EPOCH;
	}

	/**
	 * Takes a later report of the dispute; returns false, changing nothing, when the
	 * report is older than the last one taken, would move the dispute back, or says
	 * nothing new.
	 */
	boolean update(DisputeReport report, ChargebackStatus reported, Instant now) {
		if (!supersededBy(reported, report.eventAt())) {
			return false;
		}
		BigDecimal newAmount = rupees(report.amountPaise());
		BigDecimal newDeducted = rupees(report.amountDeductedPaise());
		String newPhase = phaseOf(report);
		AuditedChange change = AuditedChange.of("CHARGEBACK_UPDATED", ENTITY, id)
			.field("status", status, reported)
			.field("phase", phase, newPhase)
			.field("amount", amount, newAmount)
			.field("amountDeducted", amountDeducted, newDeducted)
			.field("respondBy", respondBy, report.respondBy());
		if (!change.hasChanges()) {
			return false;
		}
		status = reported;
		phase = newPhase;
		amount = newAmount;
		amountDeducted = newDeducted;
		respondBy = report.respondBy();
		if (report.reasonCode() != null) {
			reasonCode = shortened(report.reasonCode(), 100);
		}
		if (report.reasonDescription() != null) {
			reasonDescription = shortened(report.reasonDescription(), 500);
		}
		lastEvent = report.eventType();
		lastEventAt = report.eventAt();
		updatedAt = now;
		registerEvent(change.value("orderId", orderId)
			.value("razorpayDisputeId", razorpayDisputeId)
			.value("event", report.eventType())
			.by(PaymentManagement.RAZORPAY));
		return true;
	}

	private boolean supersededBy(ChargebackStatus reported, Instant reportedAt) {
		if (status.isFinal() && !reported.isFinal()) {
			return false;
		}
		if (reportedAt.isBefore(lastEventAt)) {
			return false;
		}
		return reportedAt.isAfter(lastEventAt) || reported.isFurtherThan(status);
	}

	private static String phaseOf(DisputeReport report) {
		String phase = report.phase();
		return phase == null || phase.isBlank() ? DEFAULT_PHASE : Texts.shortened(phase, 30);
	}

	private static @Nullable String shortened(@Nullable String text, int max) {
		return text == null ? null : Texts.shortened(text, max);
	}

	private static BigDecimal rupees(long paise) {
		return BigDecimal.valueOf(paise, 2);
	}

	ChargebackView view() {
		return new ChargebackView(id, razorpayDisputeId, paymentId, orderId, orderNumber, amount, amountDeducted,
				reasonCode, reasonDescription, phase, status, respondBy, createdAt, updatedAt, razorpayPaymentId,
				currency, lastEvent);
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

	ChargebackStatus getStatus() {
		return status;
	}

}
