package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.subscriptions.ClinicPlanView.ChargeView;
import com.ayurlahi.subscriptions.ClinicPlanView.PlanOption;
import com.ayurlahi.subscriptions.ClinicPlanView.Scheduled;
import com.ayurlahi.subscriptions.ClinicPlanView.SubscriptionView;
import com.ayurlahi.subscriptions.ClinicPlanView.Waiting;
import com.ayurlahi.subscriptions.SubscriptionCharge.Kind;
import com.ayurlahi.subscriptions.internal.PaymentMethods;
import com.ayurlahi.subscriptions.internal.SubscriptionTaxes;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * What a clinic owner sees of the clinic's plan and billing ({@link ClinicPlanView}): the
 * "Plan and billing" page and {@code GET /api/subscriptions/me}. The plans offered come
 * with what choosing each would do now, worked out by the rules the change itself
 * follows.
 */
@Service
@Transactional(readOnly = true)
public class ClinicBilling {

	private final Entitlements entitlements;

	private final ClinicManagement clinics;

	private final Subscriptions subscriptions;

	private final SubscriptionCharges charges;

	private final Plans plans;

	private final SubscriptionTaxes taxes;

	private final SubscriptionSettings settings;

	private final Clock clock;

	ClinicBilling(Entitlements entitlements, ClinicManagement clinics, Subscriptions subscriptions,
			SubscriptionCharges charges, Plans plans, SubscriptionTaxes taxes, SubscriptionSettings settings,
			Clock clock) {
		this.entitlements = entitlements;
		this.clinics = clinics;
		this.subscriptions = subscriptions;
		this.charges = charges;
		this.plans = plans;
		this.taxes = taxes;
		this.settings = settings;
		this.clock = clock;
	}

	/** The plans clinics may subscribe to now, cheapest first. */
	public List<Plan> offered() {
		return plans.findOffered();
	}

	/** What a plan costs a month, GST included. */
	public BigDecimal monthlyTotal(Plan plan) {
		return taxes.monthlyTotal(plan);
	}

	/** The clinic's plan and billing, for its owner. */
	public ClinicPlanView of(AuthenticatedUser user) {
		if (user.role() != Role.CLINIC) {
			throw new AccessDeniedException("Only clinics have a plan");
		}
		Clinic clinic = clinics.findOwnedBy(user.id())
			.orElseThrow(() -> new ConflictException("Create your clinic profile first; its plan is shown here then."));
		Instant now = clock.instant();
		Entitlement entitlement = entitlements.of(clinic.getId());
		List<Subscription> all = subscriptions.findByClinicIdOrderByCreatedAtDesc(clinic.getId());
		Map<UUID, Plan> known = plans.findAllById(all.stream().map(Subscription::getPlanId).toList())
			.stream()
			.collect(Collectors.toMap(Plan::getId, Function.identity()));
		Function<UUID, Plan> planOf = id -> known.computeIfAbsent(id, missing -> plans.findById(missing).orElseThrow());
		Subscription current = entitlement.subscription() != null && entitlement.subscription().getStatus().isLive()
				? entitlement.subscription() : null;
		Waiting waiting = all.stream()
			.filter(subscription -> subscription.getStatus() == SubscriptionStatus.CREATED)
			.findFirst()
			.map(subscription -> new Waiting(subscription.getId(), subscription.getPlanId(),
					planOf.apply(subscription.getPlanId()).getName(), subscription.getAuthorisationUrl(),
					subscription.getGatewayError(), subscription.getCreatedAt()))
			.orElse(null);
		Scheduled scheduled = scheduled(all, current, planOf, now);
		SubscriptionView subscription = current == null ? null : view(current, planOf.apply(current.getPlanId()));
		NextCharge next = nextCharge(all, current, scheduled, planOf, now);
		TaxType type = taxes.typeFor(clinic);
		boolean approved = clinic.getStatus() == ApprovalStatus.APPROVED;
		List<PlanOption> options = offered().stream()
			.map(plan -> option(plan, all, current, planOf, now, type, approved))
			.toList();
		return new ClinicPlanView(clinic.getId(), entitlement, stateText(entitlement, current, scheduled, planOf),
				subscription, waiting, scheduled, next.at(), next.amount(), options, charges(clinic.getId(), planOf),
				waiting != null || all.stream().anyMatch(candidate -> candidate.getStatus().isLive()), approved);
	}

	private PlanOption option(Plan plan, List<Subscription> all, @Nullable Subscription current,
			Function<UUID, Plan> planOf, Instant now, TaxType type, boolean approved) {
		BigDecimal monthly = taxes.monthlyTotal(plan);
		boolean isCurrent = current != null && current.getStatus() != SubscriptionStatus.RESTRICTED
				&& current.getPlanId().equals(plan.getId());
		if (!approved) {
			return new PlanOption(plan, monthly, isCurrent, null, null,
					"Your clinic can subscribe once its profile is approved.");
		}
		try {
			PlanChangeQuote quote = PlanChanges.decide(true, plan, all, planOf, now, taxes.gstRate(), type);
			return new PlanOption(plan, monthly, isCurrent, quote.kind(),
					quote.startsSubscription() ? quote.chargedOnAuthorisation() : null, null);
		}
		catch (ConflictException refused) {
			return new PlanOption(plan, monthly, isCurrent, null, null, refused.getMessage());
		}
	}

	private static @Nullable Scheduled scheduled(List<Subscription> all, @Nullable Subscription current,
			Function<UUID, Plan> planOf, Instant now) {
		return all.stream()
			.filter(subscription -> subscription.getStatus().isLive() && subscription != current
					&& subscription.getEffectiveFrom().isAfter(now))
			.findFirst()
			.map(subscription -> new Scheduled(subscription.getId(), planOf.apply(subscription.getPlanId()).getName(),
					subscription.getEffectiveFrom()))
			.orElse(null);
	}

	private NextCharge nextCharge(List<Subscription> all, @Nullable Subscription current, @Nullable Scheduled scheduled,
			Function<UUID, Plan> planOf, Instant now) {
		if (scheduled != null) {
			Subscription next = all.stream()
				.filter(subscription -> subscription.getId().equals(scheduled.subscriptionId()))
				.findFirst()
				.orElseThrow();
			return new NextCharge(next.getStartsAt(), taxes.monthlyTotal(planOf.apply(next.getPlanId())));
		}
		if (current == null || current.isCancelAtCycleEnd() && current.getReplacedById() == null) {
			return new NextCharge(null, null);
		}
		if (current.getStatus() == SubscriptionStatus.AUTHENTICATED) {
			return new NextCharge(current.getStartsAt(), taxes.monthlyTotal(planOf.apply(current.getPlanId())));
		}
		if (current.getStatus() == SubscriptionStatus.ACTIVE && !current.isCancelAtCycleEnd()) {
			Instant at = current.getNextChargeAt() != null ? current.getNextChargeAt() : current.getCurrentEnd();
			return new NextCharge(at != null && at.isAfter(now) ? at : null,
					taxes.monthlyTotal(planOf.apply(current.getPlanId())));
		}
		return new NextCharge(null, null);
	}

	private String stateText(Entitlement entitlement, @Nullable Subscription current, @Nullable Scheduled scheduled,
			Function<UUID, Plan> planOf) {
		String planName = entitlement.plan().getName();
		return switch (entitlement.source()) {
			case OVERRIDE -> "Complimentary " + planName + " until " + BillingDates.day(entitlement.until())
					+ ", granted by the Ayurlahi team";
			case TRIAL -> "Trial of " + planName + " until " + BillingDates.day(entitlement.until());
			case FREE -> "The " + planName + " plan";
			case RESTRICTED -> "Restricted: the " + planName + " plan's limits until your "
					+ (current == null ? "" : planOf.apply(current.getPlanId()).getName() + " ")
					+ "subscription is paid";
			case PAST_DUE -> "Past due: the last charge failed. Unless it is paid by "
					+ BillingDates.day(entitlement.until()) + ", the Free plan's limits apply";
			case SUBSCRIPTION -> {
				if (current != null && current.isCancelAtCycleEnd() && current.getReplacedById() == null) {
					yield "Cancelled: " + planName + " applies until " + BillingDates.day(current.getCurrentEnd());
				}
				if (scheduled != null) {
					yield planName + ", changing to " + scheduled.planName() + " on "
							+ BillingDates.day(scheduled.from());
				}
				yield current != null && current.getStatus() == SubscriptionStatus.AUTHENTICATED ? planName
						+ ": authorised, its first monthly charge on " + BillingDates.day(current.getStartsAt())
						: planName + ": active";
			}
		};
	}

	private SubscriptionView view(Subscription subscription, Plan plan) {
		return new SubscriptionView(subscription.getId(), plan.getId(), plan.getName(), subscription.getStatus(),
				subscription.getCurrentStart(), subscription.getCurrentEnd(),
				subscription.getStatus() == SubscriptionStatus.AUTHENTICATED ? subscription.getStartsAt()
						: subscription.getNextChargeAt(),
				subscription.getPaymentMethod(), PaymentMethods.label(subscription.getPaymentMethod()),
				subscription.isCancelAtCycleEnd(), subscription.graceEndsAt(settings.grace()));
	}

	private List<ChargeView> charges(UUID clinicId, Function<UUID, Plan> planOf) {
		return charges.findByClinicIdOrderByChargedAtDesc(clinicId)
			.stream()
			.map(charge -> new ChargeView(charge.getId(), charge.getKind(), description(charge, planOf),
					charge.getAmount(), charge.getTaxableValue(), charge.getAmount().subtract(charge.getTaxableValue()),
					charge.getRefundedAmount(), charge.getChargedAt(), PaymentMethods.label(charge.getPaymentMethod())))
			.toList();
	}

	private static String description(SubscriptionCharge charge, Function<UUID, Plan> planOf) {
		String plan = planOf.apply(charge.getPlanId()).getName();
		return charge.getKind() == Kind.UPFRONT ? "Upgrade to " + plan + " for the rest of the cycle"
				+ Optional.ofNullable(charge.getPeriodEnd()).map(end -> ", to " + BillingDates.day(end)).orElse("")
				: plan + ", " + BillingDates.day(charge.getPeriodStart()) + " – "
						+ BillingDates.day(charge.getPeriodEnd());
	}

	private record NextCharge(@Nullable Instant at, @Nullable BigDecimal amount) {
	}

}
