package com.ayurlahi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccountLockedExceptionTest {

	private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	@Test
	void minutesLeftRoundUpAndNeverSayZero() {
		assertThat(new AccountLockedException(NOW.plusSeconds(15 * 60)).minutesLeft(NOW)).isEqualTo(15);
		assertThat(new AccountLockedException(NOW.plusSeconds(14 * 60 + 1)).minutesLeft(NOW)).isEqualTo(15);
		assertThat(new AccountLockedException(NOW.plusSeconds(30)).minutesLeft(NOW)).isEqualTo(1);
		assertThat(new AccountLockedException(NOW.minusSeconds(5)).minutesLeft(NOW)).isEqualTo(1);
	}

}
