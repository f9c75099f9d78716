package com.ayurlahi.manufacturers;

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

interface Manufacturers extends JpaRepository<Manufacturer, UUID> {

	Optional<Manufacturer> findByOwnerUserId(UUID ownerUserId);

	boolean existsByOwnerUserId(UUID ownerUserId);

	boolean existsByGstinAndIdNot(String gstin, UUID id);

	boolean existsByGstin(String gstin);

	@Query("""
			select m from Manufacturer m
			where (:status is null or m.approval.status = :status)
			  and (:state is null or m.address.state = :state)
			  and (:search = '' or lower(m.name) like concat('%', :search, '%') or m.gstin like concat(upper(:search), '%'))
			""")
	Page<Manufacturer> search(@Param("status") @Nullable ApprovalStatus status,
			@Param("state") @Nullable IndianState state, @Param("search") String search, Pageable pageable);

}
