package com.ayurlahi.invoices;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents issued in a month (by their issue date, a calendar day in India), with
 * their lines, for the GST returns: a manufacturer's tax invoices and credit notes, and
 * the platform's own commission and subscription documents.
 */
@Service
@Transactional(readOnly = true)
public class IssuedDocuments {

	private static final EnumSet<InvoiceKind> MANUFACTURER_KINDS = EnumSet.of(InvoiceKind.TAX_INVOICE,
			InvoiceKind.CREDIT_NOTE);

	private static final EnumSet<InvoiceKind> PLATFORM_KINDS = EnumSet.of(InvoiceKind.COMMISSION_INVOICE,
			InvoiceKind.SUBSCRIPTION_INVOICE, InvoiceKind.SUBSCRIPTION_CREDIT_NOTE);

	private final Invoices invoices;

	private final InvoiceSettings settings;

	IssuedDocuments(Invoices invoices, InvoiceSettings settings) {
		this.invoices = invoices;
		this.settings = settings;
	}

	/** The manufacturer's tax invoices and credit notes issued in {@code month}. */
	public List<Invoice> ofManufacturer(UUID manufacturerId, YearMonth month) {
		return invoices.issuedBy(manufacturerId, MANUFACTURER_KINDS, month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * Every manufacturer's tax invoices and credit notes issued in {@code month}: the
	 * supplies made through the platform.
	 */
	public List<Invoice> ofAllManufacturers(YearMonth month) {
		return invoices.issued(MANUFACTURER_KINDS, month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * The platform's own documents issued in {@code month}: commission invoices to
	 * manufacturers, subscription invoices and credit notes to clinics.
	 */
	public List<Invoice> ofPlatform(YearMonth month) {
		return invoices.issued(PLATFORM_KINDS, month.atDay(1), month.atEndOfMonth());
	}

	/** The platform as its documents name it (legal name, GSTIN, state). */
	public InvoiceParty platform() {
		return settings.platform().party();
	}

}
