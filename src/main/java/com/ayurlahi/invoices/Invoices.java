package com.ayurlahi.invoices;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Issued documents. */
interface Invoices extends JpaRepository<Invoice, UUID> {

	Optional<Invoice> findByRequestId(UUID requestId);

	Optional<Invoice> findFirstByOrderIdAndKind(UUID orderId, InvoiceKind kind);

	List<Invoice> findByOrderIdOrderByIssuedAt(UUID orderId);

	Page<Invoice> findByClinicUserIdOrderByIssuedAtDesc(UUID clinicUserId, Pageable pageable);

	Page<Invoice> findByManufacturerUserIdOrderByIssuedAtDesc(UUID manufacturerUserId, Pageable pageable);

	Page<Invoice> findAllByOrderByIssuedAtDesc(Pageable pageable);

	@EntityGraph(attributePaths = "lines")
	Optional<Invoice> findWithLinesById(UUID id);

}
