package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.gateway.GatewayRetrySettings;
import com.ayurlahi.payments.gateway.PaymentGateway;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayOrder;
import com.ayurlahi.payments.gateway.PaymentGatewayException;
import com.ayurlahi.payments.gateway.RazorpaySignatures;
import com.ayurlahi.payments.ledger.LedgerEntries;
import com.ayurlahi.payments.refunds.RefundRequesting;
import com.ayurlahi.payments.transfers.PayoutTransferRecording;
import com.ayurlahi.payments.webhooks.EventOutcome;

/**
 * The payments module's API for what Razorpay reports: its checkout calls back, its
 * webhooks report captures (of a checkout, or of a payment link), authorisations and
 * failures, and the payment-timeout sweep asks it about orders that waited too long
 * ({@link PaymentCheckouts} starts a payment, {@link PaymentLinks} a link). Whichever of
 * callback and webhook first proves a capture confirms the order; the other finds the
 * payment captured and changes nothing. An amount or currency that doesn't match the
 * payment, or money captured for an order that is no longer waiting for it, is flagged
 * for the team and never confirms anything; money captured for an order no longer waiting
 * for it is refunded.
 */
@Service
@Transactional
@EnableConfigurationProperties({ PaymentSettings.class, GatewayRetrySettings.class })
public class PaymentManagement {

	/**
	 * The actor of changes Razorpay reports (webhooks, the checkout's signed callback).
	 */
	public static final Actor RAZORPAY = new Actor(null, "RAZORPAY");

	private static final int MAX_AUDITED_VALUE = 64;

	private final Payments payments;

	private final LedgerEntries ledger;

	private final PayoutTransferRecording transfers;

	private final RefundRequesting refunds;

	private final PaymentGateway gateway;

	private final PaymentSettings settings;

	private final OrderManagement orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaymentManagement(Payments payments, LedgerEntries ledger, PayoutTransferRecording transfers,
			RefundRequesting refunds, PaymentGateway gateway, PaymentSettings settings, OrderManagement orders,
			ApplicationEventPublisher events, Clock clock) {
		this.payments = payments;
		this.ledger = ledger;
		this.transfers = transfers;
		this.refunds = refunds;
		this.gateway = gateway;
		this.settings = settings;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Razorpay's checkout posted its result to our callback: the signature must prove
	 * that this payment's Razorpay order (the one we stored, whatever the browser says)
	 * was paid by {@code razorpayPaymentId}.
	 */
	public CallbackResult completeCheckout(UUID paymentId, String razorpayOrderId, String razorpayPaymentId,
			String signature) {
		Payment payment = payments.findForUpdate(paymentId).orElseThrow(Payment::notFound);
		if (!payment.getRazorpayOrderId().equals(razorpayOrderId) || !RazorpaySignatures
			.isValidPayment(payment.getRazorpayOrderId(), razorpayPaymentId, signature, settings.keys().keySecret())) {
			events.publishEvent(AuditedChange.of("PAYMENT_CALLBACK_REJECTED", Payment.ENTITY, payment.getId())
				.value("razorpayOrderId", capped(razorpayOrderId))
				.value("razorpayPaymentId", capped(razorpayPaymentId))
				.value("reason", "The signature does not match the payment's Razorpay order.")
				.by(RAZORPAY));
			return CallbackResult.REJECTED;
		}
		EventOutcome outcome = capture(payment, razorpayPaymentId, payment.getAmountPaise(), payment.getCurrency(),
				null);
		return outcome == EventOutcome.FLAGGED ? CallbackResult.FLAGGED : CallbackResult.CAPTURED;
	}

	/**
	 * What a caller said, as the audit log keeps it: at most {@value #MAX_AUDITED_VALUE}
	 * characters (the callback refuses longer ids before they get here).
	 */
	private static String capped(String value) {
		return value.length() <= MAX_AUDITED_VALUE ? value : value.substring(0, MAX_AUDITED_VALUE) + "…";
	}

	/**
	 * Razorpay reports a captured payment ({@code payment.captured}, {@code order.paid},
	 * the sweep's last look).
	 */
	public EventOutcome recordCapture(String razorpayOrderId, String razorpayPaymentId, long amountPaise,
			String currency, @Nullable String method) {
		return payments.findByRazorpayOrderIdForUpdate(razorpayOrderId)
			.map(payment -> capture(payment, razorpayPaymentId, amountPaise, currency, method))
			.orElse(EventOutcome.UNKNOWN_ORDER);
	}

	/**
	 * Razorpay reports a payment link paid (by the links sub-package, which found the
	 * link): the capture is recorded on the payment for the link's Razorpay order, opened
	 * now if this is the first report of it, and confirms the order as any capture does.
	 * The link's amount is what was asked for: a link for an order whose total has
	 * changed since, or that no longer waits for its payment, is opened closed and its
	 * capture flagged and refunded, as for a replaced Razorpay order. A payment opened
	 * for the link takes over from a checkout the clinic had also started.
	 */
	public EventOutcome recordLinkCapture(UUID orderId, UUID clinicUserId, BigDecimal linkAmount, String linkReference,
			String razorpayOrderId, String razorpayPaymentId, long amountPaise, String currency,
			@Nullable String method) {
		Payment payment = payments.findByRazorpayOrderIdForUpdate(razorpayOrderId)
			.orElseGet(() -> openForLink(orderId, clinicUserId, linkAmount, linkReference, razorpayOrderId));
		return capture(payment, razorpayPaymentId, amountPaise, currency, method);
	}

	private Payment openForLink(UUID orderId, UUID clinicUserId, BigDecimal linkAmount, String linkReference,
			String razorpayOrderId) {
		OrderView order = orders.find(orderId);
		boolean current = order.awaitsPayment() && linkAmount.compareTo(order.total()) == 0;
		Payment payment = new Payment(orderId, order.orderNumber(), clinicUserId, order.clinicName(), razorpayOrderId,
				linkAmount, now());
		if (current) {
			payments.findOpenForUpdate(orderId).ifPresent(other -> {
				other.close(now());
				audit(AuditedChange.of("PAYMENT_SUPERSEDED", Payment.ENTITY, other.getId())
					.value("paymentLink", linkReference), other, RAZORPAY);
				payments.flush();
			});
		}
		else {
			payment.close(now());
		}
		payments.saveAndFlush(payment);
		audit(AuditedChange.of("PAYMENT_CREATED", Payment.ENTITY, payment.getId())
			.value("orderId", orderId)
			.value("razorpayOrderId", razorpayOrderId)
			.value("paymentLink", linkReference)
			.value("amount", payment.getAmount())
			.value("status", payment.getStatus()), payment, RAZORPAY);
		return payment;
	}

	/** Razorpay reports an attempt authorised but not captured. */
	public EventOutcome recordAuthorization(String razorpayOrderId, String razorpayPaymentId, @Nullable String method) {
		return payments.findByRazorpayOrderIdForUpdate(razorpayOrderId).map(payment -> {
			PaymentStatus before = payment.getStatus();
			if (!payment.authorize(razorpayPaymentId, method, now())) {
				return EventOutcome.NO_CHANGE;
			}
			audit(AuditedChange.of("PAYMENT_AUTHORIZED", Payment.ENTITY, payment.getId())
				.field("status", before, payment.getStatus())
				.value("razorpayPaymentId", razorpayPaymentId), payment, RAZORPAY);
			return EventOutcome.APPLIED;
		}).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	/**
	 * Razorpay reports a failed attempt: the payment records Razorpay's error and an
	 * order still waiting for its payment shows the failure; a payment that was captured
	 * meanwhile stays captured.
	 */
	public EventOutcome recordFailure(String razorpayOrderId, String razorpayPaymentId, @Nullable String errorCode,
			@Nullable String errorDescription) {
		return payments.findByRazorpayOrderIdForUpdate(razorpayOrderId).map(payment -> {
			PaymentStatus before = payment.getStatus();
			if (!payment.fail(razorpayPaymentId, errorCode, errorDescription, now())) {
				return EventOutcome.NO_CHANGE;
			}
			audit(AuditedChange.of("PAYMENT_FAILED", Payment.ENTITY, payment.getId())
				.field("status", before, payment.getStatus())
				.value("razorpayPaymentId", razorpayPaymentId)
				.value("errorCode", errorCode)
				.value("errorDescription", errorDescription), payment, RAZORPAY);
			OrderView order = orders.find(payment.getOrderId());
			if (order.status() == OrderStatus.PENDING) {
				orders.recordPaymentFailure(order.id(), errorDescription == null ? "Payment failed" : errorDescription,
						RAZORPAY);
			}
			return EventOutcome.APPLIED;
		}).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	/**
	 * The payment-timeout sweep's decision on one order that waited too long: a last look
	 * at Razorpay first (a capture whose webhook was lost confirms the order), otherwise
	 * the order is cancelled and its stock given back, and its open payment closed. When
	 * Razorpay can't be asked, nothing changes and the order waits for the next run.
	 */
	public SweepOutcome settleUnpaid(UUID orderId, String reason) {
		Optional<Payment> open = payments.findOpenForUpdate(orderId);
		if (open.isPresent()) {
			Payment payment = open.get();
			GatewayOrder remote;
			try {
				remote = gateway.fetchOrder(payment.getRazorpayOrderId());
			}
			catch (PaymentGatewayException unreachable) {
				return SweepOutcome.LEFT_FOR_NEXT_RUN;
			}
			Optional<PaymentGateway.GatewayPayment> captured = remote.capturedPayment();
			if (captured.isPresent()) {
				EventOutcome outcome = capture(payment, captured.get().id(), captured.get().amountPaise(),
						captured.get().currency(), captured.get().method());
				return switch (outcome) {
					case APPLIED -> SweepOutcome.CONFIRMED;
					case FLAGGED -> SweepOutcome.FLAGGED;
					default -> SweepOutcome.UNCHANGED;
				};
			}
		}
		Optional<OrderView> cancelled = orders.expireUnpaid(orderId, reason, Actor.system());
		if (cancelled.isEmpty()) {
			return SweepOutcome.UNCHANGED;
		}
		open.ifPresent(payment -> {
			payment.close(now());
			audit(AuditedChange.of("PAYMENT_EXPIRED", Payment.ENTITY, payment.getId()).value("reason", reason), payment,
					Actor.system());
		});
		return SweepOutcome.CANCELLED;
	}

	private EventOutcome capture(Payment payment, String razorpayPaymentId, long amountPaise, String currency,
			@Nullable String method) {
		if (amountPaise != payment.getAmountPaise() || !Payment.CURRENCY.equals(currency)) {
			payment.flagForReview(
					"Razorpay reported " + currency + " " + BigDecimal.valueOf(amountPaise, 2).toPlainString()
							+ " paid against " + Money.format(payment.getAmount()) + ".",
					now());
			audit(AuditedChange.of("PAYMENT_FLAGGED", Payment.ENTITY, payment.getId())
				.value("razorpayPaymentId", razorpayPaymentId)
				.value("reportedAmountPaise", amountPaise)
				.value("reportedCurrency", currency)
				.value("reviewReason", payment.getReviewReason()), payment, RAZORPAY);
			return EventOutcome.FLAGGED;
		}
		PaymentStatus before = payment.getStatus();
		boolean superseded = payment.wasSuperseded();
		if (!payment.capture(razorpayPaymentId, method, now())) {
			return EventOutcome.NO_CHANGE;
		}
		audit(AuditedChange.of("PAYMENT_CAPTURED", Payment.ENTITY, payment.getId())
			.field("status", before, payment.getStatus())
			.value("razorpayPaymentId", razorpayPaymentId)
			.value("amount", payment.getAmount())
			.value("method", method), payment, RAZORPAY);
		OrderView order = orders.find(payment.getOrderId());
		boolean awaited = order.status() == OrderStatus.PENDING || order.status() == OrderStatus.PAYMENT_FAILED;
		if (superseded || !awaited) {
			String why = awaited
					? "Paid on a Razorpay order that was replaced when order " + order.orderNumber() + " changed"
					: "Captured while order " + order.orderNumber() + " was " + order.status().label().toLowerCase();
			payment.flagForReview(why + ": the money is refunded to the clinic.", now());
			audit(AuditedChange.of("PAYMENT_FLAGGED", Payment.ENTITY, payment.getId())
				.value("orderStatus", order.status())
				.value("reviewReason", payment.getReviewReason()), payment, RAZORPAY);
			refunds.refundUnsettled(payment, why);
			return EventOutcome.FLAGGED;
		}
		OrderView confirmed = orders.confirmPayment(order.id(), RAZORPAY);
		settle(payment, confirmed);
		events.publishEvent(new PaymentCaptured(payment.getId(), order.id(), payment.getRazorpayOrderId(),
				razorpayPaymentId, payment.getAmount(), now()));
		return EventOutcome.APPLIED;
	}

	/**
	 * Records how the captured money splits, in the transaction of the capture: once per
	 * payment; the payout is then on its way to the manufacturer's linked account.
	 */
	private void settle(Payment payment, OrderView order) {
		Settlement settlement = Settlement.of(payment.getId(), order, payment.getAmount(), settings.commissionGstRate(),
				settings.tcsRate(), now());
		ledger.record(settlement);
		events.publishEvent(AuditedChange.of("SETTLEMENT_RECORDED", Payment.ENTITY, payment.getId())
			.value("orderId", order.id())
			.value("captured", settlement.captured())
			.value("commission", settlement.commission())
			.value("commissionGst", settlement.commissionGst())
			.value("tcs", settlement.tcs())
			.value("payout", settlement.payout())
			.by(RAZORPAY));
		transfers.open(payment, settlement);
	}

	private void audit(AuditedChange change, Payment payment, Actor actor) {
		events.publishEvent(change.value("orderId", payment.getOrderId()).by(actor));
	}

	private Instant now() {
		return clock.instant();
	}

}
