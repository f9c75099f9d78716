package com.ayurlahi.orders;

import java.util.UUID;

/**
 * The accounts of an order's clinic and manufacturer, for a module that keeps its own
 * record about the order (a dispute) and must tell them about it.
 */
public record OrderAccounts(UUID clinicUserId, UUID manufacturerUserId) {
}
