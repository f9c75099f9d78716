package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.address.IndianStateConverter;
import com.ayurlahi.common.tax.TaxTotals;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.storage.StoredObject;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * An issued tax invoice, credit note or commission invoice, or the platform's
 * subscription invoice or credit note to a clinic, exactly as printed, with where its PDF
 * is kept and the PDF's SHA-256. It is written once and never changed (PostgreSQL refuses
 * updates); a correction is a new credit note.
 */
@Entity
@Table(name = "invoices")
public class Invoice implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "request_id", updatable = false)
	private UUID requestId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private InvoiceKind kind;

	@Column(name = "invoice_number", updatable = false)
	private String number;

	@Column(name = "supplier_key", updatable = false)
	private String supplierKey;

	@Column(name = "financial_year", updatable = false)
	private String financialYear;

	@Column(name = "sequence_number", updatable = false)
	private long sequenceNumber;

	@Column(name = "issue_date", updatable = false)
	private LocalDate issueDate;

	@Column(name = "issued_at", updatable = false)
	private Instant issuedAt;

	@Column(name = "manufacturer_id", updatable = false)
	private @Nullable UUID manufacturerId;

	@Column(name = "manufacturer_user_id", updatable = false)
	private @Nullable UUID manufacturerUserId;

	@Column(name = "clinic_id", updatable = false)
	private @Nullable UUID clinicId;

	@Column(name = "subscription_charge_id", updatable = false)
	private @Nullable UUID subscriptionChargeId;

	@Column(name = "order_id", updatable = false)
	private @Nullable UUID orderId;

	@Column(name = "order_number", updatable = false)
	private @Nullable String orderNumber;

	@Column(name = "clinic_user_id", updatable = false)
	private @Nullable UUID clinicUserId;

	@Column(name = "original_invoice_id", updatable = false)
	private @Nullable UUID originalInvoiceId;

	@Column(name = "period_start", updatable = false)
	private @Nullable LocalDate periodStart;

	@Column(name = "supplier_name", updatable = false)
	private String supplierName;

	@Column(name = "supplier_gstin", updatable = false)
	private String supplierGstin;

	@Column(name = "supplier_address", updatable = false)
	private String supplierAddress;

	@Convert(converter = IndianStateConverter.class)
	@Column(name = "supplier_state_code", updatable = false)
	private IndianState supplierState;

	@Column(name = "recipient_name", updatable = false)
	private String recipientName;

	@Column(name = "recipient_gstin", updatable = false)
	private String recipientGstin;

	@Column(name = "recipient_address", updatable = false)
	private String recipientAddress;

	@Convert(converter = IndianStateConverter.class)
	@Column(name = "recipient_state_code", updatable = false)
	private IndianState recipientState;

	@Convert(converter = IndianStateConverter.class)
	@Column(name = "place_of_supply_code", updatable = false)
	private IndianState placeOfSupply;

	@Column(name = "delivery_address", updatable = false)
	private @Nullable String deliveryAddress;

	@Column(name = "operator_name", updatable = false)
	private @Nullable String operatorName;

	@Column(name = "operator_gstin", updatable = false)
	private @Nullable String operatorGstin;

	@Enumerated(EnumType.STRING)
	@Column(name = "tax_type", updatable = false)
	private TaxType taxType;

	@Column(name = "taxable_value", updatable = false)
	private BigDecimal taxableValue;

	@Column(updatable = false)
	private BigDecimal cgst;

	@Column(updatable = false)
	private BigDecimal sgst;

	@Column(updatable = false)
	private BigDecimal igst;

	@Column(updatable = false)
	private BigDecimal total;

	@Column(updatable = false)
	private @Nullable String reason;

	@Column(name = "storage_key", updatable = false)
	private @Nullable String storageKey;

	@Column(name = "pdf_sha256", updatable = false)
	private @Nullable String pdfSha256;

	@Column(name = "pdf_size", updatable = false)
	private long pdfSize;

	@ElementCollection
	@CollectionTable(name = "invoice_lines", joinColumns = @JoinColumn(name = "invoice_id"))
	@OrderBy("lineNumber")
	private List<InvoiceLine> lines = new ArrayList<>();

	/**
	 * Issued now and not yet saved: saving it inserts it without first looking for its id
	 * ({@link Persistable}; the id is ours, so the repository could not tell).
	 */
	@Transient
	private boolean fresh;

	protected Invoice() {
	}

	/**
	 * The document {@code draft} becomes under {@code number}; it is recorded once its
	 * PDF is kept ({@link #keptAs}).
	 */
	static Invoice issue(InvoiceDraft draft, InvoiceNumber number, LocalDate issueDate, Instant now) {
		Invoice invoice = new Invoice();
		invoice.id = UUID.randomUUID();
		invoice.fresh = true;
		invoice.requestId = draft.owed().getId();
		invoice.kind = draft.kind();
		invoice.number = number.text();
		invoice.supplierKey = draft.supplierKey();
		invoice.financialYear = number.financialYear().code();
		invoice.sequenceNumber = number.sequence();
		invoice.issueDate = issueDate;
		invoice.issuedAt = now;
		invoice.manufacturerId = draft.owed().getManufacturerId();
		invoice.manufacturerUserId = draft.manufacturerUserId();
		invoice.clinicId = draft.owed().getClinicId();
		invoice.subscriptionChargeId = draft.owed().getSubscriptionChargeId();
		invoice.orderId = draft.owed().getOrderId();
		invoice.orderNumber = draft.orderNumber();
		invoice.clinicUserId = draft.clinicUserId();
		invoice.originalInvoiceId = draft.original() == null ? null : draft.original().getId();
		invoice.periodStart = draft.period() == null ? null : draft.period().atDay(1);
		invoice.supplierName = draft.supplier().name();
		invoice.supplierGstin = draft.supplier().gstin();
		invoice.supplierAddress = draft.supplier().address();
		invoice.supplierState = draft.supplier().state();
		invoice.recipientName = draft.recipient().name();
		invoice.recipientGstin = draft.recipient().gstin();
		invoice.recipientAddress = draft.recipient().address();
		invoice.recipientState = draft.recipient().state();
		invoice.placeOfSupply = draft.placeOfSupply();
		invoice.deliveryAddress = draft.deliveryAddress();
		invoice.taxType = draft.taxType();
		TaxTotals totals = draft.totals();
		invoice.taxableValue = totals.taxableValue();
		invoice.cgst = totals.cgst();
		invoice.sgst = totals.sgst();
		invoice.igst = totals.igst();
		invoice.total = totals.total();
		invoice.reason = draft.reason();
		if (draft.operator() != null) {
			invoice.operatorName = draft.operator().name();
			invoice.operatorGstin = draft.operator().gstin();
		}
		invoice.lines.addAll(draft.lines());
		return invoice;
	}

	/** Where its PDF is kept, once, before it is recorded. */
	void keptAs(StoredObject pdf) {
		if (storageKey != null) {
			throw new IllegalStateException("Invoice " + number + " is kept already");
		}
		storageKey = pdf.key();
		pdfSha256 = pdf.sha256();
		pdfSize = pdf.size();
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostPersist
	@PostLoad
	void saved() {
		fresh = false;
	}

	public InvoiceKind getKind() {
		return kind;
	}

	public String getNumber() {
		return number;
	}

	String getSupplierKey() {
		return supplierKey;
	}

	public String getFinancialYear() {
		return financialYear;
	}

	public long getSequenceNumber() {
		return sequenceNumber;
	}

	public LocalDate getIssueDate() {
		return issueDate;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	/** The manufacturer it concerns; none on the platform's documents to clinics. */
	public @Nullable UUID getManufacturerId() {
		return manufacturerId;
	}

	@Nullable UUID getManufacturerUserId() {
		return manufacturerUserId;
	}

	/** The clinic a subscription document is issued to. */
	public @Nullable UUID getClinicId() {
		return clinicId;
	}

	/** The subscription charge it invoices, or whose refund it credits. */
	public @Nullable UUID getSubscriptionChargeId() {
		return subscriptionChargeId;
	}

	public @Nullable UUID getOrderId() {
		return orderId;
	}

	public @Nullable String getOrderNumber() {
		return orderNumber;
	}

	@Nullable UUID getClinicUserId() {
		return clinicUserId;
	}

	public @Nullable UUID getOriginalInvoiceId() {
		return originalInvoiceId;
	}

	public @Nullable YearMonth getPeriod() {
		return periodStart == null ? null : YearMonth.from(periodStart);
	}

	public InvoiceParty getSupplier() {
		return new InvoiceParty(supplierName, supplierGstin, supplierAddress, supplierState);
	}

	public InvoiceParty getRecipient() {
		return new InvoiceParty(recipientName, recipientGstin, recipientAddress, recipientState);
	}

	public IndianState getPlaceOfSupply() {
		return placeOfSupply;
	}

	public @Nullable String getDeliveryAddress() {
		return deliveryAddress;
	}

	public TaxType getTaxType() {
		return taxType;
	}

	public BigDecimal getTaxableValue() {
		return taxableValue;
	}

	public BigDecimal getCgst() {
		return cgst;
	}

	public BigDecimal getSgst() {
		return sgst;
	}

	public BigDecimal getIgst() {
		return igst;
	}

	public BigDecimal getTotal() {
		return total;
	}

	/**
	 * The e-commerce operator the supply was made through, on a manufacturer's documents.
	 */
	public @Nullable String getOperatorName() {
		return operatorName;
	}

	public @Nullable String getOperatorGstin() {
		return operatorGstin;
	}

	public boolean isCreditNote() {
		return kind.isCreditNote();
	}

	public @Nullable String getReason() {
		return reason;
	}

	@Nullable String getStorageKey() {
		return storageKey;
	}

	public @Nullable String getPdfSha256() {
		return pdfSha256;
	}

	public long getPdfSize() {
		return pdfSize;
	}

	public List<InvoiceLine> getLines() {
		return List.copyOf(lines);
	}

	/**
	 * The file name a download carries: the number with its slashes made safe, e.g.
	 * KVA-2627-000042.pdf.
	 */
	public String fileName() {
		return number.replace('/', '-') + ".pdf";
	}

}
