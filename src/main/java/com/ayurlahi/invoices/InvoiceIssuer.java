package com.ayurlahi.invoices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.storage.ObjectStorage;
import com.ayurlahi.storage.StoredObject;

/**
 * Issues owed documents, all in one transaction: lock them, then for each work out its
 * draft, take the series' next number (its row stays locked), render the PDF, keep it in
 * storage, record the invoice with the PDF's SHA-256, mark it issued, audit it and
 * announce it ({@link InvoiceIssued}). Anything failing on the way rolls all of it back,
 * the numbers included; a PDF already kept by then stays behind unreferenced under a key
 * no later document uses.
 * <p>
 * The PDF is rendered while the series' row is locked, because the number is printed on
 * it and a number may only be taken for good once its document is: committing the number
 * first and rendering afterwards would leave a gap in the series whenever a render or the
 * storage failed, or an invoice without its PDF. What shortens the lock instead is the
 * renderer's speed and, when several documents are issued together (the job's chunks),
 * rendering their PDFs side by side once all of them are numbered: they are numbered one
 * after the other in the order given, then rendered on every core, then kept and recorded
 * in that order. A draft reads the order, the owed documents and invoices issued before
 * (a credit note's invoice, issued in an earlier step of the job), never a document of
 * the same batch, so numbering all first drafts each as issuing them one by one would.
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
		return issue(List.of(owedId), actor).getFirst();
	}

	/**
	 * The owed documents, each as {@link #issue(UUID, Actor)} would, numbered in the
	 * order given, with their PDFs rendered side by side: all of them or, when one fails,
	 * none.
	 */
	@Transactional
	List<Invoice> issue(List<UUID> owedIds, Actor actor) {
		return issueInOrder(
				owedIds.stream().distinct().map(owedId -> owedDocuments.findForUpdate(owedId).orElseThrow()).toList(),
				actor);
	}

	/**
	 * Up to {@code batch} tax invoices a manufacturer still owes (those nobody else is
	 * issuing and whose last attempt did not fail:
	 * {@link OwedDocuments#claimOpenTaxInvoices}), as {@link #issue(List, Actor)} would,
	 * in the order they were owed.
	 * @return the invoices issued, none when nothing was left to issue
	 */
	@Transactional
	List<Invoice> issueOpenTaxInvoices(UUID manufacturerId, int batch, Actor actor) {
		return issueInOrder(owedDocuments.claimOpenTaxInvoices(manufacturerId, Limit.of(batch)), actor);
	}

	/**
	 * Up to {@code batch} subscription invoices the platform still owes, as
	 * {@link #issueOpenTaxInvoices} issues a manufacturer's tax invoices.
	 */
	@Transactional
	List<Invoice> issueOpenSubscriptionInvoices(int batch, Actor actor) {
		return issueInOrder(owedDocuments.claimOpenSubscriptionInvoices(Limit.of(batch)), actor);
	}

	/**
	 * Issues the owed documents, every one of them already locked by the caller before
	 * any is numbered, so that nobody issuing one of them alone meanwhile waits for the
	 * series while holding one this batch waits for.
	 */
	private List<Invoice> issueInOrder(List<OwedDocument> owed, Actor actor) {
		List<Invoice> issued = new ArrayList<>(owed.size());
		List<Numbered> numbered = new ArrayList<>(owed.size());
		for (OwedDocument document : owed) {
			Optional<Invoice> before = document.isIssued() ? invoices.findByRequestId(document.getId())
					: Optional.empty();
			if (before.isPresent()) {
				issued.add(before.get());
				continue;
			}
			Numbered next = number(document);
			numbered.add(next);
			issued.add(next.invoice());
		}
		renderer.pdfs(numbered, Numbered::document, (next, pdf) -> record(next, pdf, actor));
		return issued;
	}

	/** The draft, numbered next in its series (whose row stays locked). */
	private Numbered number(OwedDocument owed) {
		Instant now = clock.instant();
		InvoiceDraft draft = drafts.draft(owed);
		LocalDate today = LocalDate.ofInstant(now, CommissionInvoiceDrafts.INDIA);
		FinancialYear year = FinancialYear.of(today);
		long sequence = series.next(draft.supplierKey(), owed.getKind(), year);
		InvoiceNumber number = InvoiceNumber.of(draft.numberPrefix(), owed.getKind(), year, sequence);
		Invoice invoice = Invoice.issue(draft, number, today, now);
		return new Numbered(owed, invoice, new InvoiceDocument(invoice, draft.original()), now);
	}

	private void record(Numbered numbered, byte[] pdf, Actor actor) {
		Invoice invoice = numbered.invoice();
		Instant now = numbered.at();
		StoredObject kept = storage.put(storageKey(invoice), pdf, PDF);
		invoice.keptAs(kept);
		invoices.save(invoice);
		numbered.owed().issued(now);
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

	/** An owed document's invoice, numbered and waiting for its PDF. */
	private record Numbered(OwedDocument owed, Invoice invoice, InvoiceDocument document, Instant at) {
	}

}
