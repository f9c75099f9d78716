package com.ayurlahi.users;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;

/**
 * A person who signs in. The email is stored normalised (trimmed, lower-case) and is
 * unique; the password only as a BCrypt hash.
 */
@Entity
@Table(name = "users")
public class User {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "full_name")
	private String fullName;

	private @Nullable String phone;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	/**
	 * Moves on when the password changes or the account is suspended: API tokens carry
	 * the version they were issued at, and older ones stop working.
	 */
	@Column(name = "token_version")
	private int tokenVersion;

	@Column(name = "created_at")
	private Instant createdAt;

	User(String email, String passwordHash, String fullName, @Nullable String phone, Role role, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = email;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.phone = phone;
		this.role = role;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	protected User() {
		// for JPA
	}

	public UUID getId() {
		return id;
	}

	/**
	 * The optimistic lock's version, {@code null} until the entity is first persisted.
	 * Spring Data reads it to tell a new entity from a stored one; without a (public)
	 * getter it throws and catches an exception on every save before reading the field.
	 */
	public @Nullable Long getVersion() {
		return version;
	}

	public String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getFullName() {
		return fullName;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public int getTokenVersion() {
		return tokenVersion;
	}

	/** A new password (its hash); tokens issued before stop working. */
	void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
		this.tokenVersion++;
	}

	/** No more sign-ins; tokens issued before stop working. */
	void suspend() {
		if (!enabled) {
			throw new ConflictException("The account is already suspended.");
		}
		this.enabled = false;
		this.tokenVersion++;
	}

	void reinstate() {
		if (enabled) {
			throw new ConflictException("The account is not suspended.");
		}
		this.enabled = true;
	}

}
