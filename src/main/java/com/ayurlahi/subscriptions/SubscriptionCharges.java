package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** The subscriptions' charges. */
public interface SubscriptionCharges extends JpaRepository<SubscriptionCharge, UUID> {

	Optional<SubscriptionCharge> findByGatewayPaymentId(String gatewayPaymentId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from SubscriptionCharge c where c.gatewayPaymentId = :paymentId")
	Optional<SubscriptionCharge> findByGatewayPaymentIdForUpdate(String paymentId);

	/** Whether the subscription has a charge of that kind (its upfront amount, say). */
	boolean existsBySubscriptionIdAndKind(UUID subscriptionId, SubscriptionCharge.Kind kind);

	/** The clinic's charges, newest first. */
	List<SubscriptionCharge> findByClinicIdOrderByChargedAtDesc(UUID clinicId);

	/** What the charges between the two times took, refunds not deducted. */
	@Query("select coalesce(sum(c.amount), 0) from SubscriptionCharge c where c.chargedAt >= :from and c.chargedAt < :to")
	BigDecimal totalBetween(Instant from, Instant to);

}
