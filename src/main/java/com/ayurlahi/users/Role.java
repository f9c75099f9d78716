package com.ayurlahi.users;

import com.ayurlahi.common.Portal;

/**
 * What a user is on the platform. CLINIC and MANUFACTURER users register themselves;
 * ADMIN and SUPPORT are platform staff, created at start-up (the first ADMIN) or by an
 * ADMIN.
 */
public enum Role {

	CLINIC("Clinic"), MANUFACTURER("Manufacturer"), ADMIN("Admin"), SUPPORT("Support");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The Spring Security authority of the role, {@code ROLE_} and its name. */
	public String authority() {
		return "ROLE_" + name();
	}

	public Portal portal() {
		return Portal.ofRole(name()).orElseThrow();
	}

	public boolean isSelfRegistrable() {
		return this == CLINIC || this == MANUFACTURER;
	}

	public boolean isStaff() {
		return this == ADMIN || this == SUPPORT;
	}

}
