package com.ayurlahi.payments.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.SubscriptionEvents;
import com.ayurlahi.payments.chargebacks.ChargebackRecording;
import com.ayurlahi.payments.chargebacks.DisputeReport;
import com.ayurlahi.payments.refunds.RefundOutcomes;
import com.ayurlahi.payments.transfers.PayoutTransferRecording;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a stored Razorpay webhook once its storing is committed, in a transaction of
 * its own, and records the outcome on the event. Payment links' events, and payment
 * events of a Razorpay order that may be a link's, are read by
 * {@link PaymentLinkReports}. Subscription events ({@code subscription.*}, and the refund
 * and payment events it says are about subscription charges) are the subscriptions
 * module's, through {@link SubscriptionEvents} when there is one: a refund event asks it
 * first, a payment event only when no order or payment link of ours has it. Events a
 * crash left waiting are picked up a minute later; an event that already has an outcome
 * is not applied twice. A change the order's rules refuse is recorded as flagged, with
 * the reason, instead of failing over and over.
 */
@Component
public class WebhookApplier {

	private static final Logger log = LoggerFactory.getLogger(WebhookApplier.class);

	private static final int MAX_ATTEMPTS = 3;

	private static final Duration LEFT_OVER_AFTER = Duration.ofMinutes(1);

	private static final int PICK_UP_BATCH = 500;

	private static final String DISPUTE_EVENTS = "payment.dispute.";

	private static final String SUBSCRIPTION_EVENTS = "subscription.";

	private final StoredWebhooks stored;

	private final PaymentManagement payments;

	private final RefundOutcomes refunds;

	private final PayoutTransferRecording transfers;

	private final ChargebackRecording chargebacks;

	private final PaymentLinkReports links;

	private final ObjectProvider<SubscriptionEvents> subscriptionEvents;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	WebhookApplier(StoredWebhooks stored, PaymentManagement payments, RefundOutcomes refunds,
			PayoutTransferRecording transfers, ChargebackRecording chargebacks, PaymentLinkReports links,
			ObjectProvider<SubscriptionEvents> subscriptionEvents, TransactionTemplate transactions, JsonMapper json,
			Clock clock) {
		this.stored = stored;
		this.payments = payments;
		this.refunds = refunds;
		this.transfers = transfers;
		this.chargebacks = chargebacks;
		this.links = links;
		this.subscriptionEvents = subscriptionEvents;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Applies the events still waiting well after they arrived: those a crash or a
	 * restart left between storing and applying. Every instance may run it; each event is
	 * claimed with {@code FOR UPDATE SKIP LOCKED}, so that one another instance is
	 * applying is left to it, and applied under its row's lock, once.
	 */
	@Scheduled(fixedDelayString = "${ayurlahi.payments.webhook-pickup-interval:1m}",
			initialDelayString = "${ayurlahi.payments.webhook-pickup-interval:1m}")
	public void applyLeftOver() {
		stored.waitingSince(clock.instant().minus(LEFT_OVER_AFTER), PICK_UP_BATCH)
			.forEach(eventId -> apply(eventId, true));
	}

	/**
	 * Applies the event unless it has an outcome already. A transaction that lost a lock
	 * race (a deadlock victim, a lock timeout) is tried again, a few times.
	 */
	void apply(String eventId) {
		apply(eventId, false);
	}

	/**
	 * Applies the event unless it has an outcome already; a left-over one only if no
	 * other transaction holds it.
	 */
	private void apply(String eventId, boolean leftOver) {
		for (int attempt = 1;; attempt++) {
			try {
				applyOnce(eventId, leftOver);
				return;
			}
			catch (PessimisticLockingFailureException lost) {
				if (attempt == MAX_ATTEMPTS) {
					throw lost;
				}
				log.info("Razorpay event {} lost a lock race (attempt {}): trying again", eventId, attempt);
			}
		}
	}

	private void applyOnce(String eventId, boolean leftOver) {
		try {
			transactions
				.executeWithoutResult(status -> (leftOver ? stored.claim(eventId) : stored.findForUpdate(eventId))
					.filter(event -> event.outcome() == EventOutcome.RECEIVED)
					.ifPresent(event -> {
						Result result = applied(event);
						stored.recordOutcome(eventId, result.outcome(), result.detail(), clock.instant());
					}));
		}
		catch (ConflictException refused) {
			log.warn("Razorpay event {} could not be applied: {}", eventId, refused.getMessage());
			transactions.executeWithoutResult(status -> stored.recordOutcome(eventId, EventOutcome.FLAGGED,
					refused.getMessage(), clock.instant()));
		}
	}

	private Result applied(StoredWebhook event) {
		JsonNode root = json.readTree(event.payload());
		JsonNode payload = root.path("payload");
		SubscriptionEvents subscriptions = subscriptionEvents.getIfAvailable();
		if (event.eventType().startsWith(SUBSCRIPTION_EVENTS)) {
			return subscriptions == null ? new Result(EventOutcome.IGNORED, "Subscriptions are not handled here.")
					: subscriptionApplied(subscriptions, event, root);
		}
		if (subscriptions != null && event.eventType().startsWith("refund.")
				&& subscriptions.concerns(event.eventType(), root)) {
			return subscriptionApplied(subscriptions, event, root);
		}
		if (event.eventType().startsWith(DISPUTE_EVENTS)) {
			return disputeApplied(event.eventType(), root);
		}
		if (event.eventType().startsWith("payment_link.")) {
			return links.applied(event.eventType(), payload);
		}
		if (event.eventType().startsWith("refund.")) {
			return refundApplied(event.eventType(), payload.path("refund").path("entity"));
		}
		if (event.eventType().equals("transfer.failed")) {
			JsonNode transfer = payload.path("transfer").path("entity");
			String transferId = text(transfer, "id");
			if (transferId == null) {
				return new Result(EventOutcome.IGNORED, "No transfer in the event.");
			}
			EventOutcome outcome = transfers.recordFailed(transferId, text(transfer, "error_description"));
			return new Result(outcome,
					outcome == EventOutcome.UNKNOWN_ORDER ? "No payout transfer of ours is " + transferId + "." : null);
		}
		JsonNode payment = payload.path("payment").path("entity");
		String razorpayOrderId = event.razorpayOrderId();
		String paymentId = text(payment, "id");
		if (razorpayOrderId == null || paymentId == null) {
			return subscriptions != null && subscriptions.concerns(event.eventType(), root)
					? subscriptionApplied(subscriptions, event, root)
					: new Result(EventOutcome.IGNORED, "No payment in the event.");
		}
		EventOutcome outcome = switch (event.eventType()) {
			case "payment.captured", "order.paid" -> payments.recordCapture(razorpayOrderId, paymentId,
					payment.path("amount").asLong(-1), payment.path("currency").asString(""), text(payment, "method"));
			case "payment.authorized" ->
				payments.recordAuthorization(razorpayOrderId, paymentId, text(payment, "method"));
			case "payment.failed" -> payments.recordFailure(razorpayOrderId, paymentId, text(payment, "error_code"),
					text(payment, "error_description"));
			default -> EventOutcome.IGNORED;
		};
		if (outcome == EventOutcome.UNKNOWN_ORDER) {
			outcome = links.ofUnknownOrder(event.eventType(), payment, razorpayOrderId, paymentId);
		}
		if (outcome == EventOutcome.UNKNOWN_ORDER && subscriptions != null
				&& subscriptions.concerns(event.eventType(), root)) {
			return subscriptionApplied(subscriptions, event, root);
		}
		return new Result(outcome, switch (outcome) {
			case UNKNOWN_ORDER -> "No payment of ours has Razorpay order " + razorpayOrderId
					+ ", and its notes name no payment link of ours.";
			case IGNORED -> "Not an event this platform acts on yet.";
			case NO_CHANGE -> "The payment was already past this.";
			default -> null;
		});
	}

	private static Result subscriptionApplied(SubscriptionEvents subscriptions, StoredWebhook event, JsonNode root) {
		SubscriptionEvents.Applied applied = subscriptions.apply(event.eventId(), event.eventType(), root);
		return new Result(switch (applied.outcome()) {
			case APPLIED -> EventOutcome.APPLIED;
			case NO_CHANGE -> EventOutcome.NO_CHANGE;
			case UNKNOWN -> EventOutcome.UNKNOWN_ORDER;
			case FLAGGED -> EventOutcome.FLAGGED;
			case IGNORED -> EventOutcome.IGNORED;
		}, applied.detail());
	}

	private Result refundApplied(String type, JsonNode refund) {
		String refundId = text(refund, "id");
		if (refundId == null) {
			return new Result(EventOutcome.IGNORED, "No refund in the event.");
		}
		String ours = text(refund.path("notes"), "refundId");
		EventOutcome outcome = switch (type) {
			case "refund.processed" -> refunds.recordProcessed(ours, refundId, refund.path("amount").asLong(-1));
			case "refund.failed" -> refunds.recordFailed(ours, refundId, failureOf(refund));
			default -> EventOutcome.IGNORED;
		};
		return new Result(outcome, switch (outcome) {
			case UNKNOWN_ORDER -> "No refund of ours is Razorpay refund " + refundId + ".";
			case IGNORED -> "Refunds are settled by refund.processed and refund.failed.";
			case NO_CHANGE -> "The refund had ended already.";
			case FLAGGED -> "The amount does not match the refund asked for.";
			default -> null;
		});
	}

	/**
	 * A chargeback's report ({@code payment.dispute.*}): the dispute entity, ordered by
	 * the event's time (or, without one, the dispute's).
	 */
	private Result disputeApplied(String type, JsonNode root) {
		JsonNode dispute = root.path("payload").path("dispute").path("entity");
		JsonNode payment = root.path("payload").path("payment").path("entity");
		String disputeId = text(dispute, "id");
		String paymentId = text(dispute, "payment_id");
		if (paymentId == null) {
			paymentId = text(payment, "id");
		}
		if (disputeId == null || paymentId == null) {
			return new Result(EventOutcome.IGNORED, "No dispute of a payment in the event.");
		}
		Instant disputeCreated = instant(dispute.path("created_at"));
		Instant eventAt = instant(root.path("created_at"));
		DisputeReport report = new DisputeReport(type,
				eventAt != null ? eventAt : disputeCreated != null ? disputeCreated : Instant.EPOCH, disputeId,
				paymentId, text(payment, "order_id"), dispute.path("amount").asLong(-1),
				dispute.path("amount_deducted").asLong(0), text(dispute, "currency"), text(dispute, "reason_code"),
				text(dispute, "reason_description"), text(dispute, "phase"), text(dispute, "status"),
				instant(dispute.path("respond_by")), disputeCreated);
		EventOutcome outcome = chargebacks.record(report);
		return new Result(outcome, switch (outcome) {
			case UNKNOWN_ORDER ->
				"No payment of ours is Razorpay payment " + paymentId + " (dispute " + disputeId + ").";
			case NO_CHANGE -> "The chargeback was already at or past this report.";
			default -> null;
		});
	}

	/** A Unix time in seconds, or null when the node is not a positive number. */
	private static @Nullable Instant instant(JsonNode seconds) {
		return seconds.isNumber() && seconds.asLong() > 0 ? Instant.ofEpochSecond(seconds.asLong()) : null;
	}

	private static @Nullable String failureOf(JsonNode refund) {
		String description = text(refund, "error_description");
		return description != null ? description : text(refund.path("acquirer_data"), "failure_reason");
	}

	private static @Nullable String text(JsonNode node, String field) {
		return WebhookReceiver.text(node.path(field));
	}

	/** What applying an event did, and why when that needs saying. */
	record Result(EventOutcome outcome, @Nullable String detail) {
	}

}
