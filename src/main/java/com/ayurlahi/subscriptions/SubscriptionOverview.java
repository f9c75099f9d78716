package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The team's figures at a moment.
 *
 * <p>
 * <b>Which subscription counts for a clinic</b>: the one whose plan applies to it now, as
 * {@link Entitlements} sees it (of its subscriptions whose mandate is in place and that
 * have not ended, the one that took effect last: an upgrade at once, a downgrade at the
 * end of the paid cycle).
 * <ul>
 * <li><b>Active</b>: clinics whose counting subscription is paid up (ACTIVE, or
 * AUTHENTICATED: the mandate is in place and its first charge is due, as after an
 * upgrade).</li>
 * <li><b>Past due</b>: clinics whose counting subscription is PAST_DUE (a charge failed;
 * the plan still applies during the grace period).</li>
 * <li><b>Monthly recurring revenue</b>: the sum of the monthly prices, excluding GST, of
 * the plan versions of the active and past-due clinics' counting subscriptions (each
 * clinic's own version, not the plan's newest). Not counted: restricted subscriptions,
 * subscriptions waiting for authorisation, ended ones, the team's grants, trials and the
 * Free plan.</li>
 * </ul>
 *
 * @param chargesThisMonth what the subscriptions' charges took this calendar month
 */
public record SubscriptionOverview(Instant at, BigDecimal monthlyRecurringRevenue, long active, long pastDue,
		Churn churn, MonthlyCharges chargesThisMonth) {

	/** Clinics paying for a plan: active and past due. */
	public long paying() {
		return active + pastDue;
	}

	/**
	 * Churn over a window: of the clinics paying for a plan at its start (a subscription
	 * whose mandate was authorised by then, not ended and not restricted then), those
	 * that pay for none at its end: their subscriptions ended (cancelled or completed,
	 * and not replaced by a plan change) or were restricted for not paying, and they have
	 * not subscribed or paid again since. Clinics that joined during the window are in
	 * neither figure.
	 *
	 * @param payingAtStart clinics paying for a plan at {@code from}
	 * @param stopped of those, the clinics paying for none at {@code to}
	 */
	public record Churn(Instant from, Instant to, long payingAtStart, long stopped) {

		/**
		 * Stopped ÷ paying at the start, in percent to one decimal; null when none paid.
		 */
		public @Nullable BigDecimal percent() {
			return payingAtStart == 0 ? null : BigDecimal.valueOf(stopped * 100)
				.divide(BigDecimal.valueOf(payingAtStart), 1, RoundingMode.HALF_UP);
		}

	}

}
