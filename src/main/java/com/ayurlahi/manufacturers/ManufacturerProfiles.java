package com.ayurlahi.manufacturers;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.users.ProfileDirectory;
import com.ayurlahi.users.Role;

/**
 * Tells the users module which manufacturer a MANUFACTURER user runs.
 */
@Component
class ManufacturerProfiles implements ProfileDirectory {

	private final Manufacturers manufacturers;

	ManufacturerProfiles(Manufacturers manufacturers) {
		this.manufacturers = manufacturers;
	}

	@Override
	public Role ownerRole() {
		return Role.MANUFACTURER;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> profileOf(UUID userId) {
		return manufacturers.findByOwnerUserId(userId).map(Manufacturer::getId);
	}

}
