package com.ayurlahi.users;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the modules that own a user's business profile (clinic, manufacturer),
 * so that the account can name its profile without the users module knowing those
 * modules.
 */
public interface ProfileDirectory {

	/** Which account role runs this kind of profile. */
	Role ownerRole();

	/** The id of the profile the user runs, if they have created one. */
	Optional<UUID> profileOf(UUID userId);

	/**
	 * The names of the profiles the given users run, by user id, in one query; users
	 * without a profile of this kind are left out. For lists that name whose account
	 * something belongs to.
	 */
	Map<UUID, String> profileNames(Collection<UUID> userIds);

}
