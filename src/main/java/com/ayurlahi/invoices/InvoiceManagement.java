package com.ayurlahi.invoices;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.storage.ObjectStorage;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The invoices module's API: documents as their readers may see them, their PDFs, and
 * issuing an order's invoice on demand. A document is visible to the clinic it was issued
 * to (the clinic's owner account), the manufacturer it concerns (none for the platform's
 * subscription documents), ADMIN and SUPPORT; to anyone else it does not exist.
 */
@Service
public class InvoiceManagement {

	private final Invoices invoices;

	private final OwedDocuments owedDocuments;

	private final OwedDocumentRecorder recorder;

	private final InvoiceRenderer renderer;

	private final ObjectStorage storage;

	private final OrderManagement orders;

	InvoiceManagement(Invoices invoices, OwedDocuments owedDocuments, OwedDocumentRecorder recorder,
			InvoiceRenderer renderer, ObjectStorage storage, OrderManagement orders) {
		this.invoices = invoices;
		this.owedDocuments = owedDocuments;
		this.recorder = recorder;
		this.renderer = renderer;
		this.storage = storage;
		this.orders = orders;
	}

	/**
	 * An issued order's tax invoice, now if it wasn't issued yet; {@code created} says
	 * which.
	 */
	public Issued generateFor(UUID orderId, AuthenticatedUser staff) {
		orders.get(orderId, staff);
		OwedDocument owed = owedDocuments.findByRequestKey(OwedDocument.taxInvoiceKey(orderId))
			.orElseThrow(() -> new ConflictException(
					"The order has not been paid: its tax invoice is issued once its payment is captured."));
		if (owed.isIssued()) {
			return new Issued(invoices.findByRequestId(owed.getId()).orElseThrow(), false);
		}
		Actor actor = Actor.user(staff.id(), staff.role().name());
		Optional<Invoice> issued = recorder.tryIssue(owed.getId(), actor);
		return issued.map(invoice -> new Issued(invoice, true))
			.orElseThrow(() -> new ConflictException("The invoice could not be issued now: "
					+ owedDocuments.findById(owed.getId()).map(OwedDocument::getLastError).orElse("try again later")));
	}

	@Transactional(readOnly = true)
	public Invoice get(UUID invoiceId, AuthenticatedUser viewer) {
		Invoice invoice = invoices.findWithLinesById(invoiceId).orElseThrow(InvoiceManagement::notFound);
		requireVisible(invoice, viewer);
		return invoice;
	}

	/** The order's documents, oldest first, when {@code viewer} may see the order. */
	@Transactional(readOnly = true)
	public List<Invoice> forOrder(UUID orderId, AuthenticatedUser viewer) {
		orders.get(orderId, viewer);
		return invoices.findByOrderIdOrderByIssuedAt(orderId)
			.stream()
			.filter(invoice -> isVisible(invoice, viewer))
			.toList();
	}

	/** The documents {@code viewer} may see, newest first. */
	@Transactional(readOnly = true)
	public Page<Invoice> listFor(AuthenticatedUser viewer, Pageable pageable) {
		return listFor(viewer, Set.of(), pageable);
	}

	/**
	 * The documents of these kinds {@code viewer} may see (of every kind when none is
	 * given), newest first.
	 */
	@Transactional(readOnly = true)
	public Page<Invoice> listFor(AuthenticatedUser viewer, Set<InvoiceKind> kinds, Pageable pageable) {
		if (kinds.isEmpty()) {
			return switch (viewer.role()) {
				case CLINIC -> invoices.findByClinicUserIdOrderByIssuedAtDesc(viewer.id(), pageable);
				case MANUFACTURER -> invoices.findByManufacturerUserIdOrderByIssuedAtDesc(viewer.id(), pageable);
				case ADMIN, SUPPORT -> invoices.findAllByOrderByIssuedAtDesc(pageable);
			};
		}
		return switch (viewer.role()) {
			case CLINIC -> invoices.findByClinicUserIdAndKindInOrderByIssuedAtDesc(viewer.id(), kinds, pageable);
			case MANUFACTURER ->
				invoices.findByManufacturerUserIdAndKindInOrderByIssuedAtDesc(viewer.id(), kinds, pageable);
			case ADMIN, SUPPORT -> invoices.findByKindInOrderByIssuedAtDesc(kinds, pageable);
		};
	}

	/** The PDF exactly as issued. */
	@Transactional(readOnly = true)
	public Pdf pdf(UUID invoiceId, AuthenticatedUser viewer) {
		Invoice invoice = invoices.findById(invoiceId).orElseThrow(InvoiceManagement::notFound);
		requireVisible(invoice, viewer);
		return new Pdf(invoice.fileName(), storage.get(java.util.Objects.requireNonNull(invoice.getStorageKey())));
	}

	/** The document as HTML, from the same template as its PDF. */
	@Transactional(readOnly = true)
	public String html(UUID invoiceId, AuthenticatedUser viewer) {
		Invoice invoice = get(invoiceId, viewer);
		Invoice original = invoice.getOriginalInvoiceId() == null ? null
				: invoices.findWithLinesById(invoice.getOriginalInvoiceId()).orElseThrow();
		return renderer.html(new InvoiceDocument(invoice, original));
	}

	/** Documents still owed whose last attempt failed, with the reason, for the team. */
	@Transactional(readOnly = true)
	public List<OwedDocumentView> failing(int limit) {
		return owedDocuments.findFailing(Limit.of(limit))
			.stream()
			.map(owed -> new OwedDocumentView(owed.getKind(), owed.getOrderId(), owed.getPeriod(), owed.getClinicId(),
					owed.getAttempts(), owed.getLastError(), owed.getLastAttemptAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	public long owed() {
		return owedDocuments.countByIssuedAtIsNull();
	}

	private static void requireVisible(Invoice invoice, AuthenticatedUser viewer) {
		if (!isVisible(invoice, viewer)) {
			throw notFound();
		}
	}

	private static boolean isVisible(Invoice invoice, AuthenticatedUser viewer) {
		return switch (viewer.role()) {
			case CLINIC -> invoice.getClinicUserId() != null && viewer.id().equals(invoice.getClinicUserId());
			case MANUFACTURER ->
				invoice.getManufacturerUserId() != null && viewer.id().equals(invoice.getManufacturerUserId());
			case ADMIN, SUPPORT -> true;
		};
	}

	private static NotFoundException notFound() {
		return new NotFoundException("There is no such invoice.");
	}

	/** An order's invoice, and whether this call issued it. */
	public record Issued(Invoice invoice, boolean created) {
	}

	/** A PDF with the file name it is downloaded under. */
	public record Pdf(String fileName, byte[] content) {
	}

}
