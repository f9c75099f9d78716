package com.ayurlahi.clinics.rest;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.profiles.rest.ProfileJson;

/**
 * A clinic as the API contract shows it to its owner and to platform staff (never to
 * manufacturers): the fields every profile shows and the drug licence.
 */
record ClinicJson(@JsonUnwrapped ProfileJson profile, String drugLicenseNumber, LocalDate drugLicenseExpiry) {

	static ClinicJson of(Clinic clinic) {
		return new ClinicJson(ProfileJson.of(clinic), clinic.getLicence().number(), clinic.getLicence().expiry());
	}

}
