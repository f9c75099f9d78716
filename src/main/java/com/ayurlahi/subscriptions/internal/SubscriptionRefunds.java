package com.ayurlahi.subscriptions.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** The refunds of subscription charges. */
public interface SubscriptionRefunds extends JpaRepository<SubscriptionRefund, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from SubscriptionRefund r where r.id = :id")
	Optional<SubscriptionRefund> findForUpdate(UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from SubscriptionRefund r where r.gatewayRefundId = :refundId")
	Optional<SubscriptionRefund> findByGatewayRefundIdForUpdate(String refundId);

	/** What refunds not failed hold of the charge: processed, or on their way. */
	@Query("""
			select coalesce(sum(r.amount), 0) from SubscriptionRefund r
			where r.chargeId = :chargeId and r.status <> com.ayurlahi.subscriptions.internal.SubscriptionRefund.Status.FAILED
			""")
	BigDecimal heldOf(UUID chargeId);

	/** The charge's refunds, oldest first. */
	List<SubscriptionRefund> findByChargeIdOrderByRequestedAt(UUID chargeId);

}
