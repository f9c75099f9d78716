package com.ayurlahi.jobs.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Hands the event publication registry's failed publications to their listeners again, on
 * one instance at a time (ShedLock's {@value #LOCK} lock), instead of every instance
 * republishing all incomplete publications at its start-up, which would take over those
 * another instance is processing at that moment. A publication becomes failed when its
 * listener throws, or when Spring Modulith's staleness monitor finds it left published or
 * processing for longer than {@code spring.modulith.events.staleness.*} allows (its
 * instance crashed). The registry claims each publication it resubmits (marked
 * RESUBMITTED by a conditional update), so none is handed out twice.
 */
@Component
class FailedPublicationResubmission {

	static final String LOCK = "event-publication-resubmission";

	private static final Logger log = LoggerFactory.getLogger(FailedPublicationResubmission.class);

	/** Longer than any resubmission takes: the lock frees itself after a crash. */
	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

	private final FailedEventPublications failed;

	private final LockProvider locks;

	FailedPublicationResubmission(FailedEventPublications failed, LockProvider locks) {
		this.failed = failed;
		this.locks = locks;
	}

	@Scheduled(initialDelayString = "${ayurlahi.jobs.resubmission-interval:1m}",
			fixedDelayString = "${ayurlahi.jobs.resubmission-interval:1m}")
	void resubmit() {
		Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), LOCK, LOCK_AT_MOST, Duration.ZERO));
		if (lock.isEmpty()) {
			return;
		}
		try {
			failed.resubmit(ResubmissionOptions.defaults());
		}
		catch (RuntimeException resubmissionFailed) {
			log.warn("Resubmitting failed event publications failed: {}", resubmissionFailed.getMessage());
		}
		finally {
			lock.get().unlock();
		}
	}

}
