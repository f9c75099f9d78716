package com.ayurlahi.clinics.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.common.validation.PlainText;
import com.ayurlahi.profiles.web.ProfileFormData;

/**
 * The clinic profile form: the shared fields and the drug licence.
 */
public class ClinicProfileFormData extends ProfileFormData {

	@NotBlank(message = "Enter the drug licence number.")
	@Size(max = 60, message = "Use at most 60 characters.")
	@PlainText
	private @Nullable String drugLicenseNumber;

	@NotNull(message = "Enter the date the licence expires.")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate drugLicenseExpiry;

	static ClinicProfileFormData of(Clinic clinic) {
		ClinicProfileFormData form = new ClinicProfileFormData();
		form.fill(clinic);
		form.drugLicenseNumber = clinic.getLicence().number();
		form.drugLicenseExpiry = clinic.getLicence().expiry();
		return form;
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
