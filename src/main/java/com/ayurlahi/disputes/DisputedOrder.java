package com.ayurlahi.disputes;

import java.util.UUID;

import com.ayurlahi.orders.OrderAccounts;
import com.ayurlahi.orders.OrderView;

/**
 * What a dispute keeps of its order: numbers, the parties' names and their accounts
 * (never the clinic's contact details).
 */
record DisputedOrder(UUID orderId, String orderNumber, UUID clinicId, UUID clinicUserId, String clinicName,
		UUID manufacturerId, UUID manufacturerUserId, String manufacturerName) {

	static DisputedOrder of(OrderView order, OrderAccounts accounts) {
		return new DisputedOrder(order.id(), order.orderNumber(), order.clinicId(), accounts.clinicUserId(),
				order.clinicName(), order.manufacturerId(), accounts.manufacturerUserId(), order.manufacturerName());
	}

}
