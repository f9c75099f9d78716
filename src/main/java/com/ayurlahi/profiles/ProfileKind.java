package com.ayurlahi.profiles;

import java.util.Locale;

import com.ayurlahi.users.Role;

/**
 * A kind of business profile, as the shared rules name it: in messages ("clinic"), in the
 * audit log ({@code Clinic}, {@code CLINIC_APPROVED}), by the role of the accounts that
 * run one, and by its licence.
 *
 * @param noun one profile, lower case: "clinic", "manufacturer"
 * @param ownerRole the role of the accounts that may run one
 * @param licenceName how messages call the licence: "drug licence"
 * @param licenceExpiryField the input field of the licence's expiry date, for errors
 * shown next to it
 */
public record ProfileKind(String noun, Role ownerRole, String licenceName, String licenceExpiryField) {

	/** The audit log's entity type: "Clinic". */
	public String auditEntity() {
		return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
	}

	/** The audit log's action for {@code event}: "CLINIC_APPROVED". */
	String auditAction(String event) {
		return noun.toUpperCase(Locale.ROOT) + "_" + event;
	}

}
