package com.ayurlahi.subscriptions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

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
 * (counted atomically in the placing transaction), and the plan's dispute window for the
 * order.
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
	public OrderTerms take(UUID clinicId, OrderSource source) {
		Entitlement entitlement = entitlements.of(clinicId);
		if (source == OrderSource.WHATSAPP && !entitlement.features().whatsappOrdering()) {
			throw PlanLimitReached.noWhatsAppOrdering(entitlement,
					entitlements.cheapestOffered(PlanFeatures::whatsappOrdering).map(Plan::getName).orElse(null));
		}
		Instant now = clock.instant();
		if (!usage.take(clinicId, Entitlements.monthOf(now), entitlement.features().ordersPerMonth())) {
			Integer limit = entitlement.features().ordersPerMonth();
			throw PlanLimitReached.ordersUsedUp(entitlement, entitlements
				.cheapestOffered(features -> features.unlimitedOrders()
						|| (limit != null && features.ordersPerMonth() != null && features.ordersPerMonth() > limit))
				.map(Plan::getName)
				.orElse(null));
		}
		return new OrderTerms(entitlement.features().disputeWindowDays());
	}

}
