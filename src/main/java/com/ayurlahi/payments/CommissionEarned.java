package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The platform's commission on one order within a period, as the settlement ledger
 * recorded it: what its capture withheld less what its refunds in the period gave back
 * (so it can be below zero).
 */
public record CommissionEarned(UUID manufacturerId, UUID orderId, String orderNumber, BigDecimal commission) {
}
