package com.ayurlahi.manufacturers.rest;

import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerDetails;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.profiles.rest.ProfilesRestController;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * {@code /api/manufacturers}: manufacturer profiles over JSON, as in the API contract
 * (see {@link ProfilesRestController}), and the commission and Razorpay account, which
 * ADMIN sets in the same {@code PATCH}.
 */
@RestController
@RequestMapping(ManufacturersRestController.PATH)
class ManufacturersRestController
		extends ProfilesRestController<Manufacturer, ManufacturerRequest, ManufacturerDetails> {

	static final String PATH = "/api/manufacturers";

	private final ManufacturerManagement manufacturers;

	ManufacturersRestController(ManufacturerManagement manufacturers, Validator validator) {
		super(manufacturers, validator, PATH);
		this.manufacturers = manufacturers;
	}

	@Override
	protected ManufacturerJson json(Manufacturer manufacturer) {
		return ManufacturerJson.of(manufacturer);
	}

	@Override
	protected ManufacturerDetails detailsOf(ManufacturerRequest request) {
		return request.toManufacturerDetails();
	}

	@Override
	protected void checkCreation(ManufacturerRequest request) {
		if (request.setsTerms()) {
			throw new AccessDeniedException("Only the Ayurlahi team sets commission and Razorpay account");
		}
	}

	/**
	 * Profile fields by the owner or an admin; commission and Razorpay account by an
	 * admin, in the same call.
	 */
	@Override
	protected Manufacturer patched(UUID id, ManufacturerRequest patch, AuthenticatedUser editor) {
		return manufacturers.update(id, patch.toManufacturerDetails(), patch.termsOver(manufacturers.get(id, editor)),
				editor);
	}

}
