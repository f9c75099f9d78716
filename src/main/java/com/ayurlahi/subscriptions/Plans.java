package com.ayurlahi.subscriptions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/** The plans' versions. */
public interface Plans extends JpaRepository<Plan, UUID> {

	/** Every version, by code then newest version first. */
	@Query("select p from Plan p order by p.monthlyPrice, p.code, p.version desc")
	List<Plan> findAllVersions();

	/** The versions clinics may subscribe to now: not retired, cheapest first. */
	@Query("select p from Plan p where p.retiredAt is null order by p.monthlyPrice, p.code, p.version desc")
	List<Plan> findOffered();

	/** The newest version of a plan, whether or not it is retired. */
	Optional<Plan> findFirstByCodeOrderByVersionDesc(String code);

	/** The newest version of a plan that is not retired. */
	Optional<Plan> findFirstByCodeAndRetiredAtIsNullOrderByVersionDesc(String code);

	/** The version, locked until the transaction ends (making its Razorpay plan once). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Plan p where p.id = :id")
	Optional<Plan> findForUpdate(UUID id);

}
