package com.ayurlahi.payments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/**
 * The payments, some locked for the transaction that changes them. Public for the
 * module's refunds, transfers and chargebacks sub-packages, which lock and read payments;
 * the portals and the API read them through {@link PaymentQueries}.
 */
public interface Payments extends JpaRepository<Payment, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.id = :id")
	Optional<Payment> findForUpdate(UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.razorpayOrderId = :razorpayOrderId")
	Optional<Payment> findByRazorpayOrderIdForUpdate(String razorpayOrderId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.razorpayPaymentId = :razorpayPaymentId")
	Optional<Payment> findByRazorpayPaymentIdForUpdate(String razorpayPaymentId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Payment p where p.openOrderId = :orderId")
	Optional<Payment> findOpenForUpdate(UUID orderId);

	List<Payment> findByOrderIdOrderByCreatedAtDesc(UUID orderId);

	@Query("""
			select p from Payment p
			where (:status is null or p.status = :status) and (:flaggedOnly = false or p.reviewReason is not null)
			order by p.createdAt desc, p.id
			""")
	Page<Payment> search(@Nullable PaymentStatus status, boolean flaggedOnly, Pageable pageable);

}
