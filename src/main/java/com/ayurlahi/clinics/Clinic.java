package com.ayurlahi.clinics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.ayurlahi.profiles.BusinessProfile;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.profiles.ProfileKind;
import com.ayurlahi.users.Role;

/**
 * A clinic's profile: its legal name, GSTIN, drug licence, address and platform-owned
 * contact, with the rules every profile shares ({@link BusinessProfile}). What is a
 * clinic's own is its right to order.
 */
@Entity
@Table(name = "clinics")
@AttributeOverride(name = "name", column = @Column(name = "legal_name"))
public class Clinic extends BusinessProfile {

	static final ProfileKind KIND = new ProfileKind("clinic", Role.CLINIC, "drug licence", "drugLicenseExpiry");

	Clinic(UUID ownerUserId, ProfileDetails details, LocalDate today, Instant now) {
		super(ownerUserId, details, today, now);
	}

	protected Clinic() {
		// for JPA
	}

	/**
	 * Only an approved clinic whose drug licence is valid on {@code day} may place
	 * orders.
	 */
	public boolean mayOrderOn(LocalDate day) {
		return mayTradeOn(day);
	}

	public String getLegalName() {
		return getName();
	}

	@Override
	protected ProfileKind kind() {
		return KIND;
	}

}
