package com.ayurlahi.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * When a refund's or payout transfer's Razorpay call is made again after it failed: twice
 * the wait each time up to the longest, for a day from the first failure while Razorpay
 * is out of reach, never after a refusal.
 */
class GatewayRetryTest {

	private static final GatewayRetrySettings SETTINGS = new GatewayRetrySettings(Duration.ofMinutes(1),
			Duration.ofMinutes(30), Duration.ofHours(24), Duration.ofSeconds(30));

	private static final Instant FIRST = Instant.parse("2026-12-05T10:00:00Z");

	private static final PaymentGatewayException UNREACHABLE = PaymentGatewayException
		.unavailable("Razorpay did not refund payment pay_X: connect timed out");

	private static final PaymentGatewayException REFUSED = new PaymentGatewayException(
			"Razorpay did not refund payment pay_X: BAD_REQUEST_ERROR:The refund amount provided is greater than amount captured");

	@Test
	void whileRazorpayIsOutOfReachEachWaitIsTwiceTheOneBeforeUpToHalfAnHour() {
		GatewayRetry retry = GatewayRetry.none();
		Instant now = FIRST;
		StringBuilder waits = new StringBuilder();
		for (int failure = 1; failure <= 8; failure++) {
			retry = retry.failed(UNREACHABLE, now, SETTINGS);
			Duration wait = Duration.between(now, retry.nextAttemptAt());
			waits.append(wait.toMinutes()).append(' ');
			now = retry.nextAttemptAt();
		}

		assertThat(waits.toString().trim()).isEqualTo("1 2 4 8 16 30 30 30");
		assertThat(retry.attempts()).isEqualTo(8);
		assertThat(retry.failingSince()).isEqualTo(FIRST);
		assertThat(retry.isScheduled()).isTrue();
	}

	@Test
	void aDayAfterTheFirstFailureTheTriesStopAndAPersonHasToLook() {
		GatewayRetry failing = GatewayRetry.none().failed(UNREACHABLE, FIRST, SETTINGS);

		GatewayRetry almostADay = failing.failed(UNREACHABLE, FIRST.plus(Duration.ofHours(23).plusMinutes(59)),
				SETTINGS);
		GatewayRetry aDay = almostADay.failed(UNREACHABLE, FIRST.plus(Duration.ofHours(24)), SETTINGS);

		assertThat(almostADay.nextAttemptAt()).isEqualTo(FIRST.plus(Duration.ofHours(23).plusMinutes(61)));
		assertThat(aDay.isScheduled()).isFalse();
		assertThat(aDay.attempts()).isEqualTo(3);
		assertThat(aDay.failingSince()).isEqualTo(FIRST);
	}

	@Test
	void aRefusalIsNeverTriedAgainByItself() {
		GatewayRetry refused = GatewayRetry.none().failed(REFUSED, FIRST, SETTINGS);
		GatewayRetry afterAnOutage = GatewayRetry.none()
			.failed(UNREACHABLE, FIRST, SETTINGS)
			.failed(REFUSED, FIRST.plusSeconds(60), SETTINGS);

		assertThat(refused).isEqualTo(new GatewayRetry(1, FIRST, null));
		assertThat(afterAnOutage).isEqualTo(new GatewayRetry(2, FIRST, null));
	}

	@Test
	void aCallThatSucceedsStartsAfresh() {
		GatewayRetry failing = GatewayRetry.none().failed(UNREACHABLE, FIRST, SETTINGS);
		GatewayRetry later = GatewayRetry.none().failed(UNREACHABLE, FIRST.plus(Duration.ofDays(3)), SETTINGS);

		assertThat(failing.isScheduled()).isTrue();
		assertThat(later).as("a new outage starts its own day of tries")
			.isEqualTo(new GatewayRetry(1, FIRST.plus(Duration.ofDays(3)),
					FIRST.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(1))));
	}

}
