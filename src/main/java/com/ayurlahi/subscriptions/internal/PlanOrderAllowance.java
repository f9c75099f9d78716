package com.ayurlahi.subscriptions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.ayurlahi.orders.OrderAllowance;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.subscriptions.Entitlement;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanFeatures;
import com.ayurlahi.subscriptions.PlanLimitReached;

/**
 * The clinic's plan, asked by the orders module for every order it places: WhatsApp
 * ordering only where the plan has it, no more orders in a month than the plan allows
 * (counted atomically in the placing transaction, last), and the plan's dispute window
 * for the order. Placing an order reads only the plan's features, not the month's count,
 * which the conditional update decides; a refusal then reads the whole entitlement for
 * its message. A checkout is checked as a whole first ({@link #check}), so that a cart of
 * more manufacturers than orders left is refused in words about the cart; the count
 * decides.
 */
@Component
class PlanOrderAllowance implements OrderAllowance {

	private final Entitlements entitlements;

	private final OrderUsage usage;

	private final Clock clock;

	PlanOrderAllowance(Entitlements entitlements, OrderUsage usage, Clock clock) {
		this.entitlements = entitlements;
		this.usage = usage;
		this.clock = clock;
	}

	@Override
	public OrderTerms terms(UUID clinicId, OrderSource source) {
		PlanFeatures features = entitlements.featuresOf(clinicId);
		if (source == OrderSource.WHATSAPP && !features.whatsappOrdering()) {
			requireWhatsAppOrdering(entitlements.of(clinicId), source);
		}
		return new OrderTerms(features.disputeWindowDays(), features.ordersPerMonth());
	}

	@Override
	public void count(UUID clinicId, OrderTerms terms) {
		Instant now = clock.instant();
		if (!usage.take(clinicId, Entitlements.monthOf(now), terms.ordersPerMonth())) {
			Entitlement entitlement = entitlements.of(clinicId);
			throw PlanLimitReached.ordersUsedUp(entitlement, upgradeForMoreOrders(entitlement));
		}
	}

	@Override
	public void check(UUID clinicId, OrderSource source, int orders) {
		Entitlement entitlement = entitlements.of(clinicId);
		requireWhatsAppOrdering(entitlement, source);
		Integer left = entitlement.ordersLeft();
		if (left != null && left < orders) {
			throw PlanLimitReached.fewerLeftThan(entitlement, orders, upgradeForMoreOrders(entitlement));
		}
	}

	private void requireWhatsAppOrdering(Entitlement entitlement, OrderSource source) {
		if (source == OrderSource.WHATSAPP && !entitlement.features().whatsappOrdering()) {
			throw PlanLimitReached.noWhatsAppOrdering(entitlement,
					entitlements.cheapestOffered(PlanFeatures::whatsappOrdering).map(Plan::getName).orElse(null));
		}
	}

	/** The name of the cheapest plan offered with more orders a month, if any. */
	private @Nullable String upgradeForMoreOrders(Entitlement entitlement) {
		return entitlements.upgradeForMoreOrders(entitlement).map(Plan::getName).orElse(null);
	}

}
