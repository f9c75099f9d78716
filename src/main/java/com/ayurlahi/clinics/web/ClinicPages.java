package com.ayurlahi.clinics.web;

import com.ayurlahi.profiles.web.ProfilePages;

/**
 * How the clinic pages name things.
 */
final class ClinicPages {

	static final ProfilePages PAGES = new ProfilePages("clinic", "Clinics", "/admin/clinics", "/clinic", "clinic",
			"Legal name", "Drug licence", "Drug licence (retail or wholesale)", "drugLicenseNumber",
			"drugLicenseExpiry", "You can't place orders", "You can't place new orders",
			"Only the Ayurlahi team sees these; manufacturers never do.", null, null, null);

	private ClinicPages() {
	}

}
