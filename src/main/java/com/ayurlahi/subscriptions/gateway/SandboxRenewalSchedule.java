package com.ayurlahi.subscriptions.gateway;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dev profile's renewals: every minute, the sandbox charges what is due by the
 * application's clock, as Razorpay would on its own. Tests run
 * {@link SandboxSubscriptions#chargeDue} themselves, on the clock they move.
 */
@Component
@Profile("dev")
@Conditional(UsesSandbox.class)
class SandboxRenewalSchedule {

	private final SandboxSubscriptions sandbox;

	private final Clock clock;

	SandboxRenewalSchedule(SandboxSubscriptions sandbox, Clock clock) {
		this.sandbox = sandbox;
		this.clock = clock;
	}

	@Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
	void chargeDue() {
		sandbox.chargeDue(clock.instant());
	}

}
