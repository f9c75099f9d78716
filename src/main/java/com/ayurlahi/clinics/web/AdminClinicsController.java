package com.ayurlahi.clinics.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.profiles.web.ProfileAdminPages;
import com.ayurlahi.users.UserManagement;

/**
 * The admin console's clinics: the queue, a clinic's page and the decisions on it.
 */
@Controller
@RequestMapping("/admin/clinics")
class AdminClinicsController extends ProfileAdminPages<Clinic> {

	AdminClinicsController(ClinicManagement clinics, UserManagement users) {
		super(clinics, ClinicPages.PAGES, users);
	}

	@Bean
	static NavigationItem clinicsNavigation() {
		return new NavigationItem(Portal.ADMIN, "Clinics", "/admin/clinics", 10);
	}

}
