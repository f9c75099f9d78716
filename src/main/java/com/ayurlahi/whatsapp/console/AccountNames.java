package com.ayurlahi.whatsapp.console;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.ayurlahi.users.ProfileDirectory;
import com.ayurlahi.users.UserManagement;

/**
 * Names the accounts numbers belong to, through the users module's API: the person's full
 * name and the clinic or manufacturer it runs; a query per kind of name, however many
 * accounts.
 */
@Component
class AccountNames {

	private final UserManagement users;

	private final List<ProfileDirectory> profiles;

	AccountNames(UserManagement users, List<ProfileDirectory> profiles) {
		this.users = users;
		this.profiles = profiles;
	}

	/**
	 * An account as the console names it.
	 *
	 * @param business the clinic's or manufacturer's name, once it has a profile
	 * @param kind {@code Clinic} or {@code Manufacturer}, once it has a profile
	 * @param person the account holder's full name
	 */
	record AccountName(UUID userId, @Nullable String business, @Nullable String kind, @Nullable String person) {
	}

	Map<UUID, AccountName> of(Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> people = users.fullNames(userIds);
		Map<UUID, String> businesses = new HashMap<>();
		Map<UUID, String> kinds = new HashMap<>();
		for (ProfileDirectory directory : profiles) {
			directory.profileNames(userIds).forEach((userId, name) -> {
				businesses.put(userId, name);
				kinds.put(userId, directory.ownerRole().label());
			});
		}
		Map<UUID, AccountName> names = new HashMap<>();
		for (UUID userId : userIds) {
			names.put(userId, new AccountName(userId, businesses.get(userId), kinds.get(userId), people.get(userId)));
		}
		return names;
	}

}
