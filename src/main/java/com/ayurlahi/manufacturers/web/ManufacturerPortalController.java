package com.ayurlahi.manufacturers.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerDetails;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.profiles.web.PortalHomeSection;
import com.ayurlahi.profiles.web.ProfilePortalPages;

/**
 * The manufacturer portal's home (where the profile stands) and the company profile form,
 * with the settlement account.
 */
@Controller
@RequestMapping("/manufacturer")
class ManufacturerPortalController
		extends ProfilePortalPages<Manufacturer, ManufacturerProfileFormData, ManufacturerDetails> {

	ManufacturerPortalController(ManufacturerManagement manufacturers, Clock clock,
			List<PortalHomeSection> homeSections) {
		super(manufacturers, ManufacturerPages.PAGES, clock, ManufacturerProfileFormData::new,
				ManufacturerProfileFormData::of, ManufacturerProfileFormData::toManufacturerDetails, homeSections);
	}

	/** The account number is needed until one is on file (it is never shown back). */
	@Override
	protected void check(ManufacturerProfileFormData form, Optional<Manufacturer> existing, BindingResult errors) {
		boolean accountOnFile = existing.isPresent() && existing.get().getSettlement() != null;
		if (!accountOnFile && form.getAccountNumber() == null && !errors.hasFieldErrors("accountNumber")) {
			errors.rejectValue("accountNumber", "required", "Enter the account number settlements are paid into.");
		}
	}

}
