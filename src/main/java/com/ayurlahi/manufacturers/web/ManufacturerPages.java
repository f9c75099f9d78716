package com.ayurlahi.manufacturers.web;

import com.ayurlahi.profiles.web.ProfilePages;

/**
 * How the manufacturer pages name things, and the parts that are a manufacturer's own
 * (templates/manufacturer/profile-parts.html): the settlement account on the profile
 * form, the account and terms on the admin detail page, the terms form.
 */
final class ManufacturerPages {

	private static final String PARTS = "manufacturer/profile-parts :: ";

	static final ProfilePages PAGES = new ProfilePages("manufacturer", "Manufacturers", "/admin/manufacturers",
			"/manufacturer", "company", "Registered name", "Manufacturing licence",
			"AYUSH manufacturing licence (Form 25-D)", "licenseNumber", "licenseExpiry",
			"Clinics can't order your products", "Clinics can't order your products", null, PARTS + "settlement-fields",
			PARTS + "detail-rows", PARTS + "terms");

	private ManufacturerPages() {
	}

}
