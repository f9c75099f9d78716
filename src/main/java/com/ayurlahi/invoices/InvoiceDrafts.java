package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.tax.TaxLine;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.ClaimPayments;
import com.ayurlahi.payments.RefundedLine;

/**
 * Works out what a document will say: the platform's commission invoices through
 * {@link CommissionInvoiceDrafts}, its subscription documents through
 * {@link SubscriptionInvoiceDrafts}, and here a manufacturer's. A tax invoice prints the
 * order's lines that were paid for (those not cancelled before the capture), each through
 * the same tax calculator as the cart and the order, and must add up to the captured
 * amount to the paisa. A credit note prints the invoice lines its refund gave back (one
 * cancelled item, or everything not refunded before when the order was cancelled), or the
 * parts of them a claim about delivered goods gave back (deficient supply), and must add
 * up to the refund.
 */
@Component
class InvoiceDrafts {

	static final String UNIT = "NOS";

	private final OrderManagement orders;

	private final ClinicManagement clinics;

	private final ManufacturerManagement manufacturers;

	private final Invoices invoices;

	private final OwedDocuments owedDocuments;

	private final InvoicePrefixes prefixes;

	private final InvoiceSettings settings;

	private final CommissionInvoiceDrafts commission;

	private final ClaimPayments claims;

	private final SubscriptionInvoiceDrafts subscriptions;

	InvoiceDrafts(OrderManagement orders, ClinicManagement clinics, ManufacturerManagement manufacturers,
			Invoices invoices, OwedDocuments owedDocuments, InvoicePrefixes prefixes, InvoiceSettings settings,
			CommissionInvoiceDrafts commission, ClaimPayments claims, SubscriptionInvoiceDrafts subscriptions) {
		this.claims = claims;
		this.subscriptions = subscriptions;
		this.orders = orders;
		this.clinics = clinics;
		this.manufacturers = manufacturers;
		this.invoices = invoices;
		this.owedDocuments = owedDocuments;
		this.prefixes = prefixes;
		this.settings = settings;
		this.commission = commission;
	}

	InvoiceDraft draft(OwedDocument owed) {
		return switch (owed.getKind()) {
			case TAX_INVOICE -> taxInvoice(owed);
			case CREDIT_NOTE -> creditNote(owed);
			case COMMISSION_INVOICE -> commission.draft(owed);
			case SUBSCRIPTION_INVOICE -> subscriptions.invoice(owed);
			case SUBSCRIPTION_CREDIT_NOTE -> subscriptions.creditNote(owed);
		};
	}

	private InvoiceDraft taxInvoice(OwedDocument owed) {
		OrderView order = orders.find(Objects.requireNonNull(owed.getOrderId()));
		Manufacturer manufacturer = manufacturer(order);
		Clinic clinic = clinics.find(order.clinicId())
			.orElseThrow(() -> new InvoiceNotIssuable("Clinic " + order.clinicName() + " is missing."));
		Instant paidAt = Objects.requireNonNull(owed.getMoneyMovedAt());
		List<InvoiceLine> lines = new ArrayList<>();
		for (OrderView.Item item : order.items()) {
			if (item.cancelled() && item.cancelledAt() != null && item.cancelledAt().isBefore(paidAt)) {
				continue;
			}
			TaxLine tax = GstCalculator.line(item.unitPrice(), item.quantity(), item.gstRate(), order.taxType());
			if (!sameFigures(tax, item)) {
				throw new InvoiceNotIssuable("Line " + item.lineNumber() + " of order " + order.orderNumber()
						+ " does not match the tax calculator.");
			}
			lines.add(InvoiceLine.of(lines.size() + 1, item.id(), item.hsnCode(),
					item.productName() + " (" + item.packSize() + ")", item.quantity(), UNIT, item.unitPrice(), tax));
		}
		InvoiceParty supplier = new InvoiceParty(order.manufacturerName(), order.manufacturerGstin(),
				manufacturer.getAddress().singleLine(), order.manufacturerState());
		InvoiceParty recipient = new InvoiceParty(order.clinicName(), order.clinicGstin(),
				clinic.getAddress().singleLine(), Gstin.parse(order.clinicGstin()).state());
		InvoiceDraft draft = new InvoiceDraft(owed, manufacturer.getId().toString(),
				prefixes.of(manufacturer.getId(), order.manufacturerName()), supplier, recipient, order.placeOfSupply(),
				order.shippingAddress().singleLine(), order.taxType(), lines, manufacturer.getOwnerUserId(),
				clinic.getOwnerUserId(), order.orderNumber(), null, null, null, settings.platform().party());
		requireTotal(draft, "captured for order " + order.orderNumber());
		return draft;
	}

	private InvoiceDraft creditNote(OwedDocument owed) {
		UUID orderId = Objects.requireNonNull(owed.getOrderId());
		Invoice original = invoices.findFirstByOrderIdAndKind(orderId, InvoiceKind.TAX_INVOICE)
			.orElseThrow(() -> new InvoiceNotReady("The order's tax invoice is not issued yet."));
		List<InvoiceLine> credited;
		String reason;
		List<RefundedLine> claimed = owed.getRefundId() == null ? List.of() : claims.refundedLines(owed.getRefundId());
		if (!claimed.isEmpty()) {
			credited = claimed.stream().map(line -> creditedPart(original, line)).toList();
			reason = "Deficient supply: goods reported damaged, short, wrong or expired after delivery, and their value"
					+ " refunded to the clinic.";
		}
		else if (owed.getOrderItemId() != null) {
			credited = original.getLines()
				.stream()
				.filter(line -> owed.getOrderItemId().equals(line.orderItemId()))
				.toList();
			reason = "An item was cancelled after invoicing and its price refunded to the clinic.";
		}
		else {
			Set<UUID> refundedBefore = owedDocuments.findByOrderIdAndKind(orderId, InvoiceKind.CREDIT_NOTE)
				.stream()
				.map(OwedDocument::getOrderItemId)
				.filter(Objects::nonNull)
				.collect(Collectors.toSet());
			credited = original.getLines()
				.stream()
				.filter(line -> !refundedBefore.contains(line.orderItemId()))
				.toList();
			reason = "The order was cancelled after invoicing and what was not supplied refunded to the clinic.";
		}
		List<InvoiceLine> lines = new ArrayList<>();
		credited.forEach(line -> lines.add(line.numbered(lines.size() + 1)));
		InvoiceDraft draft = new InvoiceDraft(owed, original.getSupplierKey(),
				prefixes.of(Objects.requireNonNull(original.getManufacturerId()), original.getSupplier().name()),
				original.getSupplier(), original.getRecipient(), original.getPlaceOfSupply(),
				original.getDeliveryAddress(), original.getTaxType(), lines, original.getManufacturerUserId(),
				original.getClinicUserId(), original.getOrderNumber(), original, null, reason,
				settings.platform().party());
		requireTotal(draft, "refunded on order " + original.getOrderNumber());
		return draft;
	}

	/**
	 * The part of an invoice line a claim's refund gave back: its units, and its amount
	 * split into taxable value and tax at the line's rate.
	 */
	private static InvoiceLine creditedPart(Invoice original, RefundedLine refunded) {
		InvoiceLine line = original.getLines()
			.stream()
			.filter(candidate -> refunded.orderItemId().equals(candidate.orderItemId()))
			.findFirst()
			.orElseThrow(
					() -> new InvoiceNotIssuable("The refunded line is not on invoice " + original.getNumber() + "."));
		return new InvoiceLine(line.lineNumber(), line.orderItemId(), line.hsnCode(), line.description(),
				refunded.quantity(), line.unit(), line.unitPrice(), line.gstRate(), refunded.taxableValue(),
				refunded.cgst(), refunded.sgst(), refunded.igst(), refunded.amount());
	}

	private Manufacturer manufacturer(OrderView order) {
		return manufacturers.find(order.manufacturerId())
			.orElseThrow(() -> new InvoiceNotIssuable("Manufacturer " + order.manufacturerName() + " is missing."));
	}

	private static boolean sameFigures(TaxLine tax, OrderView.Item item) {
		return tax.taxableValue().compareTo(item.taxableValue()) == 0 && tax.cgst().compareTo(item.cgst()) == 0
				&& tax.sgst().compareTo(item.sgst()) == 0 && tax.igst().compareTo(item.igst()) == 0;
	}

	private static void requireTotal(InvoiceDraft draft, String what) {
		BigDecimal expected = Objects.requireNonNull(draft.owed().getAmount());
		if (draft.lines().isEmpty() || draft.total().compareTo(expected) != 0) {
			throw new InvoiceNotIssuable("Its lines add up to " + Money.format(draft.total()) + " but "
					+ Money.format(expected) + " was " + what + ".");
		}
	}

}
