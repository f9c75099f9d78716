package com.ayurlahi.clinics;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.users.ProfileDirectory;
import com.ayurlahi.users.Role;

/**
 * Tells the users module which clinic a CLINIC user runs.
 */
@Component
class ClinicProfiles implements ProfileDirectory {

	private final Clinics clinics;

	ClinicProfiles(Clinics clinics) {
		this.clinics = clinics;
	}

	@Override
	public Role ownerRole() {
		return Role.CLINIC;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> profileOf(UUID userId) {
		return clinics.findByOwnerUserId(userId).map(Clinic::getId);
	}

}
