package com.ayurlahi.clinics.rest;

import jakarta.validation.Validator;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.profiles.rest.ProfilesRestController;

/**
 * {@code /api/clinics}: clinic profiles over JSON, as in the API contract (see
 * {@link ProfilesRestController}).
 */
@RestController
@RequestMapping(ClinicsRestController.PATH)
class ClinicsRestController extends ProfilesRestController<Clinic, ClinicRequest, ProfileDetails> {

	static final String PATH = "/api/clinics";

	ClinicsRestController(ClinicManagement clinics, Validator validator) {
		super(clinics, validator, PATH);
	}

	@Override
	protected ClinicJson json(Clinic clinic) {
		return ClinicJson.of(clinic);
	}

	@Override
	protected ProfileDetails detailsOf(ClinicRequest request) {
		return request.toDetails();
	}

}
