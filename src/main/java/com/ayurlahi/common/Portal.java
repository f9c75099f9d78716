package com.ayurlahi.common;

import java.util.Optional;

/**
 * The three server-rendered portals. Every role belongs to exactly one of them, and every
 * path under a portal's prefix is closed to the other roles.
 */
public enum Portal {

	CLINIC("/clinic", "Clinic portal"), MANUFACTURER("/manufacturer", "Manufacturer portal"),
	ADMIN("/admin", "Admin console");

	private final String path;

	private final String title;

	Portal(String path, String title) {
		this.path = path;
		this.title = title;
	}

	/** The portal's home page and the prefix of all its pages. */
	public String path() {
		return path;
	}

	public String title() {
		return title;
	}

	/**
	 * The portal of a role, given by its name ({@code CLINIC}) or its authority
	 * ({@code ROLE_CLINIC}). Platform staff (ADMIN and SUPPORT) share the admin console.
	 */
	public static Optional<Portal> ofRole(String role) {
		return switch (role.startsWith("ROLE_") ? role.substring(5) : role) {
			case "CLINIC" -> Optional.of(CLINIC);
			case "MANUFACTURER" -> Optional.of(MANUFACTURER);
			case "ADMIN", "SUPPORT" -> Optional.of(ADMIN);
			default -> Optional.empty();
		};
	}

}
