package com.ayurlahi.profiles.web;

import org.jspecify.annotations.Nullable;

/**
 * How the pages of one kind of profile name things, for the templates every kind shares
 * ({@code profiles/form}, {@code profiles/detail}, {@code profiles/queue}): the portal's
 * profile page and the admin console's queue and detail page. Each kind's web package
 * declares its own.
 *
 * @param kind one profile, lower case, as test ids and links name it: "clinic"
 * @param plural the admin console's heading: "Clinics"
 * @param adminPath the admin console's queue: "/admin/clinics"
 * @param portalPath the owner's portal: "/clinic"
 * @param ownerNoun what the owner calls the business: "clinic", "company"
 * @param nameLabel the label of the business's name: "Legal name", "Registered name"
 * @param licenceLabel the licence, short: "Drug licence"
 * @param licenceSection the heading of the licence's fields: "Drug licence (retail or
 * wholesale)"
 * @param licenceNumberField the form field of the licence's number
 * @param licenceExpiryField the form field of the licence's last valid day
 * @param blockedWhileSuspended what a suspension stops, told to the owner: "You can't
 * place orders"
 * @param blockedWhileExpired what an expired licence stops: "You can't place new orders"
 * @param contactHint a line under the contact's heading, if any
 * @param formFields a fragment with the kind's own fields of the profile form, if any
 * @param detailRows a fragment with the kind's own rows of the admin detail page, if any
 * @param adminActions a fragment with the kind's own ADMIN actions beside the decisions,
 * if any
 */
public record ProfilePages(String kind, String plural, String adminPath, String portalPath, String ownerNoun,
		String nameLabel, String licenceLabel, String licenceSection, String licenceNumberField,
		String licenceExpiryField, String blockedWhileSuspended, String blockedWhileExpired,
		@Nullable String contactHint, @Nullable String formFields, @Nullable String detailRows,
		@Nullable String adminActions) {

	/** The owner's profile form. */
	public String profilePath() {
		return portalPath + "/profile";
	}

}
