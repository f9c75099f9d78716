package com.ayurlahi.subscriptions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.payments.SubscriptionEvents;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharge.Kind;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.internal.ChargeRecording.Payment;
import com.ayurlahi.subscriptions.internal.ChargeRecording.Recorded;
import com.ayurlahi.subscriptions.internal.GatewayReports.Report;

import tools.jackson.databind.JsonNode;

/**
 * Razorpay's subscription webhooks, applied in the payments module's transaction for the
 * stored event (which keeps each event id once):
 * <ul>
 * <li>{@code subscription.authenticated}: the mandate is in place (its method kept); an
 * upgrade's upfront payment in it is recorded as the subscription's UPFRONT charge;</li>
 * <li>{@code .activated}: active for the cycle it names;</li>
 * <li>{@code .charged}: the payment recorded once (by its id) as a RENEWAL of the cycle
 * it names, or as the UPFRONT charge of a plan change not started yet; then active;</li>
 * <li>{@code .pending}: past due; {@code .halted}: restricted; {@code .cancelled} and
 * {@code .completed}: ended; {@code .paused} and {@code .resumed}: written in the audit
 * log only (we never pause);</li>
 * <li>{@code refund.processed} and {@code refund.failed} of a subscription charge (our
 * ids in the refund's notes, or the charge's payment id);</li>
 * <li>{@code payment.*} of a subscription's payment: nothing to do (the charge comes from
 * {@code subscription.charged}).</li>
 * </ul>
 * Each report is ordered by the event's {@code created_at}: one older than the last
 * applied moves nothing back. A plan change authorised here replaces the subscription it
 * was chosen over.
 */
@Component
class RazorpaySubscriptionEvents implements SubscriptionEvents {

	private static final String SUBSCRIPTION = "subscription.";

	private final Subscriptions subscriptions;

	private final SubscriptionCharges charges;

	private final GatewayReports reports;

	private final ChargeRecording chargeRecording;

	private final RefundRecording refunds;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RazorpaySubscriptionEvents(Subscriptions subscriptions, SubscriptionCharges charges, GatewayReports reports,
			ChargeRecording chargeRecording, RefundRecording refunds, ApplicationEventPublisher events, Clock clock) {
		this.subscriptions = subscriptions;
		this.charges = charges;
		this.reports = reports;
		this.chargeRecording = chargeRecording;
		this.refunds = refunds;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public boolean concerns(String eventType, JsonNode root) {
		JsonNode payload = root.path("payload");
		if (eventType.startsWith(SUBSCRIPTION)) {
			return true;
		}
		if (eventType.startsWith("refund.")) {
			JsonNode refund = payload.path("refund").path("entity");
			String paymentId = text(refund, "payment_id");
			return text(refund.path("notes"), "subscriptionChargeId") != null
					|| (paymentId != null && charges.findByGatewayPaymentId(paymentId).isPresent());
		}
		if (eventType.startsWith("payment.")) {
			JsonNode payment = payload.path("payment").path("entity");
			String paymentId = text(payment, "id");
			return text(payment, "invoice_id") != null || text(payment, "subscription_id") != null
					|| (paymentId != null && charges.findByGatewayPaymentId(paymentId).isPresent());
		}
		return false;
	}

	@Override
	public Applied apply(String eventId, String eventType, JsonNode root) {
		Instant now = clock.instant();
		Instant at = Optional.ofNullable(seconds(root.path("created_at"))).orElse(now);
		JsonNode payload = root.path("payload");
		if (eventType.startsWith("refund.")) {
			return refundApplied(eventType, payload.path("refund").path("entity"), now);
		}
		if (eventType.startsWith("payment.")) {
			String paymentId = text(payload.path("payment").path("entity"), "id");
			return paymentId != null && charges.findByGatewayPaymentId(paymentId).isPresent()
					? new Applied(Outcome.NO_CHANGE, "Recorded as a subscription charge.")
					: new Applied(Outcome.IGNORED, "A subscription's payment: its charge is recorded from "
							+ "subscription.charged, or by the reconciliation job.");
		}
		JsonNode entity = payload.path("subscription").path("entity");
		String gatewayId = text(entity, "id");
		if (gatewayId == null) {
			return new Applied(Outcome.IGNORED, "No subscription in the event.");
		}
		Optional<Subscription> found = subscriptions.findByGatewayIdForUpdate(gatewayId)
			.or(() -> uuid(text(entity.path("notes"), "subscriptionId")).flatMap(subscriptions::findForUpdate)
				.filter(ours -> ours.getGatewaySubscriptionId() == null));
		if (found.isEmpty()) {
			return new Applied(Outcome.UNKNOWN, "No subscription of ours is Razorpay subscription " + gatewayId + ".");
		}
		Subscription subscription = found.get();
		if (subscription.getGatewaySubscriptionId() == null) {
			// the webhook overtook our own record of Razorpay's answer
			subscription.madeAtGateway(gatewayId, String.valueOf(text(entity, "short_url")), now);
		}
		Applied applied = subscriptionApplied(eventType.substring(SUBSCRIPTION.length()), subscription, entity,
				payload.path("payment").path("entity"), at, now);
		subscription.synced(now);
		subscriptions.save(subscription);
		return applied;
	}

	private Applied subscriptionApplied(String action, Subscription subscription, JsonNode entity, JsonNode payment,
			Instant at, Instant now) {
		Recorded recorded = new Recorded(false, null);
		boolean changed;
		switch (action) {
			case "authenticated" -> {
				if (isUpfront(subscription, entity, payment, at)) {
					recorded = upfront(subscription, payment, at, now);
				}
				changed = reports.apply(subscription, report(SubscriptionStatus.AUTHENTICATED, entity, payment, at),
						now);
			}
			case "charged" -> {
				if (text(payment, "id") == null) {
					return new Applied(Outcome.FLAGGED, "subscription.charged without a payment.");
				}
				if (isUpfront(subscription, entity, payment, at)) {
					recorded = upfront(subscription, payment, at, now);
					changed = reports.apply(subscription, report(SubscriptionStatus.AUTHENTICATED, entity, payment, at),
							now);
				}
				else {
					recorded = chargeRecording.record(subscription, Kind.RENEWAL, paymentOf(payment, at),
							seconds(entity.path("current_start")), seconds(entity.path("current_end")), now);
					changed = reports.apply(subscription, report(SubscriptionStatus.ACTIVE, entity, payment, at), now);
				}
			}
			case "activated", "pending", "halted", "cancelled", "completed" -> changed = reports.apply(subscription,
					report(Objects.requireNonNull(GatewayReports.statusOf(action)), entity, payment, at), now);
			case "paused", "resumed" -> {
				events.publishEvent(AuditedChange
					.of("SUBSCRIPTION_" + action.toUpperCase(Locale.ROOT), Subscription.ENTITY, subscription.getId())
					.value("clinicId", subscription.getClinicId())
					.value("gatewaySubscriptionId", subscription.getGatewaySubscriptionId())
					.by(Actor.system()));
				return new Applied(Outcome.APPLIED, "Written in the audit log; its status stays "
						+ subscription.getStatus().label().toLowerCase() + ".");
			}
			default -> {
				return new Applied(Outcome.IGNORED, "Not a subscription event acted on.");
			}
		}
		if (recorded.flag() != null) {
			return new Applied(Outcome.FLAGGED, recorded.flag());
		}
		return changed || recorded.recorded() ? new Applied(Outcome.APPLIED, null)
				: new Applied(Outcome.NO_CHANGE, "Applied already, or older than the last report applied.");
	}

	/**
	 * Whether the payment is the upfront amount of a plan change that has not started
	 * yet: the subscription asked for one, none is recorded, and the amount is that one.
	 */
	private boolean isUpfront(Subscription subscription, JsonNode entity, JsonNode payment, Instant at) {
		String paymentId = text(payment, "id");
		if (paymentId == null || subscription.getUpfrontAmount() == null
				|| subscription.getUpfrontAmount().signum() <= 0 || "failed".equals(text(payment, "status"))
				|| payment.path("amount").asLong(-1) != Money.toPaise(subscription.getUpfrontAmount())
				|| charges.existsBySubscriptionIdAndKind(subscription.getId(), Kind.UPFRONT)) {
			return false;
		}
		String status = text(entity, "status");
		Instant paidAt = Optional.ofNullable(seconds(payment.path("created_at"))).orElse(at);
		return "authenticated".equals(status) || "created".equals(status)
				|| (subscription.getStartsAt() != null && paidAt.isBefore(subscription.getStartsAt()));
	}

	private Recorded upfront(Subscription subscription, JsonNode payment, Instant at, Instant now) {
		Payment paid = paymentOf(payment, at);
		return chargeRecording.record(subscription, Kind.UPFRONT, paid, paid.chargedAt(), subscription.getStartsAt(),
				now);
	}

	private Applied refundApplied(String eventType, JsonNode refund, Instant now) {
		String refundId = text(refund, "id");
		if (refundId == null) {
			return new Applied(Outcome.IGNORED, "No refund in the event.");
		}
		JsonNode notes = refund.path("notes");
		UUID ours = uuid(text(notes, "subscriptionRefundId")).orElse(null);
		return switch (eventType) {
			case "refund.processed" -> refunds.processed(ours, uuid(text(notes, "subscriptionChargeId")).orElse(null),
					text(refund, "payment_id"), refundId, refund.path("amount").asLong(-1), now);
			case "refund.failed" -> refunds.failed(ours, refundId, text(refund, "error_description"), now);
			default -> new Applied(Outcome.IGNORED, "Refunds are settled by refund.processed and refund.failed.");
		};
	}

	static Report report(SubscriptionStatus status, JsonNode entity, JsonNode payment, Instant at) {
		String method = text(payment, "method");
		return new Report(status, seconds(entity.path("current_start")), seconds(entity.path("current_end")),
				seconds(entity.path("charge_at")), seconds(entity.path("ended_at")), entity.path("paid_count").asInt(0),
				method != null ? method : text(entity, "payment_method"), at);
	}

	private static Payment paymentOf(JsonNode payment, Instant at) {
		return new Payment(String.valueOf(text(payment, "id")), text(payment, "invoice_id"),
				payment.path("amount").asLong(-1), payment.path("currency").asString("INR"), text(payment, "method"),
				Optional.ofNullable(seconds(payment.path("created_at"))).orElse(at));
	}

	/** A Unix time in seconds, or null when the node is not a positive number. */
	private static @Nullable Instant seconds(JsonNode node) {
		return node.isNumber() && node.asLong() > 0 ? Instant.ofEpochSecond(node.asLong()) : null;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}

	private static Optional<UUID> uuid(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notOurs) {
			return Optional.empty();
		}
	}

}
