package com.ayurlahi.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.tax.TaxLine;

/**
 * One line of an order, a snapshot taken when the order was placed: what the product was
 * called and cost, its GST and the manufacturer's commission rate then. Later changes to
 * the catalog never reach it.
 */
@Entity
@Table(name = "order_items")
class OrderItem {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "order_id", updatable = false)
	private Order order;

	@Column(name = "line_number", updatable = false)
	private int lineNumber;

	@Column(name = "product_id", updatable = false)
	private UUID productId;

	@Column(name = "product_name", updatable = false)
	private String productName;

	@Column(updatable = false)
	private String sku;

	@Column(name = "hsn_code", updatable = false)
	private String hsnCode;

	@Column(name = "pack_size", updatable = false)
	private String packSize;

	@Column(updatable = false)
	private int quantity;

	@Column(name = "unit_price", updatable = false)
	private BigDecimal unitPrice;

	@Column(name = "gst_rate", updatable = false)
	private BigDecimal gstRate;

	@Column(name = "taxable_value", updatable = false)
	private BigDecimal taxableValue;

	@Column(updatable = false)
	private BigDecimal cgst;

	@Column(updatable = false)
	private BigDecimal sgst;

	@Column(updatable = false)
	private BigDecimal igst;

	@Column(name = "line_total", updatable = false)
	private BigDecimal lineTotal;

	@Column(name = "commission_rate", updatable = false)
	private BigDecimal commissionRate;

	@Enumerated(EnumType.STRING)
	private OrderItemStatus status;

	@Column(name = "cancellation_reason")
	private @Nullable String cancellationReason;

	@Column(name = "cancelled_at")
	private @Nullable Instant cancelledAt;

	OrderItem(Order order, int lineNumber, ProductSnapshot product, int quantity, TaxLine tax,
			BigDecimal commissionRate) {
		this.id = UUID.randomUUID();
		this.order = order;
		this.lineNumber = lineNumber;
		this.productId = product.productId();
		this.productName = product.name();
		this.sku = product.sku();
		this.hsnCode = product.hsnCode();
		this.packSize = product.packSize();
		this.quantity = quantity;
		this.unitPrice = product.unitPrice();
		this.gstRate = tax.gstRate();
		this.taxableValue = tax.taxableValue();
		this.cgst = tax.cgst();
		this.sgst = tax.sgst();
		this.igst = tax.igst();
		this.lineTotal = tax.total();
		this.commissionRate = commissionRate;
		this.status = OrderItemStatus.ORDERED;
	}

	protected OrderItem() {
		// for JPA
	}

	void cancel(String reason, Instant now) {
		if (status == OrderItemStatus.CANCELLED) {
			throw new ConflictException("This item is already cancelled.");
		}
		status = OrderItemStatus.CANCELLED;
		cancellationReason = reason;
		cancelledAt = now;
	}

	boolean isOrdered() {
		return status == OrderItemStatus.ORDERED;
	}

	/** The line's tax as the order's totals add it up. */
	TaxLine tax() {
		return new TaxLine(taxableValue, gstRate, cgst, sgst, igst);
	}

	OrderView.Item view() {
		return new OrderView.Item(id, lineNumber, productId, productName, sku, hsnCode, packSize, quantity, unitPrice,
				gstRate, taxableValue, cgst, sgst, igst, lineTotal, commissionRate, status, cancellationReason,
				cancelledAt);
	}

	UUID getId() {
		return id;
	}

	UUID getProductId() {
		return productId;
	}

	String getProductName() {
		return productName;
	}

	int getQuantity() {
		return quantity;
	}

}
