package com.ayurlahi.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.gateway.PaymentGateway;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayOrder;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * Starting a payment: the clinic pays an order that waits for its payment, on a Razorpay
 * order for its total in paise, and gets the checkout that takes it there (Razorpay's
 * hosted page, or the sandbox's in development). What Razorpay then reports is
 * {@link PaymentManagement}'s.
 */
@Service
@Transactional
public class PaymentCheckouts {

	/**
	 * Where Razorpay's checkout posts its signed result: this path and the payment's id.
	 */
	static final String CALLBACK_PATH = "/payments/razorpay/callback/";

	private final Payments payments;

	private final PaymentGateway gateway;

	private final PaymentSettings settings;

	private final OrderManagement orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaymentCheckouts(Payments payments, PaymentGateway gateway, PaymentSettings settings, OrderManagement orders,
			ApplicationEventPublisher events, Clock clock) {
		this.payments = payments;
		this.gateway = gateway;
		this.settings = settings;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The clinic pays an order that is waiting for its payment: the open Razorpay order
	 * is reused while the order's total is unchanged, otherwise a new one is created for
	 * the total in paise.
	 */
	public PaymentCheckout initiate(UUID orderId, AuthenticatedUser clinic) {
		if (clinic.role() != Role.CLINIC) {
			throw new ConflictException("Only the clinic that placed an order pays for it.");
		}
		OrderView order = orders.get(orderId, clinic);
		if (order.status() != OrderStatus.PENDING && order.status() != OrderStatus.PAYMENT_FAILED) {
			throw new ConflictException("Order " + order.orderNumber() + " is " + order.status().label().toLowerCase()
					+ ": there is nothing to pay.");
		}
		Optional<Payment> open = payments.findOpenForUpdate(orderId);
		if (open.isPresent() && open.get().getAmount().compareTo(order.total()) == 0) {
			Payment payment = open.get();
			PaymentStatus before = payment.getStatus();
			payment.reopen(now());
			if (payment.getStatus() != before) {
				audit(AuditedChange.of("PAYMENT_RETRIED", Payment.ENTITY, payment.getId())
					.field("status", before, payment.getStatus()), payment,
						Actor.user(clinic.id(), clinic.role().name()));
			}
			return checkout(payment, order);
		}
		open.ifPresent(stale -> {
			stale.close(now());
			audit(AuditedChange.of("PAYMENT_SUPERSEDED", Payment.ENTITY, stale.getId())
				.value("orderTotal", order.total()), stale, Actor.user(clinic.id(), clinic.role().name()));
			// Hibernate inserts before it updates: clear the stale payment's open marker
			// before the new one takes it.
			payments.flush();
		});
		GatewayOrder created = gateway.createOrder(order.orderNumber(), Payment.paise(order.total()),
				Map.of("orderId", order.id().toString(), "orderNumber", order.orderNumber()));
		Payment payment;
		try {
			payment = payments.saveAndFlush(new Payment(order.id(), order.orderNumber(), clinic.id(),
					order.clinicName(), created.id(), order.total(), now()));
		}
		catch (DataIntegrityViolationException concurrent) {
			throw new ConflictException("A payment for order " + order.orderNumber() + " is being started already; "
					+ "open the order again in a moment.");
		}
		audit(AuditedChange.of("PAYMENT_CREATED", Payment.ENTITY, payment.getId())
			.value("orderId", order.id())
			.value("razorpayOrderId", created.id())
			.value("amount", payment.getAmount())
			.value("status", payment.getStatus()), payment, Actor.user(clinic.id(), clinic.role().name()));
		return checkout(payment, order);
	}

	/** The checkout of a payment the clinic still has to make. */
	@Transactional(readOnly = true)
	public PaymentCheckout checkout(UUID paymentId, AuthenticatedUser clinic) {
		Payment payment = payments.findById(paymentId)
			.filter(candidate -> candidate.isVisibleTo(clinic))
			.orElseThrow(Payment::notFound);
		if (!payment.isOpen()) {
			throw new ConflictException(
					"This payment is " + payment.getStatus().name().toLowerCase() + ": there is nothing to pay.");
		}
		return checkout(payment, orders.get(payment.getOrderId(), clinic));
	}

	private PaymentCheckout checkout(Payment payment, OrderView order) {
		String callbackPath = CALLBACK_PATH + payment.getId();
		String checkoutUrl = gateway.hostedCheckoutUrl(payment.getRazorpayOrderId(), callbackPath)
			.orElse("/clinic/payments/" + payment.getId() + "/checkout");
		return new PaymentCheckout(payment.getId(), order.id(), order.orderNumber(), payment.getRazorpayOrderId(),
				payment.getAmountPaise(), payment.getCurrency(), settings.keys().keyId(), order.clinicName(),
				checkoutUrl, callbackPath);
	}

	private void audit(AuditedChange change, Payment payment, Actor actor) {
		events.publishEvent(change.value("orderId", payment.getOrderId()).by(actor));
	}

	private Instant now() {
		return clock.instant();
	}

}
