package com.ayurlahi.profiles.web;

import org.springframework.ui.Model;

import com.ayurlahi.profiles.BusinessProfile;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * What another module shows on an owner's portal home below where the profile stands (the
 * dashboards module's figures): each bean of this type adds its model attributes for the
 * home's template when the owner has a profile on file.
 */
public interface PortalHomeSection {

	/**
	 * Adds this section's attributes for the home of {@code pages}' portal.
	 * @param owner the signed-in owner
	 * @param profile the owner's profile (of {@code pages}' kind)
	 */
	void addTo(ProfilePages pages, AuthenticatedUser owner, BusinessProfile profile, Model model);

}
