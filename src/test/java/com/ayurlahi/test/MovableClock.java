package com.ayurlahi.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that runs like the real one but can be moved forward: tests of deadlines and
 * windows move it instead of waiting. Import {@link Configuration} to make it the
 * application's clock (in a context of its own).
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

	/** Moves the clock forward by {@code duration}. */
	public void move(Duration duration) {
		ahead.updateAndGet(current -> current.plus(duration));
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), ahead.get());
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(ahead.get());
	}

	/** Makes a {@link MovableClock} the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
