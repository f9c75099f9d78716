package com.ayurlahi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.test.IntegrationTest;

/**
 * The sealer finds what to seal in {@code audit_unsealed}, written with each entry: an
 * entry is sealed once its transaction commits, also when entries written after it
 * committed and were sealed first, and leaves the list when sealed.
 */
@IntegrationTest
class AuditSealingIT {

	@Autowired
	AuditLog auditLog;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEntryWhoseTransactionCommitsAfterALaterEntrysIsSealedAfterItAndNothingStaysUnsealed() throws Exception {
		String slowId = UUID.randomUUID().toString();
		String quickId = UUID.randomUUID().toString();
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			Future<?> slow = thread.submit(() -> transaction.executeWithoutResult(tx -> {
				events.publishEvent(AuditedChange.of("SLOW_CHANGE", "SealingTest", slowId));
				written.countDown();
				await(commit);
			}));
			await(written);
			transaction.executeWithoutResult(
					tx -> events.publishEvent(AuditedChange.of("QUICK_CHANGE", "SealingTest", quickId)));

			auditLog.sealPending();

			assertThat(sealedPosition(quickId)).hasSize(1);
			assertThat(sealedPosition(slowId)).as("not committed yet").isEmpty();

			commit.countDown();
			slow.get(30, TimeUnit.SECONDS);
			auditLog.sealPending();

			assertThat(seq(slowId)).as("the slow entry was written first").isLessThan(seq(quickId));
			assertThat(sealedPosition(slowId)).singleElement()
				.satisfies(position -> assertThat(position).isGreaterThan(sealedPosition(quickId).getFirst()));
			assertThat(jdbc.sql("""
					select count(*) from audit_unsealed u join audit_entries e on e.id = u.entry_id
					 where e.entity_type = 'SealingTest' and e.entity_id in (:ids)
					""").param("ids", List.of(slowId, quickId)).query(Long.class).single()).isZero();
			assertThat(auditLog.verifyChain().isIntact()).isTrue();
		}
		finally {
			commit.countDown();
			thread.shutdownNow();
		}
	}

	private List<Long> sealedPosition(String entityId) {
		return jdbc.sql("""
				select s.position from audit_seals s join audit_entries e on e.id = s.entry_id
				 where e.entity_type = 'SealingTest' and e.entity_id = :id
				""").param("id", entityId).query(Long.class).list();
	}

	private long seq(String entityId) {
		return jdbc.sql("select seq from audit_entries where entity_type = 'SealingTest' and entity_id = :id")
			.param("id", entityId)
			.query(Long.class)
			.single();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other transaction went on").isTrue();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

}
