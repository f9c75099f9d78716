package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
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
		return usesRazorpay() ? new RazorpayKeys(razorpay.keyId(), razorpay.keySecret(), razorpay.webhookSecret())
				: new RazorpayKeys(sandbox.keyId(), sandbox.keySecret(), sandbox.webhookSecret());
	}

	/**
	 * @param keyId RAZORPAY_KEY_ID
	 * @param keySecret RAZORPAY_KEY_SECRET
	 * @param webhookSecret RAZORPAY_WEBHOOK_SECRET, which signs the webhooks (not the key
	 * secret)
	 * @param apiUrl Razorpay's API; only tests point it elsewhere (at a local fake)
	 */
	public record Razorpay(String keyId, String keySecret, String webhookSecret, @NotNull URI apiUrl) {
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

	/** A key id with its secrets. */
	public record RazorpayKeys(String keyId, String keySecret, String webhookSecret) {

		@Override
		public String toString() {
			return "RazorpayKeys[" + keyId + "]";
		}
	}
}
