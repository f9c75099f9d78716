package com.ayurlahi.users;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, the same for a portal session and an API token: controllers take it
 * as {@code @AuthenticationPrincipal AuthenticatedUser}. Holds the password hash only
 * until authentication completes.
 */
public final class AuthenticatedUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final String email;

	private final String fullName;

	private final Role role;

	private final boolean enabled;

	private final int tokenVersion;

	private @Nullable String passwordHash;

	private AuthenticatedUser(UUID id, String email, String fullName, Role role, boolean enabled, int tokenVersion,
			@Nullable String passwordHash) {
		this.id = id;
		this.email = email;
		this.fullName = fullName;
		this.role = role;
		this.enabled = enabled;
		this.tokenVersion = tokenVersion;
		this.passwordHash = passwordHash;
	}

	static AuthenticatedUser of(User user) {
		return new AuthenticatedUser(user.getId(), user.getEmail(), user.getFullName(), user.getRole(),
				user.isEnabled(), user.getTokenVersion(), user.getPasswordHash());
	}

	/**
	 * {@code user} acting without a password check: start-up work and demo data done on
	 * their behalf.
	 */
	public static AuthenticatedUser actingAs(User user) {
		return new AuthenticatedUser(user.getId(), user.getEmail(), user.getFullName(), user.getRole(),
				user.isEnabled(), user.getTokenVersion(), null);
	}

	/** A user with these claims at the account's first token version. */
	public static AuthenticatedUser fromToken(UUID id, String email, String fullName, Role role) {
		return fromToken(id, email, fullName, role, 0);
	}

	/**
	 * A user proven by a signed token that carries these claims (the token version
	 * checked against the account's current one).
	 */
	public static AuthenticatedUser fromToken(UUID id, String email, String fullName, Role role, int tokenVersion) {
		return new AuthenticatedUser(id, email, fullName, role, true, tokenVersion, null);
	}

	public UUID id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String fullName() {
		return fullName;
	}

	public Role role() {
		return role;
	}

	/**
	 * The account's token version when this user signed in: what its API tokens carry.
	 */
	public int tokenVersion() {
		return tokenVersion;
	}

	/** For templates: {@code principal.fullName}. */
	public String getFullName() {
		return fullName;
	}

	/** For templates: {@code principal.role.label}. */
	public Role getRole() {
		return role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof AuthenticatedUser that && id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "AuthenticatedUser[" + id + ", " + role + "]";
	}

}
