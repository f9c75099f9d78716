package com.ayurlahi.payments.links;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/**
 * The payment links, some locked for the transaction that changes them. (Not called
 * {@code PaymentLinks} as the module's other repositories would be: that is the module's
 * API.)
 */
interface PaymentLinkRepository extends JpaRepository<PaymentLink, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from PaymentLink l where l.id = :id")
	Optional<PaymentLink> findForUpdate(UUID id);

	/** The order's live link: owed or payable, and not being cancelled. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from PaymentLink l where l.liveOrderId = :orderId")
	Optional<PaymentLink> findLiveForUpdate(UUID orderId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from PaymentLink l where l.razorpayLinkId = :razorpayLinkId")
	Optional<PaymentLink> findByRazorpayLinkIdForUpdate(String razorpayLinkId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from PaymentLink l where l.referenceId = :referenceId")
	Optional<PaymentLink> findByReferenceIdForUpdate(String referenceId);

	@Query("select l from PaymentLink l where l.liveOrderId = :orderId")
	Optional<PaymentLink> findLive(UUID orderId);

	long countByOrderId(UUID orderId);

}
