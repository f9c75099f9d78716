package com.ayurlahi.subscriptions.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewayCharge;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewaySubscription;

/**
 * One subscription as the sandbox keeps it, moving as Razorpay moves its subscriptions:
 * {@code created} until the clinic authorises it; then {@code authenticated} until its
 * first charge (at once for an immediate start, at {@code start_at} otherwise) makes it
 * {@code active}; each charge pays a calendar month (in Indian time) from the end of the
 * last. A failed charge makes it {@code pending}, retried on each of the next three days,
 * and then {@code halted} until the clinic pays. It may be {@code paused} and resumed,
 * cancelled now or at the end of its cycle, and {@code completed} when its last cycle
 * ends; one nobody authorised by its {@code start_at} expires. (Razorpay's token charge
 * on authorising a future start without an upfront amount, refunded at once, is left out:
 * it pays for nothing.) Every change returns what happened, in order, each with the
 * subscription as it stood then, for the webhooks. Kept as its row's document
 * ({@link Stored}); callers hold the row locked while they change it and write it back.
 */
final class SandboxSubscription {

	/** Razorpay retries a failed charge on each of the next three days. */
	static final int RETRIES = 3;

	static final Duration RETRY_AFTER = Duration.ofDays(1);

	final String id;

	final SandboxPlan plan;

	final int totalCount;

	final @Nullable Instant startAt;

	final long upfrontPaise;

	final String upfrontDescription;

	final Map<String, String> notes;

	final String shortUrl;

	final Instant createdAt;

	private String status = "created";

	private @Nullable Instant currentStart;

	private @Nullable Instant currentEnd;

	private @Nullable Instant chargeAt;

	private @Nullable Instant endAt;

	private @Nullable Instant endedAt;

	private int paidCount;

	private int authAttempts;

	/** How the mandate pays: Razorpay's upi, card or emandate. */
	private @Nullable String method;

	private boolean cancelAtCycleEnd;

	/** The start of the cycle a failed charge was for, until it is paid. */
	private @Nullable Instant dueCycleStart;

	private int failedRetries;

	private int failuresToCome;

	private final List<SandboxCharge> charges = new ArrayList<>();

	SandboxSubscription(String id, SandboxPlan plan, int totalCount, @Nullable Instant startAt, long upfrontPaise,
			String upfrontDescription, Map<String, String> notes, String shortUrl, Instant createdAt) {
		this.id = id;
		this.plan = plan;
		this.totalCount = totalCount;
		this.startAt = startAt;
		this.upfrontPaise = upfrontPaise;
		this.upfrontDescription = upfrontDescription;
		this.notes = Map.copyOf(notes);
		this.shortUrl = shortUrl;
		this.createdAt = createdAt;
		this.chargeAt = startAt;
	}

	/** The subscription as its row keeps it. */
	record Stored(String id, SandboxPlan plan, int totalCount, @Nullable Instant startAt, long upfrontPaise,
			String upfrontDescription, Map<String, String> notes, String shortUrl, Instant createdAt, String status,
			@Nullable Instant currentStart, @Nullable Instant currentEnd, @Nullable Instant chargeAt,
			@Nullable Instant endAt, @Nullable Instant endedAt, int paidCount, int authAttempts,
			@Nullable String method, boolean cancelAtCycleEnd, @Nullable Instant dueCycleStart, int failedRetries,
			int failuresToCome, List<SandboxCharge> charges) {
	}

	SandboxSubscription(Stored stored) {
		this(stored.id(), stored.plan(), stored.totalCount(), stored.startAt(), stored.upfrontPaise(),
				stored.upfrontDescription(), stored.notes(), stored.shortUrl(), stored.createdAt());
		this.status = stored.status();
		this.currentStart = stored.currentStart();
		this.currentEnd = stored.currentEnd();
		this.chargeAt = stored.chargeAt();
		this.endAt = stored.endAt();
		this.endedAt = stored.endedAt();
		this.paidCount = stored.paidCount();
		this.authAttempts = stored.authAttempts();
		this.method = stored.method();
		this.cancelAtCycleEnd = stored.cancelAtCycleEnd();
		this.dueCycleStart = stored.dueCycleStart();
		this.failedRetries = stored.failedRetries();
		this.failuresToCome = stored.failuresToCome();
		this.charges.addAll(stored.charges());
	}

	Stored stored() {
		return new Stored(id, plan, totalCount, startAt, upfrontPaise, upfrontDescription, notes, shortUrl, createdAt,
				status, currentStart, currentEnd, chargeAt, endAt, endedAt, paidCount, authAttempts, method,
				cancelAtCycleEnd, dueCycleStart, failedRetries, failuresToCome, List.copyOf(charges));
	}

	/** Razorpay's event about this subscription, with its payment when it has one. */
	record Happened(String event, State subscription, @Nullable SandboxCharge payment) {
	}

	/** The subscription as it stood when something happened, as Razorpay shows it. */
	record State(String id, String planId, String status, @Nullable Instant currentStart, @Nullable Instant currentEnd,
			@Nullable Instant chargeAt, @Nullable Instant startAt, @Nullable Instant endAt, @Nullable Instant endedAt,
			int authAttempts, int totalCount, int paidCount, Map<String, String> notes, String shortUrl,
			@Nullable String method, Instant createdAt) {

		int remainingCount() {
			return Math.max(0, totalCount - paidCount);
		}

		GatewaySubscription view() {
			return new GatewaySubscription(id, planId, status, shortUrl, currentStart, currentEnd, chargeAt, endedAt,
					paidCount, RazorpayMethods.kindOf(method));
		}

	}

	State state() {
		return new State(id, plan.id(), status, currentStart, currentEnd, chargeAt, startAt, endAt, endedAt,
				authAttempts, totalCount, paidCount, notes, shortUrl, method, createdAt);
	}

	String status() {
		return status;
	}

	/**
	 * What the clinic pays on authorising: the upfront amount, or the first cycle too.
	 */
	long dueOnAuthorisation() {
		return startAt == null ? plan.amountPaise() + upfrontPaise : upfrontPaise;
	}

	int failuresToCome() {
		return failuresToCome;
	}

	List<GatewayCharge> charges() {
		return charges.stream().map(SandboxCharge::view).toList();
	}

	List<SandboxCharge> paymentsTaken() {
		return List.copyOf(charges);
	}

	/**
	 * The clinic authorised the mandate with {@code method}: an immediate start is
	 * charged its first cycle (and any upfront amount) and becomes active; a future start
	 * is authenticated, charged only the upfront amount if it has one.
	 */
	List<Happened> authorise(String method, Instant now, Supplier<SandboxCharge.Ids> ids) {
		if (!"created".equals(status)) {
			throw new SubscriptionGatewayException(
					"Subscription " + id + " is " + status + ": it needs no authorisation.");
		}
		if (startAt != null && !now.isBefore(startAt)) {
			expire();
			throw new SubscriptionGatewayException(
					"Subscription " + id + " expired: it was not authorised before its start at " + startAt + ".");
		}
		authAttempts++;
		this.method = method;
		status = "authenticated";
		List<Happened> happened = new ArrayList<>();
		if (startAt != null) {
			SandboxCharge upfront = upfrontPaise > 0
					? record(SandboxCharge.upfront(ids.get(), upfrontPaise, method, now, upfrontDescription)) : null;
			happened.add(new Happened("subscription.authenticated", state(), upfront));
			return happened;
		}
		happened.add(new Happened("subscription.authenticated", state(), null));
		SandboxCharge first = payCycle(now, now, plan.amountPaise() + upfrontPaise, ids.get());
		happened.add(new Happened("subscription.activated", state(), null));
		happened.add(new Happened("subscription.charged", state(), first));
		return happened;
	}

	/** An authorisation that failed: the clinic may try again. */
	void authorisationFailed() {
		if (!"created".equals(status)) {
			throw new SubscriptionGatewayException(
					"Subscription " + id + " is " + status + ": it needs no authorisation.");
		}
		authAttempts++;
	}

	/**
	 * Everything due by {@code now}: a cancellation at the cycle's end, the completion
	 * after the last cycle, each charge or retry whose time has come (several, if the
	 * clock moved by months), the expiry of one never authorised.
	 */
	List<Happened> chargeDue(Instant now, Supplier<SandboxCharge.Ids> ids) {
		List<Happened> happened = new ArrayList<>();
		for (int guard = 0; guard <= totalCount + RETRIES + 1; guard++) {
			if ("created".equals(status)) {
				if (startAt != null && !now.isBefore(startAt)) {
					expire();
				}
				return happened;
			}
			if (!"authenticated".equals(status) && !"active".equals(status) && !"pending".equals(status)) {
				return happened;
			}
			if (cancelAtCycleEnd && endAt != null && !now.isBefore(endAt)) {
				end("cancelled", endAt);
				happened.add(new Happened("subscription.cancelled", state(), null));
				return happened;
			}
			Instant due = chargeAt;
			if (due == null || now.isBefore(due)) {
				return happened;
			}
			if ("active".equals(status) && paidCount >= totalCount) {
				end("completed", due);
				happened.add(new Happened("subscription.completed", state(), null));
				return happened;
			}
			if (failuresToCome > 0) {
				failuresToCome--;
				if (chargeFailed(due)) {
					happened.add(new Happened("subscription.halted", state(), null));
					return happened;
				}
				if (failedRetries == 0) {
					happened.add(new Happened("subscription.pending", state(), null));
				}
				continue;
			}
			String before = status;
			SandboxCharge charge = payCycle(dueCycleStart != null ? dueCycleStart : due, now, plan.amountPaise(),
					ids.get());
			if ("authenticated".equals(before)) {
				happened.add(new Happened("subscription.activated", state(), null));
			}
			happened.add(new Happened("subscription.charged", state(), charge));
			if ("pending".equals(before)) {
				happened.add(new Happened("subscription.activated", state(), null));
			}
		}
		return happened;
	}

	/**
	 * The clinic pays a pending or halted subscription's due cycle itself: charged, then
	 * active again.
	 */
	List<Happened> payNow(Instant now, SandboxCharge.Ids ids) {
		if (!"pending".equals(status) && !"halted".equals(status)) {
			throw new SubscriptionGatewayException(
					"Subscription " + id + " is " + status + ": only a pending or halted one can be paid now.");
		}
		failuresToCome = 0;
		Instant cycleStart = dueCycleStart != null ? dueCycleStart : currentEnd != null ? currentEnd : now;
		SandboxCharge charge = payCycle(cycleStart, now, plan.amountPaise(), ids);
		return List.of(new Happened("subscription.charged", state(), charge),
				new Happened("subscription.activated", state(), null));
	}

	/**
	 * Brings the next charge (or retry) forward to {@code now}, as if its day had come:
	 * an active subscription's cycle ends now.
	 */
	void bringChargeForward(Instant now) {
		if (!"authenticated".equals(status) && !"active".equals(status) && !"pending".equals(status)) {
			throw new SubscriptionGatewayException(
					"Subscription " + id + " is " + status + ": it has no charge to bring forward.");
		}
		if (chargeAt == null || chargeAt.isAfter(now)) {
			if ("active".equals(status)) {
				currentEnd = now;
				if (cancelAtCycleEnd) {
					endAt = now;
				}
			}
			chargeAt = now;
		}
	}

	/**
	 * The next {@code count} charges or retries fail (for tests and the sandbox's page).
	 */
	void failNextCharges(int count) {
		failuresToCome = count;
	}

	/**
	 * Cancels it now, or at the end of a cycle still running (while active or pending);
	 * an ended one can't be.
	 */
	List<Happened> cancel(boolean atCycleEnd, Instant now) {
		if (isEnded()) {
			throw new SubscriptionGatewayException("Subscription is not cancellable in " + status + " status.");
		}
		if (atCycleEnd && currentEnd != null && currentEnd.isAfter(now)
				&& ("active".equals(status) || "pending".equals(status))) {
			cancelAtCycleEnd = true;
			endAt = currentEnd;
			return List.of();
		}
		end("cancelled", now);
		return List.of(new Happened("subscription.cancelled", state(), null));
	}

	List<Happened> pause() {
		if (!"active".equals(status)) {
			throw new SubscriptionGatewayException("Subscription " + id + " can't be paused: it is " + status + ".");
		}
		status = "paused";
		return List.of(new Happened("subscription.paused", state(), null));
	}

	/** Active again; a charge that fell due while paused is taken at the next run. */
	List<Happened> resume(Instant now) {
		if (!"paused".equals(status)) {
			throw new SubscriptionGatewayException("Subscription " + id + " can't be resumed: it is " + status + ".");
		}
		status = "active";
		if (chargeAt != null && chargeAt.isBefore(now)) {
			chargeAt = now;
		}
		return List.of(new Happened("subscription.resumed", state(), null));
	}

	/**
	 * Takes over a subscription the sandbox forgot (a restart), active and paid until
	 * {@code currentEnd}.
	 */
	void adopt(Instant currentStart, Instant currentEnd, int paidCount, String method) {
		this.status = "active";
		this.currentStart = currentStart;
		this.currentEnd = currentEnd;
		this.chargeAt = currentEnd;
		this.paidCount = paidCount;
		this.method = method;
	}

	/**
	 * Takes over a pending subscription the sandbox forgot: its charge for the cycle from
	 * {@code currentEnd} failed, and the mandate keeps failing ({@code failures} more
	 * times) from the retry at {@code nextRetry} on, until the clinic pays.
	 */
	void adoptPending(Instant currentStart, Instant currentEnd, int paidCount, String method, Instant nextRetry,
			int failures) {
		adopt(currentStart, currentEnd, paidCount, method);
		this.status = "pending";
		this.dueCycleStart = currentEnd;
		this.chargeAt = nextRetry;
		this.failedRetries = 0;
		this.failuresToCome = failures;
	}

	@Nullable SandboxCharge charge(String paymentId) {
		return charges.stream().filter(charge -> charge.paymentId().equals(paymentId)).findFirst().orElse(null);
	}

	/** The charge's snapshot replaced by one carrying what was refunded of it. */
	void refunded(SandboxCharge refunded) {
		charges.replaceAll(charge -> charge.paymentId().equals(refunded.paymentId()) ? refunded : charge);
	}

	private boolean isEnded() {
		return "cancelled".equals(status) || "completed".equals(status) || "expired".equals(status);
	}

	/**
	 * One failed charge at {@code due}: pending, with a retry the next day; after the
	 * last retry, halted. Returns whether it halted.
	 */
	private boolean chargeFailed(Instant due) {
		if (!"pending".equals(status)) {
			dueCycleStart = "active".equals(status) && currentEnd != null ? currentEnd : due;
			status = "pending";
			failedRetries = 0;
			chargeAt = due.plus(RETRY_AFTER);
			return false;
		}
		failedRetries++;
		if (failedRetries >= RETRIES) {
			status = "halted";
			chargeAt = null;
			return true;
		}
		chargeAt = due.plus(RETRY_AFTER);
		return false;
	}

	private SandboxCharge payCycle(Instant cycleStart, Instant now, long amountPaise, SandboxCharge.Ids ids) {
		Instant cycleEnd = cycleStart.atZone(IndianTime.ZONE).plusMonths(1).toInstant();
		status = "active";
		currentStart = cycleStart;
		currentEnd = cycleEnd;
		chargeAt = cycleEnd;
		paidCount++;
		dueCycleStart = null;
		failedRetries = 0;
		return record(SandboxCharge.cycle(ids, amountPaise, method == null ? "upi" : method, now, cycleStart, cycleEnd,
				plan.name()));
	}

	private SandboxCharge record(SandboxCharge charge) {
		charges.add(charge);
		return charge;
	}

	private void expire() {
		end("expired", startAt != null ? startAt : createdAt);
	}

	private void end(String end, Instant at) {
		status = end;
		endedAt = at;
		chargeAt = null;
	}

}
