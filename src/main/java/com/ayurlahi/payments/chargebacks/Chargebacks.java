package com.ayurlahi.payments.chargebacks;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Chargebacks extends JpaRepository<Chargeback, UUID> {

	Optional<Chargeback> findByRazorpayDisputeId(String razorpayDisputeId);

	@Query("""
			select c from Chargeback c where c.status in :statuses
			order by c.respondBy asc nulls last, c.createdAt, c.id
			""")
	List<Chargeback> inStatuses(Collection<ChargebackStatus> statuses);

	@Query("select c from Chargeback c order by c.createdAt desc, c.id")
	List<Chargeback> recent(Pageable pageable);

	List<Chargeback> findByOrderIdOrderByCreatedAt(UUID orderId);

}
