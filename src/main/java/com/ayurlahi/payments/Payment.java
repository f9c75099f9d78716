package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.users.AuthenticatedUser;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One Razorpay order for one of our orders, for the order's total when it was created,
 * and what became of the attempts to pay it. It only moves forward: reports that arrive
 * late (a failure after the capture, a second capture report) leave it as it is and say
 * so. Only {@link PaymentManagement} moves it through its statuses; the refunds
 * sub-package marks it refunded and flags it, and is why the class is public.
 */
@Entity
@Table(name = "payments")
public class Payment {

	/** What the audit log calls a payment. */
	public static final String ENTITY = "Payment";

	public static final String CURRENCY = "INR";

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@Column(name = "order_id", updatable = false)
	private UUID orderId;

	@Column(name = "open_order_id")
	private @Nullable UUID openOrderId;

	@Column(name = "clinic_user_id", updatable = false)
	private UUID clinicUserId;

	@Column(name = "order_number", updatable = false)
	private String orderNumber;

	@Column(name = "clinic_name", updatable = false)
	private String clinicName;

	@Column(name = "razorpay_order_id", updatable = false)
	private String razorpayOrderId;

	@Column(name = "razorpay_payment_id")
	private @Nullable String razorpayPaymentId;

	@Column(updatable = false)
	private BigDecimal amount;

	@Column(updatable = false)
	private String currency;

	@Enumerated(EnumType.STRING)
	private PaymentStatus status;

	private @Nullable String method;

	@Column(name = "error_code")
	private @Nullable String errorCode;

	@Column(name = "error_description")
	private @Nullable String errorDescription;

	@Column(name = "review_reason")
	private @Nullable String reviewReason;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "captured_at")
	private @Nullable Instant capturedAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	Payment(UUID orderId, String orderNumber, UUID clinicUserId, String clinicName, String razorpayOrderId,
			BigDecimal amount, Instant now) {
		this.id = UUID.randomUUID();
		this.orderId = orderId;
		this.orderNumber = orderNumber;
		this.openOrderId = orderId;
		this.clinicUserId = clinicUserId;
		this.clinicName = clinicName;
		this.razorpayOrderId = razorpayOrderId;
		this.amount = amount.setScale(2);
		this.currency = CURRENCY;
		this.status = PaymentStatus.CREATED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	protected Payment() {
		// for JPA
		this.id = UUID.randomUUID();
		this.orderId = this.id;
		this.clinicUserId = this.id;
		this.orderNumber = "";
		this.clinicName = "";
		this.razorpayOrderId = "";
		this.amount = BigDecimal.ZERO;
		this.currency = CURRENCY;
		this.status = PaymentStatus.CREATED;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	/** The amount as Razorpay counts it. */
	public static long paise(BigDecimal rupees) {
		return rupees.setScale(2).movePointRight(2).longValueExact();
	}

	/**
	 * Razorpay proved the money captured. Returns {@code false}, changing nothing, when
	 * this payment was captured already (the other of callback and webhook came first).
	 */
	boolean capture(String paymentId, @Nullable String paymentMethod, Instant at) {
		if (status == PaymentStatus.CAPTURED || status == PaymentStatus.REFUNDED
				|| status == PaymentStatus.PARTIALLY_REFUNDED) {
			return false;
		}
		status = PaymentStatus.CAPTURED;
		razorpayPaymentId = paymentId;
		if (paymentMethod != null) {
			method = paymentMethod;
		}
		errorCode = null;
		errorDescription = null;
		capturedAt = at;
		openOrderId = null;
		updatedAt = at;
		return true;
	}

	/**
	 * Razorpay reports an attempt authorised; only an open payment that isn't authorised
	 * yet takes it.
	 */
	boolean authorize(String paymentId, @Nullable String paymentMethod, Instant at) {
		if (status != PaymentStatus.CREATED && status != PaymentStatus.FAILED) {
			return false;
		}
		status = PaymentStatus.AUTHORIZED;
		razorpayPaymentId = paymentId;
		method = paymentMethod;
		updatedAt = at;
		return true;
	}

	/**
	 * Razorpay reports an attempt failed. Returns {@code false}, changing nothing, when
	 * the payment is past failing (captured, refunded) or already records this very
	 * failure.
	 */
	boolean fail(String paymentId, @Nullable String code, @Nullable String description, Instant at) {
		if (!status.isOpen()) {
			return false;
		}
		if (status == PaymentStatus.FAILED && paymentId.equals(razorpayPaymentId)) {
			return false;
		}
		status = PaymentStatus.FAILED;
		razorpayPaymentId = paymentId;
		errorCode = code;
		errorDescription = description;
		updatedAt = at;
		return true;
	}

	/** The clinic tries again on the same Razorpay order after a failed attempt. */
	void reopen(Instant at) {
		if (status != PaymentStatus.FAILED) {
			return;
		}
		status = PaymentStatus.CREATED;
		updatedAt = at;
	}

	/**
	 * No longer the order's open payment: the order was cancelled or its total changed.
	 */
	void close(Instant at) {
		openOrderId = null;
		updatedAt = at;
	}

	/**
	 * Refunds processed so far add up to {@code refunded}: the whole amount makes the
	 * payment REFUNDED, less PARTIALLY_REFUNDED.
	 */
	public void refunded(BigDecimal refunded, Instant at) {
		if (status != PaymentStatus.CAPTURED && status != PaymentStatus.PARTIALLY_REFUNDED) {
			throw new IllegalStateException("Only a captured payment is refunded; payment " + id + " is " + status);
		}
		status = refunded.compareTo(amount) >= 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
		updatedAt = at;
	}

	/**
	 * Something a person must look at before money moves on: the reason is shown to the
	 * team.
	 */
	public void flagForReview(String reason, Instant at) {
		if (reviewReason == null) {
			reviewReason = reason;
		}
		else if (!reviewReason.contains(reason)) {
			reviewReason = reviewReason + " " + reason;
		}
		updatedAt = at;
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

	public UUID getOrderId() {
		return orderId;
	}

	public String getOrderNumber() {
		return orderNumber;
	}

	public String getClinicName() {
		return clinicName;
	}

	public UUID getClinicUserId() {
		return clinicUserId;
	}

	public String getRazorpayOrderId() {
		return razorpayOrderId;
	}

	public @Nullable String getRazorpayPaymentId() {
		return razorpayPaymentId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public long getAmountPaise() {
		return paise(amount);
	}

	public String getCurrency() {
		return currency;
	}

	public PaymentStatus getStatus() {
		return status;
	}

	public @Nullable String getMethod() {
		return method;
	}

	public @Nullable String getErrorCode() {
		return errorCode;
	}

	public @Nullable String getErrorDescription() {
		return errorDescription;
	}

	public @Nullable String getReviewReason() {
		return reviewReason;
	}

	public boolean isOpen() {
		return openOrderId != null && status.isOpen();
	}

	/**
	 * Whether {@code viewer} may see the payment: the clinic that pays, ADMIN and
	 * SUPPORT.
	 */
	boolean isVisibleTo(AuthenticatedUser viewer) {
		return switch (viewer.role()) {
			case CLINIC -> clinicUserId.equals(viewer.id());
			case ADMIN, SUPPORT -> true;
			case MANUFACTURER -> false;
		};
	}

	static NotFoundException notFound() {
		return new NotFoundException("There is no such payment.");
	}

	/**
	 * Not paid, and no longer the order's open payment: the order changed or was
	 * cancelled, or expired.
	 */
	boolean wasSuperseded() {
		return openOrderId == null && status.isOpen();
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getCapturedAt() {
		return capturedAt;
	}

}
