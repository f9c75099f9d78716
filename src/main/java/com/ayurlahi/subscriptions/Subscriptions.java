package com.ayurlahi.subscriptions;

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

/** The clinics' subscriptions. */
public interface Subscriptions extends JpaRepository<Subscription, UUID> {

	/** The clinic's subscriptions, newest first. */
	List<Subscription> findByClinicIdOrderByCreatedAtDesc(UUID clinicId);

	/** The subscription, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Subscription s where s.id = :id")
	Optional<Subscription> findForUpdate(UUID id);

	/**
	 * The subscription Razorpay knows as {@code gatewayId}, locked until the transaction
	 * ends.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Subscription s where s.gatewaySubscriptionId = :gatewayId")
	Optional<Subscription> findByGatewayIdForUpdate(String gatewayId);

	Optional<Subscription> findByGatewaySubscriptionId(String gatewayId);

	/** The clinic's subscriptions in these statuses, newest first. */
	List<Subscription> findByClinicIdAndStatusInOrderByCreatedAtDesc(UUID clinicId,
			Collection<SubscriptionStatus> statuses);

	/** Subscriptions in these statuses, newest first, a page of them. */
	Page<Subscription> findByStatusInOrderByUpdatedAtDesc(Collection<SubscriptionStatus> statuses, Pageable pageable);

	Page<Subscription> findAllByOrderByUpdatedAtDesc(Pageable pageable);

	/**
	 * Subscriptions in these statuses not heard from since {@code before} (or never), the
	 * longest silent first: what the reconciliation job fetches from Razorpay.
	 */
	@Query("""
			select s.id from Subscription s where s.status in :statuses
			and (s.lastSyncedAt is null or s.lastSyncedAt < :before) and s.createdAt < :before
			order by s.lastSyncedAt nulls first, s.createdAt
			""")
	List<UUID> silentSince(Collection<SubscriptionStatus> statuses, Instant before, Limit limit);

	/** Past-due subscriptions whose grace period started before {@code before}. */
	@Query("select s.id from Subscription s where s.status = 'PAST_DUE' and s.pastDueSince < :before")
	List<UUID> pastDueSince(Instant before, Limit limit);

	/** Subscriptions Razorpay still has to be told to cancel. */
	@Query("select s.id from Subscription s where s.gatewayCancelDue = true order by s.updatedAt")
	List<UUID> cancelDue(Limit limit);

	/** Subscriptions not yet made at Razorpay (a failed call, a crash), oldest first. */
	@Query("""
			select s.id from Subscription s where s.status = 'CREATED' and s.gatewaySubscriptionId is null
			and s.createdAt < :before order by s.createdAt
			""")
	List<UUID> notMadeSince(Instant before, Limit limit);

	/**
	 * Subscriptions still waiting for the clinic's authorisation that were created before
	 * {@code before}, oldest first: the reconciliation job gives them up.
	 */
	@Query("select s.id from Subscription s where s.status = 'CREATED' and s.createdAt < :before order by s.createdAt")
	List<UUID> waitingSince(Instant before, Limit limit);

	long countByStatus(SubscriptionStatus status);

}
