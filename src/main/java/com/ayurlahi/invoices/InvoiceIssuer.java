package com.ayurlahi.invoices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.storage.ObjectStorage;
import com.ayurlahi.storage.StoredObject;

/**
 * Issues one owed document, all in one transaction: lock it, work out the draft, take the
 * series' next number (its row stays locked), render the PDF, keep it in storage, record
 * the invoice with the PDF's SHA-256, mark it issued, audit it and announce it
 * ({@link InvoiceIssued}). Anything failing on the way rolls all of it back, the number
 * included; a PDF already kept by then stays behind unreferenced under a key no later
 * document uses.
 */
@Service
class InvoiceIssuer {

	static final String ENTITY = "INVOICE";

	private static final String PDF = "application/pdf";

	private final OwedDocuments owedDocuments;

	private final Invoices invoices;

	private final InvoiceDrafts drafts;

	private final InvoiceSeries series;

	private final InvoiceRenderer renderer;

	private final ObjectStorage storage;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvoiceIssuer(OwedDocuments owedDocuments, Invoices invoices, InvoiceDrafts drafts, InvoiceSeries series,
			InvoiceRenderer renderer, ObjectStorage storage, ApplicationEventPublisher events, Clock clock) {
		this.owedDocuments = owedDocuments;
		this.invoices = invoices;
		this.drafts = drafts;
		this.series = series;
		this.renderer = renderer;
		this.storage = storage;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The owed document: the one issued before, or a new one issued now in the caller's
	 * transaction (or a new one when there is none).
	 * @throws InvoiceNotReady when a credit note's invoice isn't issued yet
	 * @throws InvoiceNotIssuable when the figures don't add up or a party is missing
	 * @throws com.ayurlahi.storage.StorageException when the PDF could not be kept
	 */
	@Transactional
	Invoice issue(UUID owedId, Actor actor) {
		OwedDocument owed = owedDocuments.findForUpdate(owedId).orElseThrow();
		Optional<Invoice> issued = invoices.findByRequestId(owedId);
		if (owed.isIssued() && issued.isPresent()) {
			return issued.get();
		}
		InvoiceDraft draft = drafts.draft(owed);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, CommissionInvoiceDrafts.INDIA);
		FinancialYear year = FinancialYear.of(today);
		long sequence = series.next(draft.supplierKey(), owed.getKind(), year);
		InvoiceNumber number = InvoiceNumber.of(draft.numberPrefix(), owed.getKind(), year, sequence);
		Invoice invoice = Invoice.issue(draft, number, today, now);
		byte[] pdf = renderer.pdf(new InvoiceDocument(invoice, draft.original()));
		StoredObject kept = storage.put(storageKey(invoice), pdf, PDF);
		invoice.keptAs(kept);
		invoices.save(invoice);
		owed.issued(now);
		events.publishEvent(AuditedChange.of("INVOICE_ISSUED", ENTITY, invoice.getId())
			.value("kind", invoice.getKind())
			.value("number", invoice.getNumber())
			.value("orderId", invoice.getOrderId())
			.value("originalInvoiceId", invoice.getOriginalInvoiceId())
			.value("period", invoice.getPeriod())
			.value("subscriptionChargeId", invoice.getSubscriptionChargeId())
			.value("total", invoice.getTotal())
			.value("pdfSha256", kept.sha256())
			.by(actor));
		events.publishEvent(new InvoiceIssued(invoice.getId(), invoice.getNumber(), invoice.getKind(),
				invoice.getOrderId(), invoice.getOrderNumber(), invoice.getClinicUserId(),
				invoice.getManufacturerUserId(), invoice.getTotal(), now));
		return invoice;
	}

	/** Counts a failed attempt with its reason, in a transaction of its own. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(UUID owedId, String reason) {
		owedDocuments.findById(owedId)
			.filter(owed -> !owed.isIssued())
			.ifPresent(owed -> owed.failed(reason, clock.instant()));
	}

	/**
	 * invoices/2627/VHF-2627-000042-<id>.pdf: the id makes every attempt's key new, so
	 * nothing is overwritten.
	 */
	private static String storageKey(Invoice invoice) {
		return "invoices/" + invoice.getFinancialYear() + "/" + invoice.getNumber().replace('/', '-') + "-"
				+ invoice.getId() + ".pdf";
	}

}
