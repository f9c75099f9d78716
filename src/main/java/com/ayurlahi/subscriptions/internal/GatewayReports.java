package com.ayurlahi.subscriptions.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;

/**
 * Applies what Razorpay says about a subscription (a webhook, or the reconciliation job's
 * fetch) to our subscription, locked by the caller: its status moves only as the
 * subscription's own rules allow (a report older than the last one applied moves nothing
 * back), and a plan change that Razorpay has authorised replaces the subscription it was
 * chosen over, which Razorpay is then told to cancel at the end of its cycle.
 */
@Component
public class GatewayReports {

	private final Subscriptions subscriptions;

	GatewayReports(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	/**
	 * Applies the report; returns whether the subscription changed (or replaced the one
	 * before it). The caller saves the subscription.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean apply(Subscription subscription, Report report, Instant now) {
		Instant at = report.reportedAt();
		String method = PaymentMethods.kind(report.method());
		boolean changed = switch (report.status()) {
			case AUTHENTICATED -> subscription.authenticated(method, at, now);
			case ACTIVE -> subscription.active(report.currentStart(), report.currentEnd(), report.chargeAt(),
					report.paidCount(), method, at, now);
			case PAST_DUE -> subscription.pending(at, now);
			case RESTRICTED -> subscription.halted(at, now);
			case CANCELLED, COMPLETED ->
				subscription.ended(report.status(), report.endedAt() != null ? report.endedAt() : at, now);
			case EXPIRED -> subscription.expire("Razorpay let it expire: the mandate was never authorised", now);
			case CREATED -> false;
		};
		subscription.synced(now);
		return replaceThePrevious(subscription, now) || changed;
	}

	/**
	 * A plan change in place (the mandate authorised): the subscription it replaces is
	 * cancelled at the end of its cycle.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean replaceThePrevious(Subscription subscription, Instant now) {
		if (subscription.getReplacesId() == null || !subscription.getStatus().isLive()) {
			return false;
		}
		return subscriptions.findForUpdate(subscription.getReplacesId()).map(previous -> {
			if (previous.getReplacedById() != null || previous.getStatus().isEnded()) {
				return false;
			}
			previous.replacedBy(subscription, now);
			subscriptions.save(previous);
			return true;
		}).orElse(false);
	}

	/**
	 * Razorpay's status of a subscription as ours: {@code created},
	 * {@code authenticated}, {@code active} (also {@code resumed}), {@code pending} (past
	 * due), {@code halted} (restricted), {@code cancelled}, {@code completed},
	 * {@code expired}; null for one that moves nothing ({@code paused}, {@code updated}).
	 */
	public static @Nullable SubscriptionStatus statusOf(@Nullable String razorpayStatus) {
		if (razorpayStatus == null) {
			return null;
		}
		return switch (razorpayStatus) {
			case "created" -> SubscriptionStatus.CREATED;
			case "authenticated" -> SubscriptionStatus.AUTHENTICATED;
			case "active", "activated", "charged", "resumed" -> SubscriptionStatus.ACTIVE;
			case "pending" -> SubscriptionStatus.PAST_DUE;
			case "halted" -> SubscriptionStatus.RESTRICTED;
			case "cancelled" -> SubscriptionStatus.CANCELLED;
			case "completed" -> SubscriptionStatus.COMPLETED;
			case "expired" -> SubscriptionStatus.EXPIRED;
			default -> null;
		};
	}

	/**
	 * What Razorpay said: the status it means for us, the cycle paid for, when the next
	 * charge is due, how many cycles were paid, the mandate's method and when it said so.
	 */
	public record Report(SubscriptionStatus status, @Nullable Instant currentStart, @Nullable Instant currentEnd,
			@Nullable Instant chargeAt, @Nullable Instant endedAt, int paidCount, @Nullable String method,
			Instant reportedAt) {
	}

}
