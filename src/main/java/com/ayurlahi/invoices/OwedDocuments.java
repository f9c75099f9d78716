package com.ayurlahi.invoices;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** Documents owed. */
interface OwedDocuments extends JpaRepository<OwedDocument, UUID> {

	Optional<OwedDocument> findByRequestKey(String requestKey);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from OwedDocument r where r.id = :id")
	Optional<OwedDocument> findForUpdate(UUID id);

	/** The credit notes owed or issued for an order's refunds. */
	List<OwedDocument> findByOrderIdAndKind(UUID orderId, InvoiceKind kind);

	/**
	 * Documents of a kind still owed, oldest first: tax invoices, commission invoices,
	 * subscription invoices.
	 */
	@Query("select r.id from OwedDocument r where r.issuedAt is null and r.kind = :kind order by r.requestedAt, r.id")
	List<UUID> findOpen(InvoiceKind kind, Limit limit);

	/**
	 * Up to {@code limit} tax invoices a manufacturer still owes, oldest first, locked
	 * for this transaction: those another transaction is issuing (locked) are skipped,
	 * not waited for, and so are those whose last attempt failed (left to the
	 * invoice-generation job).
	 */
	@Query(value = """
			select id from invoice_requests
			 where issued_at is null and kind = 'TAX_INVOICE' and manufacturer_id = :manufacturerId
			   and last_error is null
			 order by requested_at, id
			 limit :limit
			 for update skip locked""", nativeQuery = true)
	List<UUID> claimOpenTaxInvoices(UUID manufacturerId, int limit);

	/** The same as {@link #claimOpenTaxInvoices}, without locking them. */
	@Query(value = """
			select id from invoice_requests
			 where issued_at is null and kind = 'TAX_INVOICE' and manufacturer_id = :manufacturerId
			   and last_error is null
			 order by requested_at, id
			 limit :limit""", nativeQuery = true)
	List<UUID> findOpenTaxInvoices(UUID manufacturerId, int limit);

	/**
	 * Up to {@code limit} subscription invoices the platform still owes, oldest first,
	 * claimed as {@link #claimOpenTaxInvoices} claims tax invoices.
	 */
	@Query(value = """
			select id from invoice_requests
			 where issued_at is null and kind = 'SUBSCRIPTION_INVOICE' and last_error is null
			 order by requested_at, id
			 limit :limit
			 for update skip locked""", nativeQuery = true)
	List<UUID> claimOpenSubscriptionInvoices(int limit);

	/** The same as {@link #claimOpenSubscriptionInvoices}, without locking them. */
	@Query(value = """
			select id from invoice_requests
			 where issued_at is null and kind = 'SUBSCRIPTION_INVOICE' and last_error is null
			 order by requested_at, id
			 limit :limit""", nativeQuery = true)
	List<UUID> findOpenSubscriptionInvoices(int limit);

	/** Credit notes still owed whose order's tax invoice is issued, oldest first. */
	@Query("""
			select r.id from OwedDocument r where r.issuedAt is null and r.kind = com.ayurlahi.invoices.InvoiceKind.CREDIT_NOTE
			and exists (select i.id from Invoice i where i.orderId = r.orderId and i.kind = com.ayurlahi.invoices.InvoiceKind.TAX_INVOICE)
			order by r.requestedAt, r.id""")
	List<UUID> findOpenCreditNotes(Limit limit);

	/** Credit notes still owed for an order. */
	@Query("""
			select r.id from OwedDocument r where r.issuedAt is null and r.orderId = :orderId
			and r.kind = com.ayurlahi.invoices.InvoiceKind.CREDIT_NOTE order by r.requestedAt, r.id""")
	List<UUID> findOpenCreditNotesOf(UUID orderId);

	/**
	 * Subscription credit notes still owed whose charge's invoice is issued, oldest
	 * first.
	 */
	@Query("""
			select r.id from OwedDocument r where r.issuedAt is null
			and r.kind = com.ayurlahi.invoices.InvoiceKind.SUBSCRIPTION_CREDIT_NOTE
			and exists (select i.id from Invoice i where i.subscriptionChargeId = r.subscriptionChargeId
			            and i.kind = com.ayurlahi.invoices.InvoiceKind.SUBSCRIPTION_INVOICE)
			order by r.requestedAt, r.id""")
	List<UUID> findOpenSubscriptionCreditNotes(Limit limit);

	/** Credit notes still owed for refunds of a subscription charge. */
	@Query("""
			select r.id from OwedDocument r where r.issuedAt is null and r.subscriptionChargeId = :chargeId
			and r.kind = com.ayurlahi.invoices.InvoiceKind.SUBSCRIPTION_CREDIT_NOTE order by r.requestedAt, r.id""")
	List<UUID> findOpenSubscriptionCreditNotesOf(UUID chargeId);

	/** Requests still owed whose last attempt failed, for the team. */
	@Query("select r from OwedDocument r where r.issuedAt is null and r.lastError is not null order by r.requestedAt")
	List<OwedDocument> findFailing(Limit limit);

	long countByIssuedAtIsNull();

}
