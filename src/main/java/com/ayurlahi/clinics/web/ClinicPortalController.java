package com.ayurlahi.clinics.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.profiles.web.ProfilePortalPages;

/**
 * The clinic portal's home (where the profile stands) and the clinic profile form.
 */
@Controller
@RequestMapping("/clinic")
class ClinicPortalController extends ProfilePortalPages<Clinic, ClinicProfileFormData, ProfileDetails> {

	ClinicPortalController(ClinicManagement clinics, Clock clock) {
		super(clinics, ClinicPages.PAGES, clock, ClinicProfileFormData::new, ClinicProfileFormData::of,
				ClinicProfileFormData::toDetails);
	}

}
