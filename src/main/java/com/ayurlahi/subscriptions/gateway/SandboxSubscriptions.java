package com.ayurlahi.subscriptions.gateway;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.subscriptions.gateway.SandboxSubscription.Happened;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dev profile's and the tests' Razorpay Subscriptions, kept in the sandbox's own
 * tables ({@code sandbox_subscription…}, {@link SandboxSubscriptionTables}), so that
 * every instance on the database sees the same subscriptions and a restart forgets none.
 * Each change runs in a transaction of its own (a call to Razorpay is not part of ours)
 * with the subscription's row locked, and queues its webhooks in that transaction. A
 * subscription is authorised on the sandbox's own public page
 * ({@value #PAGE_PATH}{@code {id}}, its {@code short_url}, marked SANDBOX) by UPI
 * AutoPay, card or eMandate, each of which can succeed or fail; its cycles are charged by
 * {@link #chargeDue(Instant)} on a clock the tests move (in dev a schedule runs it every
 * minute on the application's clock); a test or the page can make the next charges fail
 * ({@link #failNextCharges}), which makes it pending, retried daily three times and then
 * halted, until the clinic pays ({@link #payNow}). Everything that happens is reported by
 * signed {@code subscription.*} webhooks to our Razorpay webhook endpoint, in order, as
 * Razorpay would ({@link SandboxSubscription} has the rules); refunds of its payments are
 * processed at once, their {@code refund.processed} webhook carrying the refund's notes.
 * <p>
 * One the sandbox never made (a database whose sandbox tables were emptied, or demo data
 * written without them) is refused like an unknown id ({@link #adopt} lets the dev
 * profile's demo data hand one over). A sandbox plan's id ends with its amount in paise,
 * so a plan the sandbox never saw is still known by its price.
 * <p>
 * Tests can hold the webhooks back to post them themselves, twice or out of order
 * ({@link #deliverWebhooks}, {@link #takeHeldWebhooks}), or drop them as if lost.
 */
@Component
@Conditional(UsesSandbox.class)
public class SandboxSubscriptions implements SubscriptionGateway {

	/** Where a subscription is authorised: this, then its id. */
	public static final String PAGE_PATH = "/sandbox/razorpay/subscriptions/";

	/** Razorpay's smallest amount: ₹1. */
	static final long MIN_AMOUNT_PAISE = 100;

	private static final Pattern SANDBOX_PLAN = Pattern.compile("plan_[A-Za-z]{10}([0-9]{3,12})");

	private final SandboxSubscriptionTables tables;

	private final TransactionTemplate ownTransaction;

	private final SandboxSubscriptionEvents events;

	private final SandboxSubscriptionWebhooks webhooks;

	private final PaymentSettings settings;

	private final Environment environment;

	private final Clock clock;

	SandboxSubscriptions(SandboxSubscriptionWebhooks webhooks, PaymentSettings settings, Environment environment,
			Clock clock, JsonMapper json, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.events = new SandboxSubscriptionEvents(json);
		this.tables = new SandboxSubscriptionTables(jdbc);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.webhooks = webhooks;
		this.settings = settings;
		this.environment = environment;
		this.clock = clock;
	}

	/** How the sandbox's webhooks reach us, from now until told otherwise. */
	public enum Delivery {

		/** Posted to our webhook endpoint, in order, in the background. */
		NORMAL,
		/** Signed but kept, for the test to post ({@link #takeHeldWebhooks}). */
		HOLD,
		/** Not at all, as if they were lost. */
		DROP

	}

	/** A webhook the sandbox signed and held back ({@link Delivery#HOLD}). */
	public record HeldWebhook(String eventId, String type, String body, String signature) {
	}

	/** How the clinic authorises the mandate on the sandbox's page. */
	public enum Method {

		UPI("UPI AutoPay"), CARD("Card"), EMANDATE("eMandate");

		private final String label;

		Method(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** Razorpay's name of the method. */
		String razorpay() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	@Override
	public GatewayPlan createPlan(String name, String description, long amountPaise, Map<String, String> notes) {
		if (amountPaise < MIN_AMOUNT_PAISE) {
			throw new SubscriptionGatewayException("The amount must be at least INR 1.00");
		}
		SandboxPlan plan = new SandboxPlan("plan_" + SandboxIds.letters(10) + amountPaise, name, description,
				amountPaise, notes);
		inOwnTransaction(() -> {
			tables.insert(plan);
			return plan;
		});
		return new GatewayPlan(plan.id(), amountPaise);
	}

	@Override
	public GatewaySubscription create(String gatewayPlanId, int totalCount, @Nullable Instant startAt,
			long upfrontPaise, String upfrontDescription, Map<String, String> notes) {
		SandboxPlan plan = plan(gatewayPlanId);
		Instant now = clock.instant();
		if (totalCount < 1) {
			throw new SubscriptionGatewayException("The total count must be at least 1");
		}
		if (startAt != null && !startAt.isAfter(now)) {
			throw new SubscriptionGatewayException("start_at cannot be lesser than the current time");
		}
		if (upfrontPaise < 0 || (upfrontPaise > 0 && upfrontPaise < MIN_AMOUNT_PAISE)) {
			throw new SubscriptionGatewayException("The addon amount must be at least INR 1.00");
		}
		String id = "sub_" + SandboxIds.random();
		SandboxSubscription subscription = new SandboxSubscription(id, plan, totalCount, startAt, upfrontPaise,
				upfrontDescription, notes, pageUrl(id), now);
		inOwnTransaction(() -> {
			tables.insert(subscription);
			return subscription;
		});
		return subscription.state().view();
	}

	@Override
	public GatewaySubscription fetch(String gatewaySubscriptionId) {
		return find(gatewaySubscriptionId).state().view();
	}

	@Override
	public List<GatewayCharge> chargesOf(String gatewaySubscriptionId) {
		return find(gatewaySubscriptionId).charges();
	}

	@Override
	public GatewaySubscription cancel(String gatewaySubscriptionId, boolean atCycleEnd) {
		return change(gatewaySubscriptionId, subscription -> subscription.cancel(atCycleEnd, clock.instant()));
	}

	@Override
	public GatewaySubscription pause(String gatewaySubscriptionId) {
		return change(gatewaySubscriptionId, SandboxSubscription::pause);
	}

	@Override
	public GatewaySubscription resume(String gatewaySubscriptionId) {
		return change(gatewaySubscriptionId, subscription -> subscription.resume(clock.instant()));
	}

	/**
	 * Refunds part or all of a payment at once: the refund is answered pending, and its
	 * {@code refund.processed} webhook, with {@code notes}, follows.
	 */
	@Override
	public GatewayRefund refund(String gatewayPaymentId, long amountPaise, Map<String, String> notes) {
		Instant now = clock.instant();
		return inOwnTransaction(() -> {
			SandboxSubscription subscription = tables.subscriptionOfPayment(gatewayPaymentId)
				.flatMap(tables::lock)
				.orElseThrow(() -> unknown(gatewayPaymentId));
			SandboxCharge charge = subscription.charge(gatewayPaymentId);
			if (charge == null) {
				throw unknown(gatewayPaymentId);
			}
			if (amountPaise <= 0 || amountPaise > charge.refundablePaise()) {
				throw new SubscriptionGatewayException("The refund amount provided is greater than amount captured");
			}
			String refundId = "rfnd_" + SandboxIds.random();
			SandboxCharge refunded = charge.refunded(amountPaise);
			subscription.refunded(refunded);
			tables.update(subscription);
			webhooks.send(List.of(events.refundEvent(refundId, refunded, amountPaise, notes, now)));
			return new GatewayRefund(refundId, gatewayPaymentId, amountPaise, "pending");
		});
	}

	/**
	 * The clinic authorises the mandate with {@code method} on the sandbox's page: an
	 * immediate start becomes active and is charged its first cycle (and any upfront
	 * amount), posting {@code subscription.authenticated}, {@code .activated} and
	 * {@code .charged}; a future start becomes authenticated ({@code .authenticated},
	 * with the upfront payment when one was taken).
	 */
	public GatewaySubscription authorise(String gatewaySubscriptionId, Method method) {
		return change(gatewaySubscriptionId,
				subscription -> subscription.authorise(method.razorpay(), clock.instant(), this::chargeIds));
	}

	/**
	 * The authorisation fails (declined by the bank, or abandoned): the subscription
	 * stays created, for the clinic to try again.
	 */
	public GatewaySubscription failAuthorisation(String gatewaySubscriptionId) {
		return change(gatewaySubscriptionId, subscription -> {
			subscription.authorisationFailed();
			return List.of();
		});
	}

	/**
	 * Charges every subscription whose charge is due by {@code now} (retries included),
	 * ends those cancelled at a cycle's end that has come and those whose last cycle is
	 * over, and expires those never authorised by their start; posts what happened.
	 */
	public void chargeDue(Instant now) {
		String after = "";
		while (after != null) {
			String last = after;
			after = ownTransaction.execute(status -> tables.lockNextAfter(last).map(subscription -> {
				List<Happened> happened = subscription.chargeDue(now, this::chargeIds);
				tables.update(subscription);
				send(subscription, happened, now);
				return subscription.id;
			}).orElse(null));
		}
	}

	/**
	 * What {@link #chargeDue(Instant)} does, for this subscription alone: for tests that
	 * share the application (and its sandbox) with others.
	 */
	public GatewaySubscription chargeDue(String gatewaySubscriptionId, Instant now) {
		return inOwnTransaction(() -> {
			SandboxSubscription subscription = lock(gatewaySubscriptionId);
			List<Happened> happened = subscription.chargeDue(now, this::chargeIds);
			tables.update(subscription);
			send(subscription, happened, now);
			return subscription.state().view();
		});
	}

	/**
	 * Makes the subscription's next {@code count} charges fail, retries included: one
	 * makes it pending; four (the charge and its three retries) halt it.
	 */
	public void failNextCharges(String gatewaySubscriptionId, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("A number of charges can't be negative: " + count);
		}
		inOwnTransaction(() -> {
			SandboxSubscription subscription = lock(gatewaySubscriptionId);
			subscription.failNextCharges(count);
			tables.update(subscription);
			return subscription;
		});
	}

	/**
	 * The clinic pays a pending or halted subscription: {@code subscription.charged} and
	 * {@code .activated} follow, and it is active again.
	 */
	public GatewaySubscription payNow(String gatewaySubscriptionId) {
		return change(gatewaySubscriptionId, subscription -> subscription.payNow(clock.instant(), chargeIds()));
	}

	/**
	 * Takes the subscription's next charge (or retry) now, as if its day had come (an
	 * active one's cycle ends now): for trying renewals out in dev without waiting a
	 * month.
	 */
	public GatewaySubscription renewNow(String gatewaySubscriptionId) {
		return change(gatewaySubscriptionId, subscription -> {
			Instant now = clock.instant();
			subscription.bringChargeForward(now);
			return subscription.chargeDue(now, this::chargeIds);
		});
	}

	/**
	 * Hands the sandbox back an active subscription it forgot when the app restarted (the
	 * dev profile's demo data), paid by {@code method} until {@code currentEnd}; no
	 * webhook. One it knows is left as it is.
	 */
	public GatewaySubscription adopt(String gatewaySubscriptionId, String gatewayPlanId, Instant currentStart,
			Instant currentEnd, int paidCount, int totalCount, Method method, Map<String, String> notes) {
		SandboxSubscription adopted = new SandboxSubscription(gatewaySubscriptionId, plan(gatewayPlanId), totalCount,
				null, 0, "", notes, pageUrl(gatewaySubscriptionId), currentStart);
		adopted.adopt(currentStart, currentEnd, paidCount, method.razorpay());
		return adopt(adopted);
	}

	/**
	 * Hands the sandbox back a pending subscription it forgot (the dev profile's past-due
	 * demo clinic): paid until {@code currentEnd}, the charge of the next cycle failed;
	 * it is retried daily from a day after now, and those retries fail too (the last one
	 * halts it) unless the clinic pays ({@link #payNow}). No webhook. One it knows is
	 * left as it is.
	 */
	public GatewaySubscription adoptPastDue(String gatewaySubscriptionId, String gatewayPlanId, Instant currentStart,
			Instant currentEnd, int paidCount, int totalCount, Method method, Map<String, String> notes) {
		Instant now = clock.instant();
		SandboxSubscription adopted = new SandboxSubscription(gatewaySubscriptionId, plan(gatewayPlanId), totalCount,
				null, 0, "", notes, pageUrl(gatewaySubscriptionId), currentStart);
		adopted.adoptPending(currentStart, currentEnd, paidCount, method.razorpay(),
				now.plus(SandboxSubscription.RETRY_AFTER), SandboxSubscription.RETRIES);
		return adopt(adopted);
	}

	/** Keeps {@code adopted} unless the sandbox knows it already (then as it is). */
	private GatewaySubscription adopt(SandboxSubscription adopted) {
		try {
			return inOwnTransaction(() -> {
				Optional<SandboxSubscription> known = tables.find(adopted.id);
				if (known.isPresent()) {
					return known.get().state().view();
				}
				tables.insert(adopted);
				return adopted.state().view();
			});
		}
		catch (DuplicateKeyException adoptedMeanwhile) {
			return find(adopted.id).state().view();
		}
	}

	/** Whether the sandbox knows the subscription. */
	public boolean knows(String gatewaySubscriptionId) {
		return tables.exists(gatewaySubscriptionId);
	}

	/** How the webhooks are delivered from now on (tests put it back to NORMAL). */
	public void deliverWebhooks(Delivery delivery) {
		webhooks.deliver(delivery);
	}

	/** The webhooks held back so far, oldest first; the sandbox forgets them. */
	public List<HeldWebhook> takeHeldWebhooks() {
		return webhooks.takeHeld();
	}

	/** Whether every webhook sent for posting has been posted (for tests to wait on). */
	public boolean webhooksPosted() {
		return webhooks.allPosted();
	}

	/** A subscription as its page shows it. */
	SandboxSubscriptionPage page(String gatewaySubscriptionId) {
		SandboxSubscription subscription = find(gatewaySubscriptionId);
		return new SandboxSubscriptionPage(subscription.state(), subscription.plan.name(),
				subscription.plan.amountPaise(), subscription.upfrontPaise, subscription.dueOnAuthorisation(),
				subscription.failuresToCome(), subscription.paymentsTaken());
	}

	private GatewaySubscription change(String gatewaySubscriptionId,
			Function<SandboxSubscription, List<Happened>> change) {
		Instant at = clock.instant();
		Changed changed = inOwnTransaction(() -> {
			SandboxSubscription subscription = lock(gatewaySubscriptionId);
			try {
				List<Happened> happened = change.apply(subscription);
				tables.update(subscription);
				send(subscription, happened, at);
				return new Changed(subscription.state().view(), null);
			}
			catch (SubscriptionGatewayException refused) {
				// a refusal may still have changed it (an authorisation too late expires
				// it)
				tables.update(subscription);
				return new Changed(null, refused);
			}
		});
		if (changed.refusal() != null) {
			throw changed.refusal();
		}
		return Objects.requireNonNull(changed.subscription());
	}

	/** A change's outcome: the subscription after it, or why it was refused. */
	private record Changed(@Nullable GatewaySubscription subscription, @Nullable SubscriptionGatewayException refusal) {
	}

	/** Queues what happened, in order, in the transaction that holds the subscription. */
	private void send(SandboxSubscription subscription, List<Happened> happened, Instant at) {
		List<ObjectNode> posted = new ArrayList<>(happened.size());
		for (Happened each : happened) {
			SandboxCharge payment = each.payment();
			if (payment != null) {
				tables.paid(payment.paymentId(), subscription.id);
			}
			posted.add(events.subscriptionEvent(each, at));
		}
		webhooks.send(posted);
	}

	private SandboxCharge.Ids chargeIds() {
		return new SandboxCharge.Ids("pay_" + SandboxIds.random(), "inv_" + SandboxIds.random(),
				"order_" + SandboxIds.random());
	}

	private SandboxSubscription find(String gatewaySubscriptionId) {
		return tables.find(gatewaySubscriptionId).orElseThrow(() -> unknown(gatewaySubscriptionId));
	}

	private SandboxSubscription lock(String gatewaySubscriptionId) {
		return tables.lock(gatewaySubscriptionId).orElseThrow(() -> unknown(gatewaySubscriptionId));
	}

	private static SubscriptionGatewayException unknown(String id) {
		return new SubscriptionGatewayException("The id provided does not exist: " + id);
	}

	private <T> T inOwnTransaction(Supplier<T> work) {
		return Objects.requireNonNull(ownTransaction.execute(status -> work.get()));
	}

	/** A plan made here, or before a restart (its id ends with its amount). */
	private SandboxPlan plan(String gatewayPlanId) {
		Optional<SandboxPlan> known = tables.plan(gatewayPlanId);
		if (known.isPresent()) {
			return known.get();
		}
		Matcher sandboxPlan = SANDBOX_PLAN.matcher(gatewayPlanId);
		if (!sandboxPlan.matches()) {
			throw unknown(gatewayPlanId);
		}
		return new SandboxPlan(gatewayPlanId, "Razorpay plan " + gatewayPlanId, "",
				Long.parseLong(sandboxPlan.group(1)), Map.of());
	}

	/**
	 * Where a subscription is authorised: its page on FRONTEND_URL, or on this
	 * application's own port.
	 */
	private String pageUrl(String gatewaySubscriptionId) {
		URI publicUrl = settings.publicUrl();
		UriComponentsBuilder base = publicUrl != null ? UriComponentsBuilder.fromUri(publicUrl)
				: UriComponentsBuilder.fromUriString("http://localhost:"
						+ environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")));
		return base.path(PAGE_PATH + gatewaySubscriptionId).toUriString();
	}

}
