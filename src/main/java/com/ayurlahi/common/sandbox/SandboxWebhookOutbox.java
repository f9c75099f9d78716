package com.ayurlahi.common.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import com.ayurlahi.common.web.OutboundHttp;

/**
 * The webhooks the sandboxes send, queued in {@code sandbox_webhooks} in the transaction
 * of the change they report, and posted from there, as Razorpay's servers would post
 * them: signed when they were sent, one lane (payments, subscriptions) at a time and in
 * the order they were queued, by whichever instance holds the lane's row
 * ({@code FOR UPDATE SKIP LOCKED}), each row marked delivered in the transaction that
 * posted it. An instance that crashes mid-post leaves the row queued for another (the
 * receiver knows the event id, so a repeat is a no-op). A post the receiver could not
 * take (no connection, or a 5xx) is retried with a growing pause, and given up after
 * {@value #MAX_ATTEMPTS} attempts; a 4xx refusal is final.
 * <p>
 * Webhooks a test holds back are kept here too, for the instance that held them. The
 * delivery runs on a thread of its own, not the application's background pool, whose
 * threads apply what it posts; it wakes when a change that queued a webhook commits, and
 * every second to pick up what another instance left.
 */
public class SandboxWebhookOutbox implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SandboxWebhookOutbox.class);

	static final int MAX_ATTEMPTS = 10;

	private static final Duration IDLE_WAKE = Duration.ofSeconds(1);

	private static final Duration MAX_PAUSE = Duration.ofMinutes(1);

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final String instance = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock realTime = Clock.systemUTC();

	/** Posts to this application (or the URL configured): a hung answer fails the try. */
	private final RestClient http = RestClient.builder()
		.requestFactory(OutboundHttp.requests(HttpClient.newBuilder().connectTimeout(TIMEOUT).build(), TIMEOUT))
		.build();

	private final BlockingQueue<Boolean> wake = new ArrayBlockingQueue<>(1);

	private volatile @Nullable Thread courier;

	public SandboxWebhookOutbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Queues the webhooks in the caller's transaction, each to be posted {@code copies}
	 * times with its event id (a test may want it twice); they are posted once it
	 * commits.
	 */
	public void queue(String lane, List<SignedWebhook> webhooks, int copies) {
		insert(lane, webhooks, "QUEUED", copies);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	/** Keeps the webhooks for a test to post itself ({@link #takeHeld}). */
	public void hold(String lane, List<SignedWebhook> webhooks) {
		insert(lane, webhooks, "HELD", 1);
	}

	/** The webhooks this instance held back on {@code lane}, oldest first, forgotten. */
	public List<SignedWebhook> takeHeld(String lane) {
		return ownTransaction.execute(status -> {
			List<Long> ids = jdbc
				.sql("select id from sandbox_webhooks where lane = :lane and queued_by = :instance and state = 'HELD'"
						+ " order by id for update")
				.param("lane", lane)
				.param("instance", instance)
				.query(Long.class)
				.list();
			List<SignedWebhook> held = ids.stream().map(this::webhook).toList();
			ids.forEach(id -> jdbc.sql("delete from sandbox_webhooks where id = :id").param("id", id).update());
			return held;
		});
	}

	/**
	 * Whether every webhook this instance queued on {@code lane} has been posted at least
	 * once (for tests to wait on).
	 */
	public boolean allPosted(String lane) {
		return jdbc.sql("""
				select count(*) from sandbox_webhooks
				 where lane = :lane and queued_by = :instance and state = 'QUEUED' and attempts = 0
				""").param("lane", lane).param("instance", instance).query(Long.class).single() == 0;
	}

	/**
	 * Posts what is due on every lane this instance can take, until nothing is; returns
	 * how many posts were made.
	 */
	public int deliverDue() {
		int posted = 0;
		List<String> lanes = jdbc.sql("select lane from sandbox_webhook_lanes order by lane")
			.query(String.class)
			.list();
		boolean more = true;
		while (more) {
			more = false;
			for (String lane : lanes) {
				Boolean delivered = ownTransaction.execute(status -> deliverNext(lane));
				if (Boolean.TRUE.equals(delivered)) {
					posted++;
					more = true;
				}
			}
		}
		return posted;
	}

	/**
	 * Holding the lane's row, posts its first due webhook; false when the lane is held by
	 * another instance or has nothing due.
	 */
	private boolean deliverNext(String lane) {
		Optional<String> locked = jdbc
			.sql("select lane from sandbox_webhook_lanes where lane = :lane for update skip locked")
			.param("lane", lane)
			.query(String.class)
			.optional();
		if (locked.isEmpty()) {
			return false;
		}
		Instant now = realTime.instant();
		Optional<Due> due = jdbc.sql("""
				select id, copies, attempts from sandbox_webhooks
				 where lane = :lane and state = 'QUEUED' and next_attempt_at <= :now
				 order by id
				 limit 1
				""")
			.param("lane", lane)
			.param("now", Timestamp.from(now))
			.query((row, number) -> new Due(row.getLong("id"), row.getInt("copies"), row.getInt("attempts")))
			.optional();
		if (due.isEmpty()) {
			return false;
		}
		SignedWebhook webhook = webhook(due.get().id());
		String outcome = null;
		for (int copy = 0; copy < due.get().copies() && outcome == null; copy++) {
			outcome = post(webhook);
		}
		int attempts = due.get().attempts() + 1;
		if (outcome == null) {
			mark(due.get().id(), "DELIVERED", attempts, now, null);
		}
		else if (outcome.startsWith("4") || attempts >= MAX_ATTEMPTS) {
			log.warn("Sandbox: webhook {} ({}) to {} given up after {} attempt(s): {}", webhook.eventId(),
					webhook.type(), webhook.target(), attempts, outcome);
			mark(due.get().id(), "ABANDONED", attempts, now, outcome);
		}
		else {
			Duration pause = Duration.ofSeconds(1L << Math.min(attempts, 6));
			mark(due.get().id(), "QUEUED", attempts, now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause),
					outcome);
		}
		return true;
	}

	private record Due(long id, int copies, int attempts) {
	}

	/** Posts it; null when the receiver took it, else what went wrong. */
	private @Nullable String post(SignedWebhook webhook) {
		try {
			http.post()
				.uri(webhook.target())
				.contentType(MediaType.APPLICATION_JSON)
				.header("X-Razorpay-Signature", webhook.signature())
				.header("X-Razorpay-Event-Id", webhook.eventId())
				.body(webhook.body().getBytes(StandardCharsets.UTF_8))
				.retrieve()
				.toBodilessEntity();
			return null;
		}
		catch (RestClientResponseException refused) {
			HttpStatusCode status = refused.getStatusCode();
			log.warn("Sandbox: webhook {} ({}) to {} answered {}", webhook.eventId(), webhook.type(), webhook.target(),
					status.value());
			return status.value() + " " + refused.getStatusText();
		}
		catch (RestClientException failed) {
			log.warn("Sandbox: webhook {} ({}) to {} failed: {}", webhook.eventId(), webhook.type(), webhook.target(),
					failed.getMessage());
			return "not delivered: " + failed.getMessage();
		}
	}

	private void mark(long id, String state, int attempts, Instant at, @Nullable String failure) {
		jdbc.sql("""
				update sandbox_webhooks set state = :state, attempts = :attempts, next_attempt_at = :at,
				       delivered_at = :deliveredAt, last_failure = :failure
				 where id = :id
				""")
			.param("id", id)
			.param("state", state)
			.param("attempts", attempts)
			.param("at", Timestamp.from(at))
			.param("deliveredAt", "DELIVERED".equals(state) ? Timestamp.from(at) : null)
			.param("failure", failure == null ? null : failure.substring(0, Math.min(failure.length(), 500)))
			.update();
	}

	private SignedWebhook webhook(long id) {
		return jdbc.sql("select event_id, event_type, body, signature, target from sandbox_webhooks where id = :id")
			.param("id", id)
			.query((row, number) -> new SignedWebhook(row.getString("event_id"), row.getString("event_type"),
					row.getString("body"), row.getString("signature"), URI.create(row.getString("target"))))
			.single();
	}

	private void insert(String lane, List<SignedWebhook> webhooks, String state, int copies) {
		Timestamp now = Timestamp.from(realTime.instant());
		for (SignedWebhook webhook : webhooks) {
			jdbc.sql("""
					insert into sandbox_webhooks (lane, event_id, event_type, body, signature, target, state, copies,
					                              queued_by, attempts, next_attempt_at, created_at)
					values (:lane, :eventId, :type, :body, :signature, :target, :state, :copies, :instance, 0, :now,
					        :now)
					""")
				.param("lane", lane)
				.param("eventId", webhook.eventId())
				.param("type", webhook.type())
				.param("body", webhook.body())
				.param("signature", webhook.signature())
				.param("target", webhook.target().toString())
				.param("state", state)
				.param("copies", copies)
				.param("instance", instance)
				.param("now", now)
				.update();
		}
	}

	private void wake() {
		wake.offer(Boolean.TRUE);
	}

	private void deliverUntilStopped() {
		while (courier == Thread.currentThread()) {
			try {
				deliverDue();
			}
			catch (RuntimeException failed) {
				log.warn("Sandbox: webhook delivery failed, trying again: {}", failed.getMessage());
			}
			try {
				wake.poll(IDLE_WAKE.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException stopping) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::deliverUntilStopped, "sandbox-webhooks");
		thread.setDaemon(true);
		courier = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = courier;
		courier = null;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return courier != null;
	}

}
