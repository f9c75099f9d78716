package com.ayurlahi.gstreturns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.invoices.Invoice;
import com.ayurlahi.invoices.InvoiceParty;
import com.ayurlahi.invoices.IssuedDocuments;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.SettlementLedger;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * The module's API: a month's GSTR-1 of a manufacturer or of the platform, and the
 * platform's GSTR-8, each read afresh from the documents issued in that month. A
 * manufacturer reads only its own GSTR-1; ADMIN reads any manufacturer's, the platform's
 * and the GSTR-8; everyone else is refused.
 */
@Service
@Transactional(readOnly = true)
public class GstReturns {

	private final IssuedDocuments documents;

	private final ManufacturerManagement manufacturers;

	private final SettlementLedger ledger;

	private final PaymentSettings payments;

	GstReturns(IssuedDocuments documents, ManufacturerManagement manufacturers, SettlementLedger ledger,
			PaymentSettings payments) {
		this.documents = documents;
		this.manufacturers = manufacturers;
		this.ledger = ledger;
		this.payments = payments;
	}

	/**
	 * The GSTR-1 {@code viewer} asks for: a manufacturer its own (naming another is
	 * refused), ADMIN the named manufacturer's or, naming none, the platform's own.
	 */
	public Gstr1Return gstr1For(AuthenticatedUser viewer, @Nullable UUID manufacturerId, ReturnPeriod period) {
		if (viewer.role() == Role.MANUFACTURER) {
			Manufacturer own = manufacturers.findOwnedBy(viewer.id())
				.orElseThrow(() -> new NotFoundException("Register your manufacturer profile first."));
			if (manufacturerId != null && !manufacturerId.equals(own.getId())) {
				throw new AccessDeniedException("A manufacturer reads only its own GSTR-1.");
			}
			return gstr1OfManufacturer(own, period);
		}
		if (viewer.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only a manufacturer and ADMIN read GSTR-1 data.");
		}
		if (manufacturerId == null) {
			return gstr1OfPlatform(period);
		}
		return gstr1OfManufacturer(manufacturers.find(manufacturerId)
			.orElseThrow(() -> new NotFoundException("There is no such manufacturer.")), period);
	}

	/**
	 * The manufacturer's GSTR-1 under its GSTIN: the tax invoices and credit notes it
	 * issued under that GSTIN in the month.
	 */
	public Gstr1Return gstr1OfManufacturer(Manufacturer manufacturer, ReturnPeriod period) {
		String gstin = manufacturer.getGstin().value();
		List<Invoice> issued = documents.ofManufacturer(manufacturer.getId(), period.month())
			.stream()
			.filter(document -> document.getSupplier().gstin().equals(gstin))
			.toList();
		return Gstr1Builder.build(gstin, manufacturer.getName(), period, issued);
	}

	/** The platform's GSTR-1: its commission and subscription documents of the month. */
	public Gstr1Return gstr1OfPlatform(ReturnPeriod period) {
		InvoiceParty platform = documents.platform();
		return Gstr1Builder.build(platform.gstin(), platform.name(), period, documents.ofPlatform(period.month()));
	}

	/**
	 * The platform's GSTR-8 of the month, with what the ledger withheld per supplier.
	 * Only ADMIN may read it.
	 */
	public Gstr8Return gstr8For(AuthenticatedUser viewer, ReturnPeriod period) {
		if (viewer.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only ADMIN reads the GSTR-8.");
		}
		return gstr8(period);
	}

	Gstr8Return gstr8(ReturnPeriod period) {
		BigDecimal rate = payments.tcsRate();
		List<Invoice> supplies = documents.ofAllManufacturers(period.month());
		Map<String, Gstr8.Tcs> rows = Gstr8Builder.rows(supplies, rate);
		Map<String, UUID> manufacturerOf = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (Invoice supply : supplies) {
			if (supply.getManufacturerId() != null) {
				manufacturerOf.putIfAbsent(supply.getSupplier().gstin(), supply.getManufacturerId());
			}
			names.putIfAbsent(supply.getSupplier().gstin(), supply.getSupplier().name());
		}
		Map<UUID, BigDecimal> withheld = new HashMap<>(ledger.tcsWithheldBetween(period.start(), period.end()));
		List<Gstr8Return.Supplier> suppliers = new ArrayList<>();
		rows.forEach((gstin, row) -> {
			UUID manufacturerId = manufacturerOf.get(gstin);
			BigDecimal tcs = manufacturerId == null ? null : withheld.remove(manufacturerId);
			suppliers.add(
					new Gstr8Return.Supplier(gstin, names.get(gstin), row, tcs == null ? new BigDecimal("0.00") : tcs));
		});
		// Withheld in the month for supplies whose documents fall in another month.
		withheld.forEach((manufacturerId, tcs) -> manufacturers.find(manufacturerId)
			.ifPresent(manufacturer -> suppliers.add(new Gstr8Return.Supplier(manufacturer.getGstin().value(),
					manufacturer.getName(), Gstr8Builder.empty(manufacturer.getGstin().value()), tcs))));
		InvoiceParty platform = documents.platform();
		return new Gstr8Return(new Gstr8(platform.gstin(), period.filingPeriod(), List.copyOf(rows.values())), period,
				rate, suppliers);
	}

}
