package com.ayurlahi.subscriptions.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One clinic's subscribing, changing and cancelling one at a time: the clinic's row in
 * {@code subscription_billing_locks}, locked until the caller's transaction ends. Two
 * clicks at once: the second waits, then sees the subscription the first started.
 */
@Repository
public class BillingLocks {

	private final JdbcClient jdbc;

	BillingLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the clinic's billing until the current transaction ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(UUID clinicId) {
		jdbc.sql("insert into subscription_billing_locks (clinic_id) values (:clinicId) on conflict do nothing")
			.param("clinicId", clinicId)
			.update();
		jdbc.sql("select clinic_id from subscription_billing_locks where clinic_id = :clinicId for update")
			.param("clinicId", clinicId)
			.query(UUID.class)
			.single();
	}

}
