package com.ayurlahi.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.orders.OrderTransitions.Party;

/**
 * An order with its lines and history, as pages and the API show it. It holds the
 * clinic's name, GSTIN and delivery address but never its contact details, so it may be
 * shown to the manufacturer as it is; the commission rates are for the manufacturer and
 * the team only.
 *
 * @param disputeWindowDays how many days after delivery the clinic may report a problem
 * with it, as its plan gave when it was placed; null: the configured window
 */
public record OrderView(UUID id, String orderNumber, UUID clinicId, String clinicName, String clinicGstin,
		UUID manufacturerId, String manufacturerName, String manufacturerGstin, IndianState manufacturerState,
		OrderSource source, OrderStatus status, PostalAddress shippingAddress, TaxType taxType, BigDecimal subtotal,
		BigDecimal cgstTotal, BigDecimal sgstTotal, BigDecimal igstTotal, BigDecimal taxTotal, BigDecimal total,
		@Nullable String carrier, @Nullable String trackingNumber, @Nullable Integer disputeWindowDays,
		Instant createdAt, List<Item> items, List<Step> statusHistory) {

	/** The place of supply: the state the goods are delivered to. */
	public IndianState placeOfSupply() {
		return shippingAddress.state();
	}

	public boolean isFinal() {
		return status.isFinal();
	}

	/**
	 * Whether the order may still change for the clinic to see: it is not final, or it
	 * was cancelled after it had been paid and waits for its refund (which marks it
	 * refunded).
	 */
	public boolean mayStillChange() {
		return !isFinal() || (status == OrderStatus.CANCELLED && wasPaid());
	}

	/**
	 * Whether its payment was captured at some point (it was confirmed), so that it has
	 * its tax invoice.
	 */
	public boolean wasPaid() {
		return statusHistory.stream().anyMatch(step -> step.status() == OrderStatus.CONFIRMED);
	}

	/**
	 * Whether the clinic can pay it now: it waits for its first payment or for a retry
	 * after a failure.
	 */
	public boolean awaitsPayment() {
		return status == OrderStatus.PENDING || status == OrderStatus.PAYMENT_FAILED;
	}

	/** The statuses {@code party} could move the order to now. */
	public List<OrderStatus> nextFor(Party party) {
		return List.copyOf(OrderTransitions.next(status, party));
	}

	public boolean itemsCancellableBy(Party party) {
		return OrderTransitions.allowsItemCancellation(status, party);
	}

	public boolean cancellableBy(Party party) {
		return OrderTransitions.allows(status, OrderStatus.CANCELLED, party);
	}

	public long orderedItemCount() {
		return items.stream().filter(item -> item.status() == OrderItemStatus.ORDERED).count();
	}

	/**
	 * One line, as placed; cancelled lines keep their amounts but are left out of the
	 * order's totals.
	 */
	public record Item(UUID id, int lineNumber, UUID productId, String productName, String sku, String hsnCode,
			String packSize, int quantity, BigDecimal unitPrice, BigDecimal gstRate, BigDecimal taxableValue,
			BigDecimal cgst, BigDecimal sgst, BigDecimal igst, BigDecimal lineTotal, BigDecimal commissionRate,
			OrderItemStatus status, @Nullable String cancellationReason, @Nullable Instant cancelledAt) {

		public boolean cancelled() {
			return status == OrderItemStatus.CANCELLED;
		}
	}

	/** One step of the order's history. */
	public record Step(OrderStatus status, Instant at, String actorRole, @Nullable String note) {
	}
}
