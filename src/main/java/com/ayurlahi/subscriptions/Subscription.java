package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.Texts;
import com.ayurlahi.common.audit.Actor;

/**
 * A clinic's subscription to a paid plan version at Razorpay, from its creation (the
 * clinic still has to authorise the mandate) to its end. Razorpay's reports move it; a
 * report older than the last one applied does not move it back, and an ended subscription
 * stays ended. Its plan's features apply from {@link #getEffectiveFrom()} while it is
 * live ({@link SubscriptionStatus#isLive()}), RESTRICTED giving the Free plan's. A plan
 * change is a new subscription that replaces this one, which is then cancelled at the end
 * of its paid cycle. Each change registers {@link SubscriptionChanged}, audited in the
 * change's transaction.
 */
@Entity
@Table(name = "subscriptions")
public class Subscription extends AbstractAggregateRoot<Subscription> {

	/** What the audit log calls a subscription. */
	public static final String ENTITY = "Subscription";

	private static final int MAX_ERROR = 500;

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@Column(name = "clinic_id", updatable = false)
	private UUID clinicId;

	@Column(name = "plan_id", updatable = false)
	private UUID planId;

	@Enumerated(EnumType.STRING)
	private SubscriptionStatus status;

	@Column(name = "gateway_subscription_id")
	private @Nullable String gatewaySubscriptionId;

	@Column(name = "authorisation_url")
	private @Nullable String authorisationUrl;

	@Column(name = "payment_method")
	private @Nullable String paymentMethod;

	@Column(name = "effective_from")
	private Instant effectiveFrom;

	@Column(name = "starts_at", updatable = false)
	private @Nullable Instant startsAt;

	@Column(name = "upfront_amount", updatable = false)
	private @Nullable BigDecimal upfrontAmount;

	@Column(name = "current_start")
	private @Nullable Instant currentStart;

	@Column(name = "current_end")
	private @Nullable Instant currentEnd;

	@Column(name = "next_charge_at")
	private @Nullable Instant nextChargeAt;

	@Column(name = "paid_count")
	private int paidCount;

	@Column(name = "past_due_since")
	private @Nullable Instant pastDueSince;

	@Column(name = "cancel_at_cycle_end")
	private boolean cancelAtCycleEnd;

	@Column(name = "gateway_cancel_due")
	private boolean gatewayCancelDue;

	@Column(name = "ended_at")
	private @Nullable Instant endedAt;

	@Column(name = "authorised_at")
	private @Nullable Instant authorisedAt;

	@Column(name = "restricted_at")
	private @Nullable Instant restrictedAt;

	@Column(name = "replaces_id", updatable = false)
	private @Nullable UUID replacesId;

	@Column(name = "replaced_by_id")
	private @Nullable UUID replacedById;

	@Column(name = "last_report_at")
	private @Nullable Instant lastReportAt;

	@Column(name = "last_synced_at")
	private @Nullable Instant lastSyncedAt;

	@Column(name = "gateway_error")
	private @Nullable String gatewayError;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	private Subscription(UUID clinicId, UUID planId, Instant effectiveFrom, @Nullable Instant startsAt,
			@Nullable BigDecimal upfrontAmount, @Nullable UUID replacesId, Instant now) {
		this.id = UUID.randomUUID();
		this.clinicId = clinicId;
		this.planId = planId;
		this.status = SubscriptionStatus.CREATED;
		this.effectiveFrom = effectiveFrom;
		this.startsAt = startsAt;
		this.upfrontAmount = upfrontAmount == null ? null : upfrontAmount.setScale(2);
		this.replacesId = replacesId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	protected Subscription() {
		// for JPA
		this.id = UUID.randomUUID();
		this.clinicId = id;
		this.planId = id;
		this.status = SubscriptionStatus.CREATED;
		this.effectiveFrom = Instant.EPOCH;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	/**
	 * A new subscription of the clinic to {@code plan}, waiting to be made at Razorpay
	 * and authorised by the clinic.
	 * @param effectiveFrom when its features start to apply once authorised
	 * @param startsAt when Razorpay charges the first cycle (null: on authorisation)
	 * @param upfrontAmount charged on authorisation (an upgrade's prorated rest of the
	 * cycle), GST included
	 * @param replaces the subscription it takes over from, if it is a plan change
	 */
	public static Subscription create(UUID clinicId, Plan plan, Instant effectiveFrom, @Nullable Instant startsAt,
			@Nullable BigDecimal upfrontAmount, @Nullable Subscription replaces, Actor actor, Instant now) {
		if (plan.isFree()) {
			throw new ConflictException("planId", "The " + plan.getName() + " plan needs no subscription.");
		}
		if (plan.isRetired()) {
			throw new ConflictException("planId", "The " + plan.getName() + " plan takes no new subscribers.");
		}
		Subscription subscription = new Subscription(clinicId, plan.getId(), effectiveFrom, startsAt, upfrontAmount,
				replaces == null ? null : replaces.getId(), now);
		subscription.changed("CREATED", null, actor,
				"Plan " + plan.getName() + " v" + plan.getVersion()
						+ (upfrontAmount == null ? "" : ", upfront " + upfrontAmount.toPlainString())
						+ (replaces == null ? "" : ", replacing " + replaces.getId()),
				now);
		return subscription;
	}

	/** Razorpay made it: the clinic authorises the mandate at {@code url}. */
	public void madeAtGateway(String gatewayId, String url, Instant now) {
		if (gatewaySubscriptionId != null) {
			return;
		}
		gatewaySubscriptionId = gatewayId;
		authorisationUrl = url;
		gatewayError = null;
		if (status.isEnded()) {
			// given up while Razorpay was making it: Razorpay is to cancel it
			gatewayCancelDue = true;
		}
		changed("MADE_AT_GATEWAY", status, Actor.system(), gatewayId, now);
	}

	/**
	 * Razorpay could not be asked to make it (or to cancel it); the reconciliation job
	 * tries again.
	 */
	public void gatewayFailed(String error, Instant now) {
		gatewayError = Texts.shortened(error, MAX_ERROR);
		changed("GATEWAY_FAILED", status, Actor.system(), gatewayError, now);
	}

	/**
	 * The clinic authorised the mandate ({@code subscription.authenticated}) with
	 * {@code method}; returns whether anything changed.
	 */
	public boolean authenticated(@Nullable String method, Instant reportedAt, Instant now) {
		if (status != SubscriptionStatus.CREATED || isStale(reportedAt)) {
			return false;
		}
		if (method != null) {
			paymentMethod = method;
		}
		return moveTo(SubscriptionStatus.AUTHENTICATED, "AUTHENTICATED", reportedAt, method, now);
	}

	/**
	 * Razorpay reports the subscription active, paid up for the cycle from
	 * {@code cycleStart} to {@code cycleEnd} ({@code subscription.activated},
	 * {@code .charged}, {@code .resumed} or a fetch).
	 */
	public boolean active(@Nullable Instant cycleStart, @Nullable Instant cycleEnd, @Nullable Instant chargeAt,
			int paid, @Nullable String method, Instant reportedAt, Instant now) {
		if (status.isEnded() || isStale(reportedAt)) {
			return false;
		}
		boolean cycleMoved = cycleEnd != null && !cycleEnd.equals(currentEnd);
		currentStart = cycleStart != null ? cycleStart : currentStart;
		currentEnd = cycleEnd != null ? cycleEnd : currentEnd;
		nextChargeAt = chargeAt != null ? chargeAt : nextChargeAt;
		paidCount = Math.max(paidCount, paid);
		if (method != null) {
			paymentMethod = method;
		}
		pastDueSince = null;
		if (status == SubscriptionStatus.ACTIVE) {
			lastReportAt = reportedAt;
			updatedAt = now;
			return cycleMoved;
		}
		return moveTo(SubscriptionStatus.ACTIVE, "ACTIVATED", reportedAt, "Paid until " + currentEnd, now);
	}

	/**
	 * A charge failed and Razorpay retries it ({@code subscription.pending}): past due.
	 * Also the first charge of a subscription that started later than its authorisation
	 * (a plan change from the next cycle).
	 */
	public boolean pending(Instant reportedAt, Instant now) {
		if ((status != SubscriptionStatus.ACTIVE && status != SubscriptionStatus.AUTHENTICATED)
				|| isStale(reportedAt)) {
			return false;
		}
		pastDueSince = reportedAt;
		return moveTo(SubscriptionStatus.PAST_DUE, "PAST_DUE", reportedAt, null, now);
	}

	/** Razorpay stopped retrying ({@code subscription.halted}): restricted until paid. */
	public boolean halted(Instant reportedAt, Instant now) {
		if ((status != SubscriptionStatus.ACTIVE && status != SubscriptionStatus.PAST_DUE) || isStale(reportedAt)) {
			return false;
		}
		if (pastDueSince == null) {
			pastDueSince = reportedAt;
		}
		return moveTo(SubscriptionStatus.RESTRICTED, "RESTRICTED", reportedAt, "Razorpay halted the subscription", now);
	}

	/** Past due for longer than {@code grace} by {@code now}: restricted until paid. */
	public boolean graceOver(Duration grace, Instant now) {
		if (status != SubscriptionStatus.PAST_DUE || pastDueSince == null || now.isBefore(graceEndsAt(grace))) {
			return false;
		}
		return moveTo(SubscriptionStatus.RESTRICTED, "RESTRICTED", lastReportAt == null ? now : lastReportAt,
				"Grace period over", now);
	}

	/** When a past-due subscription is restricted unless paid; null unless past due. */
	public @Nullable Instant graceEndsAt(Duration grace) {
		return pastDueSince == null ? null : pastDueSince.plus(grace);
	}

	/** It ended at Razorpay ({@code subscription.cancelled} or {@code .completed}). */
	public boolean ended(SubscriptionStatus end, Instant reportedAt, Instant now) {
		if (end != SubscriptionStatus.CANCELLED && end != SubscriptionStatus.COMPLETED) {
			throw new IllegalArgumentException("Not an end: " + end);
		}
		if (status.isEnded()) {
			return false;
		}
		endedAt = reportedAt;
		gatewayCancelDue = false;
		return moveTo(end, end.name(), reportedAt, null, now);
	}

	/** Never authorised, and given up: Razorpay is asked to cancel it if it made it. */
	public boolean expire(String why, Instant now) {
		if (status != SubscriptionStatus.CREATED) {
			return false;
		}
		endedAt = now;
		gatewayCancelDue = gatewaySubscriptionId != null;
		return moveTo(SubscriptionStatus.EXPIRED, "EXPIRED", now, why, now);
	}

	/**
	 * The clinic (or the team) cancels it at the end of the paid cycle: it applies until
	 * then, and Razorpay is to be told.
	 */
	public void cancelAtCycleEnd(Actor actor, Instant now) {
		if (!status.isLive() || cancelAtCycleEnd) {
			throw new ConflictException("This subscription is not one that can be cancelled now.");
		}
		cancelAtCycleEnd = true;
		gatewayCancelDue = true;
		changed("CANCEL_REQUESTED", status, actor, "At the end of the cycle, " + currentEnd, now);
	}

	/**
	 * The clinic (or the team) cancels it at once: Razorpay is to be told, and its
	 * {@code subscription.cancelled} ends it. Nothing is refunded.
	 */
	public void cancelNow(Actor actor, Instant now) {
		if (!status.isLive()) {
			throw new ConflictException("This subscription is not one that can be cancelled now.");
		}
		cancelAtCycleEnd = false;
		gatewayCancelDue = gatewaySubscriptionId != null;
		changed("CANCEL_REQUESTED", status, actor, "At once", now);
	}

	/**
	 * A plan change replaced it with {@code next} (now authorised): it is cancelled at
	 * the end of its paid cycle.
	 */
	public void replacedBy(Subscription next, Instant now) {
		if (status.isEnded() || replacedById != null) {
			return;
		}
		replacedById = next.getId();
		// one cancelled at the end of its cycle already needs no second word to Razorpay
		if (!cancelAtCycleEnd) {
			gatewayCancelDue = gatewaySubscriptionId != null;
		}
		cancelAtCycleEnd = true;
		changed("REPLACED", status, Actor.system(), "By " + next.getId(), now);
	}

	/** Razorpay was told to cancel it. */
	public void gatewayCancelSent(Instant now) {
		gatewayCancelDue = false;
		gatewayError = null;
		updatedAt = now;
	}

	/** We heard about it from Razorpay (a webhook, or the reconciliation job's fetch). */
	public void synced(Instant now) {
		lastSyncedAt = now;
	}

	private boolean isStale(Instant reportedAt) {
		return lastReportAt != null && reportedAt.isBefore(lastReportAt);
	}

	private boolean moveTo(SubscriptionStatus to, String action, Instant reportedAt, @Nullable String note,
			Instant now) {
		SubscriptionStatus from = status;
		status = to;
		if (authorisedAt == null && (to == SubscriptionStatus.AUTHENTICATED || to == SubscriptionStatus.ACTIVE)) {
			authorisedAt = now;
		}
		if (to == SubscriptionStatus.RESTRICTED) {
			restrictedAt = now;
		}
		else if (to == SubscriptionStatus.ACTIVE) {
			restrictedAt = null;
		}
		lastReportAt = lastReportAt == null || reportedAt.isAfter(lastReportAt) ? reportedAt : lastReportAt;
		changed(action, from, Actor.system(), note, now);
		return true;
	}

	private void changed(String action, @Nullable SubscriptionStatus from, Actor actor, @Nullable String note,
			Instant now) {
		updatedAt = now;
		registerEvent(new SubscriptionChanged(id, clinicId, planId, action, from, status, actor, note, now));
	}

	public UUID getId() {
		return id;
	}

	/**
	 * The optimistic lock's version, {@code null} until the entity is first persisted.
	 * Spring Data reads it to tell a new entity from a stored one; without a (public)
	 * getter it throws and catches an exception on every save before reading the field.
	 */
	public @Nullable Long getVersion() {
		return version;
	}

	public UUID getClinicId() {
		return clinicId;
	}

	public UUID getPlanId() {
		return planId;
	}

	public SubscriptionStatus getStatus() {
		return status;
	}

	public @Nullable String getGatewaySubscriptionId() {
		return gatewaySubscriptionId;
	}

	public @Nullable String getAuthorisationUrl() {
		return authorisationUrl;
	}

	public @Nullable String getPaymentMethod() {
		return paymentMethod;
	}

	public Instant getEffectiveFrom() {
		return effectiveFrom;
	}

	public @Nullable Instant getStartsAt() {
		return startsAt;
	}

	public @Nullable BigDecimal getUpfrontAmount() {
		return upfrontAmount;
	}

	public @Nullable Instant getCurrentStart() {
		return currentStart;
	}

	public @Nullable Instant getCurrentEnd() {
		return currentEnd;
	}

	public @Nullable Instant getNextChargeAt() {
		return nextChargeAt;
	}

	public int getPaidCount() {
		return paidCount;
	}

	public @Nullable Instant getPastDueSince() {
		return pastDueSince;
	}

	public boolean isCancelAtCycleEnd() {
		return cancelAtCycleEnd;
	}

	public boolean isGatewayCancelDue() {
		return gatewayCancelDue;
	}

	public @Nullable Instant getEndedAt() {
		return endedAt;
	}

	/**
	 * When the clinic authorised the mandate (it first became authenticated or active).
	 */
	public @Nullable Instant getAuthorisedAt() {
		return authorisedAt;
	}

	/**
	 * When it was restricted for not paying; null while it is not (paying again clears
	 * it).
	 */
	public @Nullable Instant getRestrictedAt() {
		return restrictedAt;
	}

	public @Nullable UUID getReplacesId() {
		return replacesId;
	}

	public @Nullable UUID getReplacedById() {
		return replacedById;
	}

	public @Nullable Instant getLastReportAt() {
		return lastReportAt;
	}

	public @Nullable Instant getLastSyncedAt() {
		return lastSyncedAt;
	}

	public @Nullable String getGatewayError() {
		return gatewayError;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
