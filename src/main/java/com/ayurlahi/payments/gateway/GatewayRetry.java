package com.ayurlahi.payments.gateway;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a refund's or a payout transfer's Razorpay call stands after failures: how many
 * calls in a row failed, since when, and when the next is made by itself. A call that
 * failed because Razorpay was out of reach ({@link PaymentGatewayException#isTemporary})
 * is made again later, each wait twice the one before up to
 * {@link GatewayRetrySettings#maxDelay}, for as long as
 * {@link GatewayRetrySettings#giveUpAfter} from the first failure; a refusal, or an
 * outage that outlasts that, waits for a person. A value: each failure or success gives a
 * new one.
 *
 * @param attempts the calls in a row that failed
 * @param failingSince when the first of them failed
 * @param nextAttemptAt when the next call is made without a person asking; none when a
 * person has to look, or nothing failed
 */
@Embeddable
public record GatewayRetry(@Column(name = "gateway_attempts") int attempts,
		@Column(name = "failing_since") @Nullable Instant failingSince,
		@Column(name = "next_attempt_at") @Nullable Instant nextAttemptAt) {

	/** Nothing has failed (or the last call succeeded). */
	public static GatewayRetry none() {
		return new GatewayRetry(0, null, null);
	}

	/** The call made {@code now} failed: what follows. */
	public GatewayRetry failed(PaymentGatewayException failure, Instant now, GatewayRetrySettings settings) {
		Instant since = failingSince == null ? now : failingSince;
		if (!failure.isTemporary() || !now.isBefore(since.plus(settings.giveUpAfter()))) {
			return refused(now);
		}
		return new GatewayRetry(attempts + 1, since, now.plus(delayAfter(attempts + 1, settings)));
	}

	/** The call made {@code now} was refused, or can't be made: a person has to look. */
	public GatewayRetry refused(Instant now) {
		return new GatewayRetry(attempts + 1, failingSince == null ? now : failingSince, null);
	}

	/** Whether the next call is made by itself. */
	public boolean isScheduled() {
		return nextAttemptAt != null;
	}

	private static Duration delayAfter(int failures, GatewayRetrySettings settings) {
		Duration delay = settings.firstDelay();
		for (int i = 1; i < failures && delay.compareTo(settings.maxDelay()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
	}

}
