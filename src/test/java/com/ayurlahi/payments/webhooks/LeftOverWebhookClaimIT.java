package com.ayurlahi.payments.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.test.IntegrationTest;

/**
 * A left-over Razorpay event is taken by one instance at a time: while one transaction
 * holds it, another's claim skips it instead of waiting; once the holder recorded an
 * outcome the event is no longer waiting; and an event whose holder went away without
 * committing (a crashed instance: its transaction rolled back) is claimed by the next.
 * Two claimers racing over the same events handle each exactly once. (The events are
 * stored just now, so that the application's own pick-up, which takes those older than a
 * minute, leaves them to the test.)
 */
@IntegrationTest
class LeftOverWebhookClaimIT {

	@Autowired
	StoredWebhooks stored;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anEventAnotherTransactionHoldsIsSkippedAndOneWhoseHolderRolledBackIsTakenOver() throws Exception {
		String eventId = store();
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> crashing = CompletableFuture
			.runAsync(() -> transaction().executeWithoutResult(status -> {
				assertThat(stored.claim(eventId)).isPresent();
				held.countDown();
				await(release);
				status.setRollbackOnly();
			}));
		await(held);

		Optional<StoredWebhook> whileHeld = transaction().execute(status -> stored.claim(eventId));
		assertThat(whileHeld).isEmpty();

		release.countDown();
		crashing.get(30, TimeUnit.SECONDS);
		Optional<StoredWebhook> takenOver = transaction().execute(status -> stored.claim(eventId).map(event -> {
			stored.recordOutcome(eventId, EventOutcome.IGNORED, "taken over", Instant.now());
			return event;
		}));
		assertThat(takenOver).get().extracting(StoredWebhook::outcome).isEqualTo(EventOutcome.RECEIVED);
		assertThat(stored.get(eventId).outcome()).isEqualTo(EventOutcome.IGNORED);
	}

	@Test
	void twoClaimersRacingOverTheSameEventsHandleEachOnce() {
		List<String> events = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			events.add(store());
		}
		List<String> handled = Collections.synchronizedList(new ArrayList<>());
		Runnable claimer = () -> events
			.forEach(eventId -> transaction().executeWithoutResult(status -> stored.claim(eventId)
				.filter(event -> event.outcome() == EventOutcome.RECEIVED)
				.ifPresent(event -> {
					handled.add(eventId);
					stored.recordOutcome(eventId, EventOutcome.IGNORED, "handled once", Instant.now());
				})));

		CompletableFuture.allOf(CompletableFuture.runAsync(claimer), CompletableFuture.runAsync(claimer)).join();

		assertThat(handled).hasSize(40).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(events);
		assertThat(events)
			.allSatisfy(eventId -> assertThat(stored.get(eventId).outcome()).isEqualTo(EventOutcome.IGNORED));
	}

	private String store() {
		String eventId = "evt_claim" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		assertThat(stored.store(eventId, "test.claim", null, null, "{\"event\":\"test.claim\"}", Instant.now()))
			.isTrue();
		return eventId;
	}

	private TransactionTemplate transaction() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return transaction;
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

}
