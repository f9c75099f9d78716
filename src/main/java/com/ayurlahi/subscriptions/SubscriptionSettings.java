package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the subscriptions module, {@code ayurlahi.subscriptions.*}.
 *
 * @param trial how long a new clinic (from its registration) uses the trial plan without
 * a mandate; 0: no trial
 * @param trialPlan the code of the plan a trial gives
 * @param freePlan the code of the plan a clinic falls back to (no subscription, trial
 * over, restricted)
 * @param grace how long a past-due subscription keeps its plan before it is restricted
 * @param warnBefore how many orders before the month's limit the pages warn
 * @param sac the services accounting code on the platform's subscription invoices (997331
 * licensing the right to use software, or 998315; an accountant chooses)
 * @param gstRate GST on the subscription fee, in percent
 * @param totalCycles how many monthly cycles a subscription asks Razorpay for (it renews
 * until cancelled; Razorpay needs a number)
 * @param authorisationTimeout how long a subscription waits for the clinic to authorise
 * its mandate before it is given up
 * @param reconcileAfter how long without news from Razorpay before the reconciliation job
 * fetches a subscription
 * @param reconciliationInterval how often the subscription-reconciliation job runs
 */
@ConfigurationProperties("ayurlahi.subscriptions")
@Validated
public record SubscriptionSettings(@NotNull Duration trial, @NotBlank String trialPlan, @NotBlank String freePlan,
		@NotNull Duration grace, int warnBefore, @NotBlank @Pattern(regexp = "\\d{6}") String sac,
		@NotNull BigDecimal gstRate, int totalCycles, @NotNull Duration authorisationTimeout,
		@NotNull Duration reconcileAfter, @NotNull Duration reconciliationInterval) {
}
