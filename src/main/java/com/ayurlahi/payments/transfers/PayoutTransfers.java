package com.ayurlahi.payments.transfers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

import com.ayurlahi.payments.PayoutTransferStatus;

interface PayoutTransfers extends JpaRepository<PayoutTransfer, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from PayoutTransfer t where t.id = :id")
	Optional<PayoutTransfer> findForUpdate(UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from PayoutTransfer t where t.paymentId = :paymentId")
	Optional<PayoutTransfer> findByPaymentIdForUpdate(UUID paymentId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from PayoutTransfer t where t.razorpayTransferId = :razorpayTransferId")
	Optional<PayoutTransfer> findByRazorpayTransferIdForUpdate(String razorpayTransferId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from PayoutTransfer t where t.orderId = :orderId")
	Optional<PayoutTransfer> findByOrderIdForUpdate(UUID orderId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from PayoutTransfer t where t.manufacturerId = :manufacturerId and t.status = :status order by t.createdAt")
	List<PayoutTransfer> findForUpdate(UUID manufacturerId, PayoutTransferStatus status);

	/**
	 * Transfers with work at Razorpay whose next try is due by {@code now}, the longest
	 * waiting first.
	 */
	@Query("""
			select t.id from PayoutTransfer t
			where t.retry.nextAttemptAt <= :now
			  and t.status in (com.ayurlahi.payments.PayoutTransferStatus.PENDING,
			                   com.ayurlahi.payments.PayoutTransferStatus.ON_HOLD)
			order by t.retry.nextAttemptAt, t.id
			""")
	List<UUID> dueForRetry(Instant now, Limit limit);

	/** Transfers that wait for a linked account, or whose last Razorpay call failed. */
	@Query("""
			select t from PayoutTransfer t
			where t.status = com.ayurlahi.payments.PayoutTransferStatus.AWAITING_ACCOUNT or t.submitError is not null
			order by t.createdAt
			""")
	List<PayoutTransfer> needingAttention();

	/**
	 * Transfers whose order's dispute window closed by {@code now}, that no dispute holds
	 * and whose release is not yet due, the longest waiting first.
	 */
	@Query("""
			select t.id from PayoutTransfer t
			where t.releaseAt <= :now and t.releaseDue = false and t.disputeHolds is empty
			  and t.status in (com.ayurlahi.payments.PayoutTransferStatus.AWAITING_ACCOUNT,
			                   com.ayurlahi.payments.PayoutTransferStatus.PENDING,
			                   com.ayurlahi.payments.PayoutTransferStatus.ON_HOLD)
			order by t.releaseAt, t.id
			""")
	List<UUID> windowClosedBy(Instant now, Limit limit);

}
