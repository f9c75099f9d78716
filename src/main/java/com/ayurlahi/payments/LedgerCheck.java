package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The settlement ledger at a glance: its totals by kind, how many payments it settles,
 * and those whose rows don't add up (there should be none).
 */
public record LedgerCheck(Map<String, BigDecimal> totals, long settledPayments, List<UUID> unbalancedPayments) {

	public BigDecimal total(String kind) {
		return totals.getOrDefault(kind, BigDecimal.ZERO.setScale(2));
	}

	public boolean balances() {
		return unbalancedPayments.isEmpty();
	}
}
