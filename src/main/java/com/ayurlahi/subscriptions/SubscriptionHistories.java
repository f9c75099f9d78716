package com.ayurlahi.subscriptions;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.subscriptions.ClinicSubscriptionHistory.Entry;
import com.ayurlahi.subscriptions.ClinicSubscriptionHistory.Kind;

/**
 * Each clinic's subscription history for the team: what applies to it now, its
 * subscriptions, their charges and the team's grants, and all of it as one timeline. A
 * clinic has a handful of each, read in one query per kind. Callers decide who may read
 * it: it is the team's (ADMIN and SUPPORT).
 */
@Service
@Transactional(readOnly = true)
public class SubscriptionHistories {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter INSTANT_DAY = DAY.withZone(IndianTime.ZONE);

	private final Subscriptions subscriptions;

	private final SubscriptionCharges charges;

	private final Plans plans;

	private final PlanGrants grants;

	private final Entitlements entitlements;

	private final ClinicManagement clinics;

	private final SubscriptionSettings settings;

	private final SubscriptionDunning dunning;

	SubscriptionHistories(Subscriptions subscriptions, SubscriptionCharges charges, Plans plans, PlanGrants grants,
			Entitlements entitlements, ClinicManagement clinics, SubscriptionSettings settings,
			SubscriptionDunning dunning) {
		this.dunning = dunning;
		this.subscriptions = subscriptions;
		this.charges = charges;
		this.plans = plans;
		this.grants = grants;
		this.entitlements = entitlements;
		this.clinics = clinics;
		this.settings = settings;
	}

	/** The clinic's subscriptions, charges and grants, and what applies to it now. */
	public ClinicSubscriptionHistory of(UUID clinicId) {
		String clinicName = clinics.find(clinicId)
			.orElseThrow(() -> new NotFoundException("There is no such clinic."))
			.getName();
		Entitlement now = entitlements.of(clinicId);
		List<Subscription> theirs = subscriptions.findByClinicIdOrderByCreatedAtDesc(clinicId);
		Map<UUID, Plan> theirPlans = plans
			.findAllById(theirs.stream().map(Subscription::getPlanId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Plan::getId, Function.identity()));
		List<SubscriberRow> rows = theirs.stream()
			.map(subscription -> SubscriberRow.of(subscription,
					Objects.requireNonNull(theirPlans.get(subscription.getPlanId())), clinicName, settings.grace()))
			.toList();
		List<SubscriptionCharge> taken = charges.findByClinicIdOrderByChargedAtDesc(clinicId);
		List<PlanGrant> granted = grants.of(clinicId);
		return new ClinicSubscriptionHistory(clinicId, clinicName, now, rows, taken, granted,
				timeline(clinicId, theirs, rows, taken, granted));
	}

	private List<Entry> timeline(UUID clinicId, List<Subscription> theirs, List<SubscriberRow> rows,
			List<SubscriptionCharge> taken, List<PlanGrant> granted) {
		Map<UUID, SubscriberRow> byId = rows.stream()
			.collect(Collectors.toMap(SubscriberRow::subscriptionId, Function.identity()));
		List<Entry> entries = new ArrayList<>();
		for (Subscription subscription : theirs) {
			SubscriberRow row = Objects.requireNonNull(byId.get(subscription.getId()));
			String plan = row.planName() + " v" + row.planVersion();
			entries.add(new Entry(subscription.getCreatedAt(), Kind.SUBSCRIBED,
					plan + " at " + Money.format(row.monthlyPrice()) + " a month excluding GST"
							+ (subscription.getReplacesId() == null ? "" : ", as a plan change"),
					subscription.getUpfrontAmount()));
			if (subscription.getAuthorisedAt() != null) {
				entries.add(new Entry(subscription.getAuthorisedAt(), Kind.AUTHORISED,
						plan + " by " + row.methodLabel(), null));
			}
			if (subscription.getEndedAt() != null) {
				entries.add(new Entry(subscription.getEndedAt(), Kind.ENDED,
						plan + ": " + subscription.getStatus().label().toLowerCase(Locale.ENGLISH)
								+ (subscription.getReplacedById() == null ? "" : " (replaced by a plan change)"),
						null));
			}
		}
		for (SubscriptionDunning.Step step : dunning.of(clinicId)) {
			SubscriberRow of = byId.get(step.subscriptionId());
			String plan = of == null ? "" : of.planName() + " v" + of.planVersion() + ": ";
			entries.add(switch (step.to()) {
				case PAST_DUE -> new Entry(step.at(), Kind.PAST_DUE, plan + "a charge failed; grace period until "
						+ INSTANT_DAY.format(step.at().plus(settings.grace())), null);
				case RESTRICTED ->
					new Entry(step.at(), Kind.RESTRICTED, plan + "the Free plan's features until paid", null);
				default -> new Entry(step.at(), Kind.PAID_AGAIN, plan + "paid again, active", null);
			});
		}
		for (SubscriptionCharge charge : taken) {
			SubscriberRow of = byId.get(charge.getSubscriptionId());
			String plan = of == null ? "" : of.planName() + " v" + of.planVersion() + ", ";
			entries.add(new Entry(charge.getChargedAt(), Kind.CHARGED,
					plan + (charge.getKind() == SubscriptionCharge.Kind.UPFRONT
							? "upgrade, the rest of the cycle" : "a month's charge") + " ("
							+ charge.getGatewayPaymentId() + ")"
							+ (charge.getRefundedAmount().signum() > 0
									? "; refunded " + Money.format(charge.getRefundedAmount()) : ""),
					charge.getAmount()));
		}
		for (PlanGrant grant : granted) {
			String plan = grant.planName() + " v" + grant.planVersion();
			entries.add(new Entry(grant.grantedAt(), Kind.GRANTED, plan + " through " + grant.lastDay().format(DAY)
					+ (grant.grantedByName() == null ? "" : " by " + grant.grantedByName()) + ": " + grant.reason(),
					null));
			if (grant.revokedAt() != null) {
				entries.add(new Entry(grant.revokedAt(), Kind.REVOKED, plan, null));
			}
		}
		entries.sort(Comparator.comparing(Entry::at));
		return entries;
	}

}
