package com.ayurlahi.auth.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The portal's session store, writing a session's last access to the database at most
 * once per {@link #RESOLUTION} instead of on every request.
 * <p>
 * Spring Session marks a session changed on every request just to move its last access
 * forward, so each page, fragment and htmx call of a signed-in user otherwise updates its
 * row (and the row's expiry index) in a transaction of its own: a write per read-only
 * search. Here a request within {@link #RESOLUTION} of the recorded access leaves it as
 * it is; anything else the request changes in the session (attributes, a new id at sign
 * in) is saved as before. An idle session therefore expires at most {@link #RESOLUTION}
 * before its full timeout, never later.
 */
final class CoarseLastAccessSessions<S extends Session>
		implements FindByIndexNameSessionRepository<CoarseLastAccessSessions.CoarseSession<S>> {

	/** How far the recorded last access may lag behind the real one. */
	static final Duration RESOLUTION = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<S> sessions;

	private CoarseLastAccessSessions(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	static CoarseLastAccessSessions<?> of(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return wrap(sessions);
	}

	private static <S extends Session> CoarseLastAccessSessions<S> wrap(FindByIndexNameSessionRepository<S> sessions) {
		return new CoarseLastAccessSessions<>(sessions);
	}

	@Override
	public CoarseSession<S> createSession() {
		return new CoarseSession<>(sessions.createSession());
	}

	@Override
	public void save(CoarseSession<S> session) {
		sessions.save(session.stored);
	}

	@Override
	public @Nullable CoarseSession<S> findById(String id) {
		S session = sessions.findById(id);
		return session == null ? null : new CoarseSession<>(session);
	}

	@Override
	public void deleteById(String id) {
		sessions.deleteById(id);
	}

	@Override
	public Map<String, CoarseSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, CoarseSession<S>> found = new LinkedHashMap<>();
		sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new CoarseSession<>(session)));
		return found;
	}

	/**
	 * A stored session whose last access moves forward only once it lags by
	 * {@link #RESOLUTION} or more; everything else is the stored session's.
	 */
	static final class CoarseSession<S extends Session> implements Session {

		private final S stored;

		CoarseSession(S stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(RESOLUTION))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
