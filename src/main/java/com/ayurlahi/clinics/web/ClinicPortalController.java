package com.ayurlahi.clinics.web;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.profiles.web.PortalHomeSection;
import com.ayurlahi.profiles.web.ProfilePortalPages;

/**
 * The clinic portal's home (where the profile stands) and the clinic profile form.
 */
@Controller
@RequestMapping("/clinic")
class ClinicPortalController extends ProfilePortalPages<Clinic, ClinicProfileFormData, ProfileDetails> {

	ClinicPortalController(ClinicManagement clinics, Clock clock, List<PortalHomeSection> homeSections) {
		super(clinics, ClinicPages.PAGES, clock, ClinicProfileFormData::new, ClinicProfileFormData::of,
				ClinicProfileFormData::toDetails, homeSections);
	}

}
