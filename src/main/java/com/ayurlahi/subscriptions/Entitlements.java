package com.ayurlahi.subscriptions;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.subscriptions.Entitlement.Source;
import com.ayurlahi.subscriptions.internal.OrderUsage;

/**
 * Works out which plan's features apply to a clinic now, in this order:
 * <ol>
 * <li>the team's grant, while it lasts;</li>
 * <li>the clinic's live subscription that took effect last (an upgrade at once, a
 * downgrade at the end of the paid cycle): its plan while paid up or past due within the
 * grace period, the Free plan's features once restricted;</li>
 * <li>the trial plan, for a clinic that never had a subscription, until the trial ends
 * ({@code ayurlahi.subscriptions.trial} after its registration);</li>
 * <li>the Free plan.</li>
 * </ol>
 * What a clinic has already paid for (its placed orders: paying, tracking, receiving,
 * disputing, invoices) never depends on this.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(SubscriptionSettings.class)
public class Entitlements {

	private final Plans plans;

	private final Subscriptions subscriptions;

	private final PlanOverrides overrides;

	private final ClinicManagement clinics;

	private final OrderUsage usage;

	private final PlanFacts planFacts;

	private final SubscriptionSettings settings;

	private final Clock clock;

	Entitlements(Plans plans, Subscriptions subscriptions, PlanOverrides overrides, ClinicManagement clinics,
			OrderUsage usage, PlanFacts planFacts, SubscriptionSettings settings, Clock clock) {
		this.plans = plans;
		this.subscriptions = subscriptions;
		this.overrides = overrides;
		this.clinics = clinics;
		this.usage = usage;
		this.planFacts = planFacts;
		this.settings = settings;
		this.clock = clock;
	}

	/** What the clinic may do now. */
	public Entitlement of(UUID clinicId) {
		Clinic clinic = clinics.find(clinicId).orElseThrow(() -> new NotFoundException("No such clinic."));
		return of(clinic, clock.instant());
	}

	/** What the clinic the user owns may do now, if the user owns one. */
	public Optional<Entitlement> ofClinicUser(UUID clinicUserId) {
		return clinics.findOwnedBy(clinicUserId).map(clinic -> of(clinic, clock.instant()));
	}

	/** The month orders are counted in at {@code now} (Indian time). */
	public static YearMonth monthOf(Instant now) {
		return YearMonth.from(now.atZone(IndianTime.ZONE));
	}

	/**
	 * The features of the plan that applies to the clinic now, decided by the same rules
	 * as {@link #of(UUID)} but from one statement ({@link PlanFacts}) and without
	 * counting the month's orders: for placing an order, where the count is raised (or
	 * refused) by one conditional update anyway.
	 */
	public PlanFeatures featuresOf(UUID clinicId) {
		Instant now = clock.instant();
		PlanFacts.Facts facts = planFacts.of(clinicId, now);
		Source source = source(facts.granted(), facts.live(), facts.everSubscribed(), () -> trialEnds(clinicId), now);
		return switch (source) {
			case OVERRIDE, SUBSCRIPTION, PAST_DUE -> {
				if (facts.features() == null) {
					throw new IllegalStateException("The plan of clinic " + clinicId + " is missing.");
				}
				yield facts.features();
			}
			case TRIAL -> trialPlan().getFeatures();
			case RESTRICTED, FREE -> free().getFeatures();
		};
	}

	Entitlement of(Clinic clinic, Instant now) {
		return of(clinic, now, usage.ordersIn(clinic.getId(), monthOf(now)));
	}

	private Entitlement of(Clinic clinic, Instant now, int used) {
		UUID clinicId = clinic.getId();
		List<Subscription> all = subscriptions.findByClinicIdOrderByCreatedAtDesc(clinicId);
		Subscription current = current(all, now);
		Optional<PlanOverride> grant = overrides.findByClinicIdOrderByGrantedAtDesc(clinicId)
			.stream()
			.filter(override -> override.appliesAt(now))
			.findFirst();
		SubscriptionStatus live = current != null && current.getStatus().isLive() ? current.getStatus() : null;
		boolean everSubscribed = all.stream()
			.anyMatch(subscription -> subscription.getStatus() != SubscriptionStatus.CREATED
					&& subscription.getStatus() != SubscriptionStatus.EXPIRED);
		Instant trialEnds = trialEnds(clinic);
		return switch (source(grant.isPresent(), live, everSubscribed, () -> trialEnds, now)) {
			case OVERRIDE -> new Entitlement(clinicId, plan(grant.orElseThrow().getPlanId()), Source.OVERRIDE,
					grant.orElseThrow().getValidUntil(), current, used);
			case RESTRICTED -> new Entitlement(clinicId, free(), Source.RESTRICTED, null, current, used);
			case PAST_DUE -> new Entitlement(clinicId, plan(current.getPlanId()), Source.PAST_DUE,
					current.graceEndsAt(settings.grace()), current, used);
			case SUBSCRIPTION -> new Entitlement(clinicId, plan(current.getPlanId()), Source.SUBSCRIPTION,
					current.isCancelAtCycleEnd() && current.getReplacedById() == null ? current.getCurrentEnd() : null,
					current, used);
			case TRIAL -> new Entitlement(clinicId, trialPlan(), Source.TRIAL, trialEnds, current, used);
			case FREE -> new Entitlement(clinicId, free(), Source.FREE, null, current, used);
		};
	}

	/**
	 * Where a clinic's features come from, in the order the class comment gives: a grant;
	 * else its live subscription ({@code live}: its status; restricted to Free's features
	 * when unpaid past the grace period); else the trial, for a clinic that never
	 * subscribed, until it ends; else Free.
	 */
	private static Source source(boolean granted, @Nullable SubscriptionStatus live, boolean everSubscribed,
			Supplier<Instant> trialEnds, Instant now) {
		if (granted) {
			return Source.OVERRIDE;
		}
		if (live != null) {
			return switch (live) {
				case RESTRICTED -> Source.RESTRICTED;
				case PAST_DUE -> Source.PAST_DUE;
				default -> Source.SUBSCRIPTION;
			};
		}
		return !everSubscribed && now.isBefore(trialEnds.get()) ? Source.TRIAL : Source.FREE;
	}

	private Instant trialEnds(Clinic clinic) {
		return clinic.getCreatedAt().plus(settings.trial());
	}

	private Instant trialEnds(UUID clinicId) {
		return trialEnds(clinics.find(clinicId).orElseThrow(() -> new NotFoundException("No such clinic.")));
	}

	/**
	 * The subscription that speaks for the clinic now: the live one that took effect
	 * last, or else the newest one waiting for authorisation, or else none.
	 */
	static @Nullable Subscription current(List<Subscription> all, Instant now) {
		return all.stream()
			.filter(subscription -> subscription.getStatus().isLive() && !subscription.getEffectiveFrom().isAfter(now))
			.max(Comparator.comparing(Subscription::getEffectiveFrom).thenComparing(Subscription::getCreatedAt))
			.orElseGet(() -> all.stream()
				.filter(subscription -> subscription.getStatus() == SubscriptionStatus.CREATED)
				.findFirst()
				.orElse(null));
	}

	/**
	 * The cheapest plan clinics may subscribe to now that has what {@code wanted} asks.
	 */
	public Optional<Plan> cheapestOffered(Predicate<PlanFeatures> wanted) {
		return plans.findOffered().stream().filter(plan -> wanted.test(plan.getFeatures())).findFirst();
	}

	/**
	 * The cheapest plan clinics may subscribe to now that allows more orders a month than
	 * the entitlement's plan and takes none of its other features away (none when that
	 * plan's orders are unlimited).
	 */
	public Optional<Plan> upgradeForMoreOrders(Entitlement entitlement) {
		PlanFeatures current = entitlement.features();
		Integer limit = current.ordersPerMonth();
		if (limit == null) {
			return Optional.empty();
		}
		return cheapestOffered(features -> (features.ordersPerMonth() == null || features.ordersPerMonth() > limit)
				&& (features.whatsappOrdering() || !current.whatsappOrdering())
				&& features.disputeWindowDays() >= current.disputeWindowDays()
				&& (features.prioritySupport() || !current.prioritySupport()));
	}

	/** The plan a clinic falls back to: the newest version of the free plan's code. */
	public Plan free() {
		return newest(settings.freePlan());
	}

	/** The plan a trial gives. */
	public Plan trialPlan() {
		return newest(settings.trialPlan());
	}

	private Plan newest(String code) {
		return plans.findFirstByCodeAndRetiredAtIsNullOrderByVersionDesc(code)
			.or(() -> plans.findFirstByCodeOrderByVersionDesc(code))
			.orElseThrow(() -> new IllegalStateException("No plan has the code " + code + "."));
	}

	private Plan plan(UUID planId) {
		return plans.findById(planId).orElseThrow(() -> new IllegalStateException("Plan " + planId + " is missing."));
	}

}
