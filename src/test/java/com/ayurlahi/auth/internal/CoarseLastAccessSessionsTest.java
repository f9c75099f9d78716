package com.ayurlahi.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

import com.ayurlahi.auth.internal.CoarseLastAccessSessions.CoarseSession;

/**
 * A session's last access moves forward only once it lags by a minute or more; anything
 * else a request does to the session reaches the stored one.
 */
class CoarseLastAccessSessionsTest {

	private static final Instant RECORDED = Instant.parse("2026-12-05T10:00:00Z");

	@Test
	void aRequestWithinAMinuteOfTheRecordedAccessLeavesItAsItIs() {
		MapSession stored = stored();
		CoarseSession<MapSession> session = new CoarseSession<>(stored);

		session.setLastAccessedTime(RECORDED.plusSeconds(59));

		assertThat(stored.getLastAccessedTime()).isEqualTo(RECORDED);
		assertThat(session.getLastAccessedTime()).isEqualTo(RECORDED);
	}

	@Test
	void aRequestAMinuteOrMoreLaterMovesItForward() {
		MapSession stored = stored();
		CoarseSession<MapSession> session = new CoarseSession<>(stored);

		session.setLastAccessedTime(RECORDED.plus(CoarseLastAccessSessions.RESOLUTION));

		assertThat(stored.getLastAccessedTime()).isEqualTo(RECORDED.plusSeconds(60));
	}

	@Test
	void attributesAndIdsAreTheStoredSessions() {
		MapSession stored = stored();
		CoarseSession<MapSession> session = new CoarseSession<>(stored);

		session.setAttribute("flash", "Saved.");
		String newId = session.changeSessionId();
		session.setMaxInactiveInterval(Duration.ofMinutes(30));

		assertThat(stored.<String>getAttribute("flash")).isEqualTo("Saved.");
		assertThat(stored.getId()).isEqualTo(newId).isEqualTo(session.getId());
		assertThat(stored.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
		session.removeAttribute("flash");
		assertThat(stored.getAttributeNames()).isEmpty();
	}

	private static MapSession stored() {
		MapSession stored = new MapSession();
		stored.setLastAccessedTime(RECORDED);
		return stored;
	}

}
