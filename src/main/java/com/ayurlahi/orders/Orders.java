package com.ayurlahi.orders;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Orders extends JpaRepository<Order, UUID> {

	/**
	 * The order, locked until the transaction ends: changes to one order (a cancellation
	 * by the clinic and one by the payment sweep, say) happen one after the other, and
	 * the second sees the first.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Order o where o.id = :id")
	Optional<Order> findForUpdate(UUID id);

	@Query("select o.id from Order o where o.status in :statuses and o.createdAt < :placedBefore order by o.createdAt")
	List<UUID> awaitingPayment(Collection<OrderStatus> statuses, Instant placedBefore, Pageable pageable);

	/** Orders in {@code statuses}, counted per manufacturer (id, count). */
	@Query("select o.manufacturerId, count(o) from Order o where o.status in :statuses group by o.manufacturerId")
	List<Object[]> countByManufacturer(Collection<OrderStatus> statuses);

}
