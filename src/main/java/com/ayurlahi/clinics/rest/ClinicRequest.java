package com.ayurlahi.clinics.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.PlainText;
import com.ayurlahi.profiles.BusinessProfile;
import com.ayurlahi.profiles.rest.ProfileRequest;

/**
 * A clinic profile as {@code POST /api/clinics} takes it, and as a {@code PATCH} leaves
 * it after merging: the shared fields and the drug licence.
 */
public class ClinicRequest extends ProfileRequest {

	@NotBlank(message = "is required")
	@Size(max = 60, message = "must be at most 60 characters")
	@PlainText
	private @Nullable String drugLicenseNumber;

	@NotNull(message = "is required")
	private @Nullable LocalDate drugLicenseExpiry;

	@Override
	protected void fillGapsFrom(BusinessProfile current) {
		super.fillGapsFrom(current);
		drugLicenseNumber = drugLicenseNumber != null ? drugLicenseNumber : current.getLicence().number();
		drugLicenseExpiry = drugLicenseExpiry != null ? drugLicenseExpiry : current.getLicence().expiry();
	}

	@Override
	protected @Nullable String licenceNumber() {
		return drugLicenseNumber;
	}

	@Override
	protected @Nullable LocalDate licenceExpiry() {
		return drugLicenseExpiry;
	}

	public @Nullable String getDrugLicenseNumber() {
		return drugLicenseNumber;
	}

	public void setDrugLicenseNumber(@Nullable String drugLicenseNumber) {
		this.drugLicenseNumber = drugLicenseNumber;
	}

	public @Nullable LocalDate getDrugLicenseExpiry() {
		return drugLicenseExpiry;
	}

	public void setDrugLicenseExpiry(@Nullable LocalDate drugLicenseExpiry) {
		this.drugLicenseExpiry = drugLicenseExpiry;
	}

}
