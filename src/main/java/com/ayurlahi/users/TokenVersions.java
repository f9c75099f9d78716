package com.ayurlahi.users;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Whether an API token's version is still its account's: one primary-key lookup,
 * remembered for {@link #REMEMBERED} per user. A change on this instance forgets the user
 * at once (after it commits), so revocation works immediately here and within
 * {@link #REMEMBERED} on other instances.
 */
@Component
public class TokenVersions {

	/** How long another instance may go on accepting a revoked token, at most. */
	public static final Duration REMEMBERED = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final Cache<UUID, Optional<Integer>> current = Caffeine.newBuilder()
		.expireAfterWrite(REMEMBERED)
		.maximumSize(100_000)
		.build();

	TokenVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether a token of {@code userId} issued at {@code version} is still good: the
	 * account exists, is not suspended and has not changed its password since.
	 */
	public boolean isCurrent(UUID userId, int version) {
		return current.get(userId, this::load).filter(known -> known == version).isPresent();
	}

	private Optional<Integer> load(UUID userId) {
		return jdbc.sql("select token_version from users where id = :id and enabled")
			.param("id", userId)
			.query(Integer.class)
			.optional();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AccountCredentialsChanged changed) {
		current.invalidate(changed.userId());
	}

}
