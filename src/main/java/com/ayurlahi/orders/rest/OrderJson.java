package com.ayurlahi.orders.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.orders.OrderItemStatus;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An order as the API contract shows it. Items carry the commission rate only for the
 * order's manufacturer and the team; clinics never see it.
 */
record OrderJson(UUID id, String orderNumber, UUID clinicId, String clinicName, String clinicGstin, UUID manufacturerId,
		String manufacturerName, OrderSource source, OrderStatus status, AddressJson shippingAddress,
		StateJson placeOfSupply, TaxType taxType, BigDecimal subtotal, BigDecimal cgstTotal, BigDecimal sgstTotal,
		BigDecimal igstTotal, BigDecimal taxTotal, BigDecimal total, List<ItemJson> items,
		@Nullable String trackingNumber, @Nullable String carrier, Instant createdAt, List<StepJson> statusHistory) {

	static OrderJson of(OrderView order, boolean withCommission) {
		return new OrderJson(order.id(), order.orderNumber(), order.clinicId(), order.clinicName(), order.clinicGstin(),
				order.manufacturerId(), order.manufacturerName(), order.source(), order.status(),
				AddressJson.of(order.shippingAddress()), StateJson.of(order.placeOfSupply()), order.taxType(),
				order.subtotal(), order.cgstTotal(), order.sgstTotal(), order.igstTotal(), order.taxTotal(),
				order.total(), order.items().stream().map(item -> ItemJson.of(item, withCommission)).toList(),
				order.trackingNumber(), order.carrier(), order.createdAt(),
				order.statusHistory().stream().map(StepJson::of).toList());
	}

	record StateJson(String stateCode, String stateName) {

		static StateJson of(IndianState state) {
			return new StateJson(state.code(), state.displayName());
		}
	}

	record ItemJson(UUID id, UUID productId, String productName, String sku, String hsnCode, String packSize,
			int quantity, BigDecimal unitPrice, BigDecimal gstRate, BigDecimal taxableValue, BigDecimal cgst,
			BigDecimal sgst, BigDecimal igst, BigDecimal lineTotal, OrderItemStatus status,
			@Nullable String cancellationReason,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal commissionRate) {

		static ItemJson of(OrderView.Item item, boolean withCommission) {
			return new ItemJson(item.id(), item.productId(), item.productName(), item.sku(), item.hsnCode(),
					item.packSize(), item.quantity(), item.unitPrice(), item.gstRate(), item.taxableValue(),
					item.cgst(), item.sgst(), item.igst(), item.lineTotal(), item.status(), item.cancellationReason(),
					withCommission ? item.commissionRate() : null);
		}
	}

	record StepJson(OrderStatus status, Instant at, String actorRole, @Nullable String note) {

		static StepJson of(OrderView.Step step) {
			return new StepJson(step.status(), step.at(), step.actorRole(), step.note());
		}
	}
}
