package com.ayurlahi.disputes;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/**
 * An order line a dispute is about: how many units and why, what the manufacturer offered
 * for them, and what was settled (units, and money back with GST).
 */
@Embeddable
class DisputeLine {

	@Column(name = "order_item_id")
	private UUID orderItemId;

	@Column(name = "line_number")
	private int lineNumber;

	@Column(name = "product_name")
	private String productName;

	private int quantity;

	@Enumerated(EnumType.STRING)
	private DisputeReason reason;

	@Column(name = "offer_quantity")
	private @Nullable Integer offerQuantity;

	@Column(name = "offer_amount")
	private @Nullable BigDecimal offerAmount;

	@Column(name = "settled_quantity")
	private @Nullable Integer settledQuantity;

	@Column(name = "settled_amount")
	private @Nullable BigDecimal settledAmount;

	DisputeLine(UUID orderItemId, int lineNumber, String productName, int quantity, DisputeReason reason) {
		this.orderItemId = orderItemId;
		this.lineNumber = lineNumber;
		this.productName = productName;
		this.quantity = quantity;
		this.reason = reason;
	}

	protected DisputeLine() {
		// for JPA
		this.orderItemId = new UUID(0, 0);
		this.productName = "";
		this.reason = DisputeReason.OTHER;
	}

	void offer(int units, BigDecimal amount) {
		offerQuantity = units;
		offerAmount = amount;
	}

	void settle(int units, @Nullable BigDecimal amount) {
		settledQuantity = units;
		settledAmount = amount;
	}

	void clearOffer() {
		offerQuantity = null;
		offerAmount = null;
	}

	UUID orderItemId() {
		return orderItemId;
	}

	int lineNumber() {
		return lineNumber;
	}

	String productName() {
		return productName;
	}

	int quantity() {
		return quantity;
	}

	DisputeReason reason() {
		return reason;
	}

	@Nullable Integer offerQuantity() {
		return offerQuantity;
	}

	@Nullable BigDecimal offerAmount() {
		return offerAmount;
	}

	@Nullable Integer settledQuantity() {
		return settledQuantity;
	}

	@Nullable BigDecimal settledAmount() {
		return settledAmount;
	}

}
