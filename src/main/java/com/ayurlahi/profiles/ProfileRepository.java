package com.ayurlahi.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

import com.ayurlahi.common.gst.IndianState;

/**
 * The queries every kind of profile answers; each kind's repository extends it for its
 * own entity.
 */
@NoRepositoryBean
public interface ProfileRepository<P extends BusinessProfile> extends JpaRepository<P, UUID> {

	Optional<P> findByOwnerUserId(UUID ownerUserId);

	boolean existsByOwnerUserId(UUID ownerUserId);

	/** The names of the profiles the given users own. */
	@Query("select p.ownerUserId as ownerUserId, p.name as name from #{#entityName} p where p.ownerUserId in :owners")
	List<OwnerAndName> findNamesByOwners(@Param("owners") Collection<UUID> owners);

	/** A profile's owner and name. */
	interface OwnerAndName {

		UUID getOwnerUserId();

		String getName();

	}

	/** The names of the given profiles. */
	@Query("select p.id as id, p.name as name from #{#entityName} p where p.id in :ids")
	List<IdAndName> findNamesByIds(@Param("ids") Collection<UUID> ids);

	/** A profile's id and name. */
	interface IdAndName {

		UUID getId();

		String getName();

	}

	boolean existsByGstinAndIdNot(String gstin, UUID id);

	boolean existsByGstin(String gstin);

	/**
	 * The admin queue: by status and state, a search over name and GSTIN, lower case and
	 * escaped for {@code LIKE} ({@link com.ayurlahi.common.LikePatterns#literal}).
	 */
	@Query("""
			select p from #{#entityName} p
			where (:status is null or p.approval.status = :status)
			  and (:state is null or p.address.state = :state)
			  and (:search = '' or lower(p.name) like concat('%', :search, '%') escape '\\'
			       or p.gstin like concat(upper(:search), '%') escape '\\')
			""")
	Page<P> search(@Param("status") @Nullable ApprovalStatus status, @Param("state") @Nullable IndianState state,
			@Param("search") String search, Pageable pageable);

}
