package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** Issued documents. */
interface Invoices extends JpaRepository<Invoice, UUID> {

	Optional<Invoice> findByRequestId(UUID requestId);

	Optional<Invoice> findFirstByOrderIdAndKind(UUID orderId, InvoiceKind kind);

	List<Invoice> findByOrderIdOrderByIssuedAt(UUID orderId);

	/**
	 * The document of a subscription charge of that kind, its row locked until the
	 * transaction ends (nothing changes it: it only makes credit notes against it wait
	 * for one another).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invoice i where i.subscriptionChargeId = :chargeId and i.kind = :kind")
	Optional<Invoice> findForUpdateBySubscriptionChargeIdAndKind(UUID chargeId, InvoiceKind kind);

	/** What the credit notes issued against an invoice add up to. */
	@Query("select coalesce(sum(i.total), 0) from Invoice i where i.originalInvoiceId = :invoiceId")
	BigDecimal creditedAgainst(UUID invoiceId);

	Page<Invoice> findByClinicUserIdOrderByIssuedAtDesc(UUID clinicUserId, Pageable pageable);

	Page<Invoice> findByManufacturerUserIdOrderByIssuedAtDesc(UUID manufacturerUserId, Pageable pageable);

	Page<Invoice> findAllByOrderByIssuedAtDesc(Pageable pageable);

	Page<Invoice> findByClinicUserIdAndKindInOrderByIssuedAtDesc(UUID clinicUserId, Collection<InvoiceKind> kinds,
			Pageable pageable);

	Page<Invoice> findByManufacturerUserIdAndKindInOrderByIssuedAtDesc(UUID manufacturerUserId,
			Collection<InvoiceKind> kinds, Pageable pageable);

	Page<Invoice> findByKindInOrderByIssuedAtDesc(Collection<InvoiceKind> kinds, Pageable pageable);

	@EntityGraph(attributePaths = "lines")
	Optional<Invoice> findWithLinesById(UUID id);

	/**
	 * A manufacturer's documents of these kinds issued on days in [from, to], with lines.
	 */
	@Query("""
			select distinct i from Invoice i left join fetch i.lines
			where i.manufacturerId = :manufacturerId and i.kind in :kinds and i.issueDate between :from and :to
			order by i.issueDate, i.number""")
	List<Invoice> issuedBy(UUID manufacturerId, Collection<InvoiceKind> kinds, LocalDate from, LocalDate to);

	/** Documents of these kinds issued on days in [from, to], with lines. */
	@Query("""
			select distinct i from Invoice i left join fetch i.lines
			where i.kind in :kinds and i.issueDate between :from and :to
			order by i.issueDate, i.number""")
	List<Invoice> issued(Collection<InvoiceKind> kinds, LocalDate from, LocalDate to);

}
