package com.ayurlahi.clinics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.profile.BusinessProfile;

/**
 * A clinic's profile: its legal name, GSTIN, drug licence, address and platform-owned
 * contact. The shared rules (licence validity, approval lifecycle, identity locked once
 * approved) live in {@link BusinessProfile}.
 */
@Entity
@Table(name = "clinics")
@AttributeOverride(name = "name", column = @Column(name = "legal_name"))
public class Clinic extends BusinessProfile {

	Clinic(UUID ownerUserId, ClinicDetails details, LocalDate today, Instant now) {
		super(ownerUserId, details.legalName(), details.gstin(), details.address(), details.licence(),
				details.contact(), today, now);
	}

	protected Clinic() {
		// for JPA
	}

	/**
	 * @return whether this was a resubmission
	 */
	boolean updateByOwner(ClinicDetails details, LocalDate today, Instant now) {
		return updateByOwner(details.legalName(), details.gstin(), details.address(), details.licence(),
				details.contact(), today, now);
	}

	void updateByAdmin(ClinicDetails details, LocalDate today, Instant now) {
		update(details.legalName(), details.gstin(), details.address(), details.licence(), details.contact(), today,
				now);
	}

	void decideApprove(LocalDate today, Instant now) {
		approve(today, now);
	}

	void decideReject(@Nullable String reason, Instant now) {
		reject(reason, now);
	}

	void decideSuspend(@Nullable String reason, Instant now) {
		suspend(reason, now);
	}

	void decideReinstate(@Nullable String reason, LocalDate today, Instant now) {
		reinstate(reason, today, now);
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
	protected String kind() {
		return "clinic";
	}

	@Override
	protected String licenceName() {
		return "drug licence";
	}

	@Override
	protected String licenceExpiryField() {
		return "drugLicenseExpiry";
	}

}
