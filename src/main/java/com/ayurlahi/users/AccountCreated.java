package com.ayurlahi.users;

import java.util.UUID;

/**
 * A user account was created, by self-registration, by an admin or at start-up.
 */
public record AccountCreated(UUID userId, String email, Role role) {
}
