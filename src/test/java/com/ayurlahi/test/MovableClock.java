package com.ayurlahi.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The integration tests' clock: the application's own ({@code clock}, UTC), which a test
 * moves forward to see what happens days later ({@link #moveBy}) and puts back afterwards
 * ({@link #reset}), since the tests share one application context. Every bean that takes
 * the time from the {@code Clock} bean sees the move; Spring Batch's and the database's
 * own times do not.
 */
public final class MovableClock extends Clock {

	private final Clock base;

	private volatile Duration offset = Duration.ZERO;

	MovableClock(Clock base) {
		this.base = base;
	}

	/**
	 * Moves the clock forward (or back) by {@code amount}, on top of any earlier move.
	 */
	public void moveBy(Duration amount) {
		offset = offset.plus(amount);
	}

	/** Puts the clock back to the real time. */
	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(base.withZone(zone), offset);
	}

	/**
	 * Puts a {@link MovableClock} in place of the application's {@code clock} bean, so
	 * that the beans that take it get the movable one.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Installed {

		@Bean
		static BeanPostProcessor movableClock() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return "clock".equals(beanName) && bean instanceof Clock clock && !(bean instanceof MovableClock)
							? new MovableClock(clock) : bean;
				}
			};
		}

	}

}
