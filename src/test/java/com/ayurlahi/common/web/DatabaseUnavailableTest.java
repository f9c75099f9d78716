package com.ayurlahi.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures mean "the database can't be reached" (a 503 that says to try again) and
 * which are faults of their own (a 500, or whatever their handler says), as PostgreSQL,
 * HikariCP and Spring report them during a database restart.
 */
class DatabaseUnavailableTest {

	@Test
	void aPoolThatWaitedInVainForAConnection() {
		assertThat(DatabaseUnavailable.causes(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
			.isTrue();
	}

	@Test
	void aSessionTheServerTerminatedOnShutdown() {
		assertThat(DatabaseUnavailable.causes(new RuntimeException("wrapped",
				new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
			.isTrue();
	}

	@Test
	void aRollbackOnAConnectionThePoolClosedBecauseTheServerEndedIt() {
		assertThat(DatabaseUnavailable.causes(new JpaSystemException(new RuntimeException(new TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))))
			.isTrue();
	}

	@Test
	void aRefusedConnection() {
		assertThat(DatabaseUnavailable.causes(new SQLException("Connection to localhost:5432 refused", "08001")))
			.isTrue();
	}

	@Test
	void notAConstraintViolationOrAnOrdinaryBug() {
		assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseUnavailable.causes(new SQLException("Connection is closed", "XX000"))).isFalse();
	}

}
