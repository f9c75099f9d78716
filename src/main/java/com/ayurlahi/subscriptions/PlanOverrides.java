package com.ayurlahi.subscriptions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The team's grants of plans to clinics. */
public interface PlanOverrides extends JpaRepository<PlanOverride, UUID> {

	/** The clinic's grants, the latest first. */
	List<PlanOverride> findByClinicIdOrderByGrantedAtDesc(UUID clinicId);

}
