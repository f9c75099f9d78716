package com.ayurlahi.subscriptions.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharge.Kind;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.gateway.SandboxAdoption;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions;
import com.ayurlahi.subscriptions.internal.ChargeRecording.Payment;
import com.ayurlahi.subscriptions.internal.GatewayReports.Report;
import com.ayurlahi.users.UserManagement;

/**
 * The dev profile's demo subscriptions, in the sandbox: the demo clinic on Clinic Plus,
 * active, paid by UPI AutoPay 45 and 15 days ago (its cycle runs until 15 days from now);
 * {@code pastdue.clinic@demo.ayurlahi.in} (Karnataka, so IGST) on Clinic, paid by card 33
 * days ago, whose renewal failed 3 days ago: past due, restricted in 4 days unless paid.
 * Each charge goes through the path Razorpay's {@code subscription.charged} takes (the
 * report applied, the charge recorded), so the platform's invoices are issued for them.
 * The pending clinic is left on its trial. Made once; on every start the sandbox, which
 * forgets its subscriptions at a restart, is handed the live ones back, so that their
 * pages, renewals and the reconciliation job keep working. With Razorpay's keys
 * configured there are no demo subscriptions (Razorpay would not know them).
 */
@Component
@ConditionalOnBooleanProperty("ayurlahi.demo-data.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
class DemoSubscriptions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSubscriptions.class);

	private static final Duration DAY = Duration.ofDays(1);

	private final ClinicManagement clinics;

	private final UserManagement users;

	private final Plans plans;

	private final Subscriptions subscriptions;

	private final GatewaySubscriptionMaker maker;

	private final GatewayReports reports;

	private final ChargeRecording charges;

	private final SubscriptionTaxes taxes;

	private final ObjectProvider<SandboxAdoption> sandbox;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoSubscriptions(ClinicManagement clinics, UserManagement users, Plans plans, Subscriptions subscriptions,
			GatewaySubscriptionMaker maker, GatewayReports reports, ChargeRecording charges, SubscriptionTaxes taxes,
			ObjectProvider<SandboxAdoption> sandbox, PlatformTransactionManager transactions, Clock clock) {
		this.clinics = clinics;
		this.users = users;
		this.plans = plans;
		this.subscriptions = subscriptions;
		this.maker = maker;
		this.reports = reports;
		this.charges = charges;
		this.taxes = taxes;
		this.sandbox = sandbox;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SandboxAdoption adoption = sandbox.getIfAvailable();
		if (adoption == null) {
			log.info("Razorpay's keys are configured: no demo subscriptions");
			return;
		}
		Instant now = clock.instant();
		create("clinic@demo.ayurlahi.in", "CLINIC_PLUS", "upi", now.minus(DAY.multipliedBy(45)), 2, false);
		create("pastdue.clinic@demo.ayurlahi.in", "CLINIC", "card", now.minus(DAY.multipliedBy(33)), 1, true);
		int adopted = adoption.adoptLive();
		if (adopted > 0) {
			log.info("Handed the sandbox back {} live subscription(s)", adopted);
		}
	}

	/**
	 * The clinic's subscription to the plan, authorised at {@code start} and charged
	 * {@code cycles} 30-day cycles from then; its next charge failed if
	 * {@code renewalFailed}.
	 */
	private void create(String ownerEmail, String planCode, String method, Instant start, int cycles,
			boolean renewalFailed) {
		Clinic clinic = users.findByEmail(ownerEmail).flatMap(owner -> clinics.findOwnedBy(owner.getId())).orElse(null);
		if (clinic == null || !subscriptions.findByClinicIdOrderByCreatedAtDesc(clinic.getId()).isEmpty()) {
			return;
		}
		Plan plan = plans.findFirstByCodeAndRetiredAtIsNullOrderByVersionDesc(planCode).orElseThrow();
		String gatewayPlanId = maker.gatewayPlanOf(plan.getId());
		String gatewayId = "sub_" + demoId();
		SubscriptionStatus status = transaction.execute(tx -> {
			Subscription subscription = Subscription.create(clinic.getId(), plan, start, null, null, null,
					Actor.system(), start);
			subscription.madeAtGateway(gatewayId, SandboxSubscriptions.PAGE_PATH + gatewayId, start);
			reports.apply(subscription, report(SubscriptionStatus.AUTHENTICATED, null, null, 0, method, start), start);
			subscription = subscriptions.save(subscription);
			BigDecimal total = taxes.monthlyTotal(plan);
			Instant cycleStart = start;
			for (int paid = 1; paid <= cycles; paid++) {
				Instant cycleEnd = cycleStart.plus(DAY.multipliedBy(30));
				reports.apply(subscription,
						report(SubscriptionStatus.ACTIVE, cycleStart, cycleEnd, paid, method, cycleStart), cycleStart);
				subscription = subscriptions.save(subscription);
				charges.record(subscription, Kind.RENEWAL, new Payment("pay_" + demoId(), "inv_" + demoId(),
						Money.toPaise(total), "INR", method, cycleStart), cycleStart, cycleEnd, cycleStart);
				cycleStart = cycleEnd;
			}
			if (renewalFailed) {
				reports.apply(subscription, report(SubscriptionStatus.PAST_DUE, null, null, cycles, method, cycleStart),
						cycleStart);
			}
			subscription.synced(clock.instant());
			return subscriptions.save(subscription).getStatus();
		});
		log.info("Created demo subscription of {} to {} ({})", ownerEmail, plan.getName(), status);
	}

	private static Report report(SubscriptionStatus status, @Nullable Instant currentStart,
			@Nullable Instant currentEnd, int paidCount, String method, Instant at) {
		return new Report(status, currentStart, currentEnd, currentEnd, null, paidCount, method, at);
	}

	/** Fourteen letters and digits, like Razorpay's ids. */
	private static String demoId() {
		return "Demo" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
	}

}
