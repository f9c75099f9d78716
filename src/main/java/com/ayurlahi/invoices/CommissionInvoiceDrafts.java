package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.payments.CommissionEarned;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.SettlementLedger;

/**
 * The platform's commission invoice to a manufacturer for a calendar month (Indian time):
 * one line per order whose commission the settlement ledger recorded in that month, the
 * commission as a service (SAC from the settings) at the GST rate on commission, CGST +
 * SGST when the manufacturer is registered in the platform's state, IGST otherwise.
 * Orders whose refunds in the month gave back more commission than the month earned on
 * them are left out (they call for a credit note against the earlier month's invoice).
 */
@Component
class CommissionInvoiceDrafts {

	static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
	static final String SUPPLIER_KEY = "PLATFORM";

	private static final String UNIT = "OTH";

	private final SettlementLedger ledger;

	private final ManufacturerManagement manufacturers;

	private final InvoiceSettings settings;

	private final PaymentSettings paymentSettings;

	CommissionInvoiceDrafts(SettlementLedger ledger, ManufacturerManagement manufacturers, InvoiceSettings settings,
			PaymentSettings paymentSettings) {
		this.ledger = ledger;
		this.manufacturers = manufacturers;
		this.settings = settings;
		this.paymentSettings = paymentSettings;
	}

	/** The manufacturers that earned the platform commission in {@code month}. */
	Set<UUID> manufacturersCharged(YearMonth month) {
		Set<UUID> charged = new TreeSet<>();
		earned(month).stream()
			.filter(order -> order.commission().signum() > 0)
			.forEach(order -> charged.add(order.manufacturerId()));
		return charged;
	}

	InvoiceDraft draft(OwedDocument owed) {
		YearMonth month = Objects.requireNonNull(owed.getPeriod());
		Manufacturer manufacturer = manufacturers.find(Objects.requireNonNull(owed.getManufacturerId()))
			.orElseThrow(() -> new InvoiceNotIssuable("The manufacturer is missing."));
		InvoiceParty platform = settings.platform().party();
		InvoiceParty recipient = new InvoiceParty(manufacturer.getName(), manufacturer.getGstin().value(),
				manufacturer.getAddress().singleLine(), manufacturer.getGstin().state());
		TaxType type = TaxType.of(platform.state(), recipient.state());
		BigDecimal rate = paymentSettings.commissionGstRate();
		List<InvoiceLine> lines = new ArrayList<>();
		for (CommissionEarned order : earned(month)) {
			if (order.manufacturerId().equals(manufacturer.getId()) && order.commission().signum() > 0) {
				lines.add(InvoiceLine.of(lines.size() + 1, null, settings.platform().commissionSac(),
						"Marketplace commission on order " + order.orderNumber(), 1, UNIT, order.commission(),
						GstCalculator.line(order.commission(), 1, rate, type)));
			}
		}
		if (lines.isEmpty()) {
			throw new InvoiceNotIssuable(
					"No commission was earned from " + manufacturer.getName() + " in " + month + ".");
		}
		return new InvoiceDraft(owed, SUPPLIER_KEY, settings.platform().numberPrefix(), platform, recipient,
				recipient.state(), null, type, lines, manufacturer.getOwnerUserId(), null, null, null, month, null,
				null);
	}

	private List<CommissionEarned> earned(YearMonth month) {
		Instant from = month.atDay(1).atStartOfDay(INDIA).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(INDIA).toInstant();
		return ledger.commissionBetween(from, to);
	}

}
