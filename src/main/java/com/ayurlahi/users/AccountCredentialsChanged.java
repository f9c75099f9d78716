package com.ayurlahi.users;

import java.util.UUID;

/**
 * An account's password changed or was reset, or the account was suspended: its API
 * tokens issued before no longer work, and its portal sessions are ended (but the one
 * that changed its own password). Also published when a suspended account is reinstated,
 * so that what remembered it as suspended forgets that at once.
 *
 * @param userId the account
 * @param email its login, the principal name its portal sessions are found by
 * @param what what happened
 */
public record AccountCredentialsChanged(UUID userId, String email, What what) {

	public enum What {

		PASSWORD_CHANGED, PASSWORD_RESET, SUSPENDED, REINSTATED

	}

}
