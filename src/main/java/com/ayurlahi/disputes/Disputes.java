package com.ayurlahi.disputes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface Disputes extends JpaRepository<Dispute, UUID>, JpaSpecificationExecutor<Dispute> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Dispute d where d.id = :id")
	Optional<Dispute> findForUpdate(UUID id);

	List<Dispute> findByOrderIdOrderByOpenedAt(UUID orderId);

	/** The dispute about the order that is open, if one is. */
	Optional<Dispute> findByOpenOrderId(UUID orderId);

	boolean existsByOpenOrderId(UUID orderId);

	List<Dispute> findByManufacturerUserId(UUID manufacturerUserId);

	@Query("select d.id from Dispute d where d.status = 'AWAITING_MANUFACTURER' and d.respondBy <= :now order by d.respondBy")
	List<UUID> overdue(Instant now, Pageable limit);

	@Query(value = "select nextval('dispute_number_seq')", nativeQuery = true)
	long nextNumber();

}
