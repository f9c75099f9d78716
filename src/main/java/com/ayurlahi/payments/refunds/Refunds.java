package com.ayurlahi.payments.refunds;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface Refunds extends JpaRepository<Refund, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Refund r where r.id = :id")
	Optional<Refund> findForUpdate(UUID id);

	/**
	 * Refunds not yet with Razorpay whose next try is due by {@code now}, the longest
	 * waiting first.
	 */
	@Query("""
			select r.id from Refund r
			where r.retry.nextAttemptAt <= :now and r.status = com.ayurlahi.payments.refunds.RefundStatus.PENDING
			  and r.razorpayRefundId is null
			order by r.retry.nextAttemptAt, r.id
			""")
	List<UUID> dueForRetry(Instant now, Limit limit);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Refund r where r.razorpayRefundId = :razorpayRefundId")
	Optional<Refund> findByRazorpayRefundIdForUpdate(String razorpayRefundId);

	List<Refund> findByPaymentIdOrderByCreatedAt(UUID paymentId);

	List<Refund> findByOrderIdOrderByCreatedAt(UUID orderId);

	boolean existsByReplaces(UUID refundId);

	Optional<Refund> findByReplaces(UUID refundId);

	@Query("select r.replaces from Refund r where r.paymentId = :paymentId and r.replaces is not null")
	List<UUID> replacedOf(UUID paymentId);

	@Query("select r.replaces from Refund r where r.replaces is not null and r.replaces in :ids")
	List<UUID> replacedAmong(Collection<UUID> ids);

	/**
	 * The refunds of a payment that count as taken: a failed refund counts until it is
	 * asked for again (then its replacement counts), so that nothing is paid twice.
	 */
	default List<Refund> takenOf(UUID paymentId) {
		List<UUID> askedAgain = replacedOf(paymentId);
		return findByPaymentIdOrderByCreatedAt(paymentId).stream()
			.filter(refund -> !askedAgain.contains(refund.getId()))
			.toList();
	}

	@Query("select r from Refund r order by r.createdAt desc, r.id")
	Page<Refund> recent(Pageable pageable);

}
