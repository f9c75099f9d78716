package com.ayurlahi.clinics;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.profile.ApprovalStatus;

interface Clinics extends JpaRepository<Clinic, UUID> {

	Optional<Clinic> findByOwnerUserId(UUID ownerUserId);

	boolean existsByOwnerUserId(UUID ownerUserId);

	boolean existsByGstinAndIdNot(String gstin, UUID id);

	boolean existsByGstin(String gstin);

	@Query("""
			select c from Clinic c
			where (:status is null or c.approval.status = :status)
			  and (:state is null or c.address.state = :state)
			  and (:search = '' or lower(c.name) like concat('%', :search, '%') or c.gstin like concat(upper(:search), '%'))
			""")
	Page<Clinic> search(@Param("status") @Nullable ApprovalStatus status, @Param("state") @Nullable IndianState state,
			@Param("search") String search, Pageable pageable);

}
