package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the payments module, {@code ayurlahi.payments.*}.
 *
 * @param timeout how long an order may wait for its payment before the sweep cancels it
 * (PAYMENT_TIMEOUT)
 * @param sweepInterval how often the payment-timeout sweep runs
 * @param payoutReleaseAfterDelivery the dispute window: how long after an order's
 * delivery its manufacturer's payout is released, unless a dispute holds it
 * (PAYOUT_RELEASE_AFTER_DELIVERY)
 * @param payoutReleaseInterval how often the payout-release job releases the payouts
 * whose window has closed
 * @param razorpay the Razorpay account; when its key id and secret are set, payments go
 * through Razorpay, otherwise through the sandbox
 * @param sandbox the sandbox's own keys and where it delivers its webhooks
 * @param publicUrl the address clinics reach us at (FRONTEND_URL), for Razorpay's
 * callback; empty: the address of the request
 * @param commissionGstRate GST on the platform's commission, in percent
 * @param tcsRate TCS collected under GST section 52, in percent of an order's net taxable
 * value
 */
@ConfigurationProperties("ayurlahi.payments")
@Validated
public record PaymentSettings(@NotNull Duration timeout, @NotNull Duration sweepInterval,
		@NotNull Duration payoutReleaseAfterDelivery, @NotNull Duration payoutReleaseInterval,
		@Valid @NotNull Razorpay razorpay, @Valid @NotNull Sandbox sandbox, @Nullable URI publicUrl,
		@NotNull @DecimalMin("0.00") @DecimalMax("100.00") BigDecimal commissionGstRate,
		@NotNull @DecimalMin("0.00") @DecimalMax("100.00") BigDecimal tcsRate) {

	/**
	 * Whether Razorpay's keys are configured, so that the real gateway takes the
	 * payments.
	 */
	public boolean usesRazorpay() {
		return !razorpay.keyId().isBlank() && !razorpay.keySecret().isBlank();
	}

	/**
	 * The keys payments are signed with: Razorpay's when configured, the sandbox's
	 * otherwise.
	 */
	public RazorpayKeys keys() {
		return usesRazorpay()
				? new RazorpayKeys(razorpay.keyId(), razorpay.keySecret(), razorpay.webhookSecret(),
						razorpay.previousWebhookSecret(), razorpay.previousWebhookSecretUntil())
				: new RazorpayKeys(sandbox.keyId(), sandbox.keySecret(), sandbox.webhookSecret(), null, null);
	}

	/**
	 * @param keyId RAZORPAY_KEY_ID
	 * @param keySecret RAZORPAY_KEY_SECRET
	 * @param webhookSecret RAZORPAY_WEBHOOK_SECRET, which signs the webhooks (not the key
	 * secret)
	 * @param apiUrl Razorpay's API; only tests point it elsewhere (at a local fake)
	 * @param previousWebhookSecret RAZORPAY_WEBHOOK_PREVIOUS_SECRET: after a change of
	 * the webhook secret, the one before, which Razorpay still signs retries of older
	 * events with; taken until {@code previousWebhookSecretUntil}
	 * @param previousWebhookSecretUntil RAZORPAY_WEBHOOK_PREVIOUS_SECRET_UNTIL, an
	 * instant (2026-12-10T00:00:00Z): from then on the previous secret is refused
	 */
	public record Razorpay(String keyId, String keySecret, String webhookSecret, @NotNull URI apiUrl,
			@Nullable String previousWebhookSecret, @Nullable Instant previousWebhookSecretUntil) {

		@ConstructorBinding
		public Razorpay {
		}

		/** Razorpay's account without a change of webhook secret under way. */
		public Razorpay(String keyId, String keySecret, String webhookSecret, URI apiUrl) {
			this(keyId, keySecret, webhookSecret, apiUrl, null, null);
		}

		/**
		 * A previous webhook secret is taken only until a set instant: without one it
		 * would never stop being taken.
		 */
		@AssertTrue(message = "RAZORPAY_WEBHOOK_PREVIOUS_SECRET_UNTIL must be set (an instant such as "
				+ "2026-12-10T00:00:00Z) when RAZORPAY_WEBHOOK_PREVIOUS_SECRET is: the previous webhook secret is "
				+ "only taken until then.")
		public boolean isPreviousWebhookSecretBounded() {
			return previousWebhookSecret == null || previousWebhookSecret.isBlank()
					|| previousWebhookSecretUntil != null;
		}
	}

	/**
	 * @param keyId the key id the sandbox's checkout shows
	 * @param keySecret signs the sandbox's checkout callbacks
	 * @param webhookSecret signs the sandbox's webhooks
	 * @param webhookUrl where the sandbox posts its webhooks; empty: this application's
	 * own webhook endpoint
	 */
	public record Sandbox(String keyId, String keySecret, String webhookSecret, @Nullable URI webhookUrl) {
	}

	/**
	 * A key id with its secrets, and the webhook secret used before the current one with
	 * the instant until which it is still taken (none for the sandbox).
	 */
	public record RazorpayKeys(String keyId, String keySecret, String webhookSecret,
			@Nullable String previousWebhookSecret, @Nullable Instant previousWebhookSecretUntil) {

		/**
		 * The secrets a webhook may be signed with at {@code now}: the current one (if
		 * set), and the previous one before its end.
		 */
		public List<String> webhookSecretsAt(Instant now) {
			List<String> secrets = new ArrayList<>(2);
			if (!webhookSecret.isBlank()) {
				secrets.add(webhookSecret);
			}
			if (previousWebhookSecret != null && !previousWebhookSecret.isBlank() && previousWebhookSecretUntil != null
					&& now.isBefore(previousWebhookSecretUntil)) {
				secrets.add(previousWebhookSecret);
			}
			return List.copyOf(secrets);
		}

		@Override
		public String toString() {
			return "RazorpayKeys[" + keyId + "]";
		}
	}
}
