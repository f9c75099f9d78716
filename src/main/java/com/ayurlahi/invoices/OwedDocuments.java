package com.ayurlahi.invoices;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.cfg.AvailableSettings;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

/** Documents owed. */
interface OwedDocuments extends JpaRepository<OwedDocument, UUID> {

	/**
	 * The lock timeout that makes a locking query skip the rows others hold
	 * ({@code SKIP LOCKED}), in Hibernate's terms.
	 */
	String SKIP_LOCKED = "-2";

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
	 * Tax invoices a manufacturer still owes, oldest first, locked for this transaction:
	 * those another transaction is issuing (locked) are skipped, not waited for
	 * ({@code SKIP LOCKED}), and so are those whose last attempt failed (left to the
	 * invoice-generation job).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = AvailableSettings.JAKARTA_LOCK_TIMEOUT, value = SKIP_LOCKED))
	@Query("""
			select r from OwedDocument r where r.issuedAt is null and r.kind = com.ayurlahi.invoices.InvoiceKind.TAX_INVOICE
			and r.manufacturerId = :manufacturerId and r.lastError is null order by r.requestedAt, r.id""")
	List<OwedDocument> claimOpenTaxInvoices(UUID manufacturerId, Limit limit);

	/** The same as {@link #claimOpenTaxInvoices}, without locking them. */
	@Query("""
			select r.id from OwedDocument r where r.issuedAt is null and r.kind = com.ayurlahi.invoices.InvoiceKind.TAX_INVOICE
			and r.manufacturerId = :manufacturerId and r.lastError is null order by r.requestedAt, r.id""")
	List<UUID> findOpenTaxInvoices(UUID manufacturerId, Limit limit);

	/**
	 * Subscription invoices the platform still owes, oldest first, claimed as
	 * {@link #claimOpenTaxInvoices} claims tax invoices.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = AvailableSettings.JAKARTA_LOCK_TIMEOUT, value = SKIP_LOCKED))
	@Query("""
			select r from OwedDocument r where r.issuedAt is null
			and r.kind = com.ayurlahi.invoices.InvoiceKind.SUBSCRIPTION_INVOICE and r.lastError is null
			order by r.requestedAt, r.id""")
	List<OwedDocument> claimOpenSubscriptionInvoices(Limit limit);

	/** The same as {@link #claimOpenSubscriptionInvoices}, without locking them. */
	@Query("""
			select r.id from OwedDocument r where r.issuedAt is null
			and r.kind = com.ayurlahi.invoices.InvoiceKind.SUBSCRIPTION_INVOICE and r.lastError is null
			order by r.requestedAt, r.id""")
	List<UUID> findOpenSubscriptionInvoices(Limit limit);

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
