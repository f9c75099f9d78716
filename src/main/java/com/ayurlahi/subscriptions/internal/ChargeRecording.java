package com.ayurlahi.subscriptions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharge;
import com.ayurlahi.subscriptions.SubscriptionCharge.Kind;
import com.ayurlahi.subscriptions.SubscriptionCharged;
import com.ayurlahi.subscriptions.SubscriptionCharges;

/**
 * Records money a subscription took at Razorpay, once per Razorpay payment, in the
 * caller's transaction (which holds the subscription's lock, so two reports of the same
 * payment can't both record it): the charge with its taxable value, its audit entry and
 * {@link SubscriptionCharged} for the platform's tax invoice. The taxable value is the
 * one that, with GST for the clinic's tax type, makes exactly the amount charged: the
 * plan's price for a cycle, the prorated difference for an upgrade's upfront charge. An
 * amount other than the one we asked Razorpay for is recorded all the same (the money was
 * taken) and flagged for the team.
 */
@Component
public class ChargeRecording {

	private final SubscriptionCharges charges;

	private final Plans plans;

	private final ClinicManagement clinics;

	private final SubscriptionTaxes taxes;

	private final ApplicationEventPublisher events;

	ChargeRecording(SubscriptionCharges charges, Plans plans, ClinicManagement clinics, SubscriptionTaxes taxes,
			ApplicationEventPublisher events) {
		this.charges = charges;
		this.plans = plans;
		this.clinics = clinics;
		this.taxes = taxes;
		this.events = events;
	}

	/**
	 * Records the payment as the subscription's charge of {@code kind} unless it is
	 * recorded already.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Recorded record(Subscription subscription, Kind kind, Payment payment, @Nullable Instant periodStart,
			@Nullable Instant periodEnd, Instant now) {
		if (!"INR".equalsIgnoreCase(payment.currency()) || payment.amountPaise() <= 0) {
			return new Recorded(false, "Razorpay payment " + payment.paymentId() + " is of " + payment.amountPaise()
					+ " paise in " + payment.currency() + ": not recorded as a charge.");
		}
		if (charges.findByGatewayPaymentIdForUpdate(payment.paymentId()).isPresent()) {
			return Recorded.ALREADY;
		}
		Plan plan = plans.findById(subscription.getPlanId()).orElseThrow();
		BigDecimal amount = BigDecimal.valueOf(payment.amountPaise(), 2);
		TaxType type = taxes.typeFor(clinics.find(subscription.getClinicId()).orElseThrow());
		BigDecimal expected = kind == Kind.RENEWAL ? taxes.monthlyTotal(plan) : subscription.getUpfrontAmount();
		Optional<BigDecimal> exact = kind == Kind.RENEWAL && amount.compareTo(expected) == 0
				? Optional.of(plan.getMonthlyPrice()) : taxes.taxableOf(amount, type);
		BigDecimal taxable = exact.orElseGet(() -> taxes.apportioned(amount, type).taxableValue());
		String flag = null;
		if (expected == null || amount.compareTo(expected) != 0) {
			flag = "Razorpay charged " + Money.format(amount) + " for " + kind.name().toLowerCase() + " payment "
					+ payment.paymentId() + "; we expected "
					+ (expected == null ? "no such charge" : Money.format(expected)) + ".";
		}
		else if (exact.isEmpty()) {
			flag = "No taxable value makes exactly " + Money.format(amount) + " with GST; recorded as "
					+ Money.format(taxable) + " taxable.";
		}
		SubscriptionCharge charge = charges
			.save(new SubscriptionCharge(subscription, kind, payment.paymentId(), payment.invoiceId(), amount, taxable,
					periodStart, periodEnd, PaymentMethods.kind(payment.method()), payment.chargedAt(), now));
		AuditedChange audited = AuditedChange.of("SUBSCRIPTION_CHARGED", SubscriptionCharge.ENTITY, charge.getId())
			.value("subscriptionId", subscription.getId())
			.value("clinicId", subscription.getClinicId())
			.value("kind", kind)
			.value("gatewayPaymentId", payment.paymentId())
			.value("amount", charge.getAmount())
			.value("taxableValue", charge.getTaxableValue())
			.value("periodStart", periodStart)
			.value("periodEnd", periodEnd);
		if (flag != null) {
			audited.value("flagged", flag);
		}
		events.publishEvent(audited.by(Actor.system()));
		events.publishEvent(new SubscriptionCharged(charge.getId(), subscription.getId(), subscription.getClinicId(),
				kind, plan.getName(), charge.getAmount(), charge.getTaxableValue(), charge.getChargedAt()));
		return new Recorded(true, flag);
	}

	/**
	 * A payment Razorpay took for a subscription.
	 *
	 * @param invoiceId Razorpay's invoice of the cycle, if any
	 * @param method Razorpay's method ({@code upi}, {@code card}, {@code emandate}…)
	 */
	public record Payment(String paymentId, @Nullable String invoiceId, long amountPaise, String currency,
			@Nullable String method, Instant chargedAt) {
	}

	/**
	 * What recording did: {@code recorded} whether it recorded a charge now; {@code flag}
	 * what a person should look at.
	 */
	public record Recorded(boolean recorded, @Nullable String flag) {

		static final Recorded ALREADY = new Recorded(false, null);

	}

}
