package com.ayurlahi.dashboards.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.ayurlahi.dashboards.ClinicDashboard;
import com.ayurlahi.dashboards.ManufacturerDashboard;
import com.ayurlahi.profiles.BusinessProfile;
import com.ayurlahi.profiles.web.PortalHomeSection;
import com.ayurlahi.profiles.web.ProfilePages;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The dashboard on a clinic's or manufacturer's home, as {@code dashboard}, once its
 * profile is on file.
 */
@Component
class DashboardHomeSection implements PortalHomeSection {

	private final ClinicDashboard clinics;

	private final ManufacturerDashboard manufacturers;

	DashboardHomeSection(ClinicDashboard clinics, ManufacturerDashboard manufacturers) {
		this.clinics = clinics;
		this.manufacturers = manufacturers;
	}

	@Override
	public void addTo(ProfilePages pages, AuthenticatedUser owner, BusinessProfile profile, Model model) {
		switch (pages.kind()) {
			case "clinic" -> model.addAttribute("dashboard", clinics.of(profile.getId(), owner.id()));
			case "manufacturer" -> model.addAttribute("dashboard", manufacturers.of(profile.getId(), owner.id()));
			default -> {
			}
		}
	}

}
