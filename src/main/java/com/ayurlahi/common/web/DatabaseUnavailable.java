package com.ayurlahi.common.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure that means the database could not be reached (it is restarting, the
 * network to it is down, the pool waited in vain for a connection) from a fault in what
 * was asked. Requests that meet one are answered 503 with a message that says to try
 * again shortly, never a 500; the pool reconnects by itself once the database is back.
 */
final class DatabaseUnavailable {

	/** What the portals and the API tell the user. */
	static final String MESSAGE = "The service is briefly unavailable: we can't reach our database right now."
			+ " Nothing was changed. Please try again in a few seconds.";

	/** Seconds a client is asked to wait before trying again. */
	static final String RETRY_AFTER = "5";

	private DatabaseUnavailable() {
	}

	/**
	 * Whether {@code failure}, or any failure behind it, says the database is
	 * unreachable.
	 */
	static boolean causes(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> next = new ArrayDeque<>();
		next.add(failure);
		while (!next.isEmpty()) {
			Throwable current = next.pop();
			if (!seen.add(current)) {
				continue;
			}
			if (isConnectionFailure(current)) {
				return true;
			}
			if (current.getCause() != null) {
				next.add(current.getCause());
			}
			if (current instanceof SQLException sql && sql.getNextException() != null) {
				next.add(sql.getNextException());
			}
		}
		return false;
	}

	private static boolean isConnectionFailure(Throwable failure) {
		return failure instanceof CannotCreateTransactionException
				|| failure instanceof DataAccessResourceFailureException || failure instanceof JDBCConnectionException
				|| failure instanceof SQLTransientConnectionException
				|| failure instanceof SQLNonTransientConnectionException || failure instanceof SQLException sql
						&& (isConnectionState(sql.getSQLState()) || isClosedPoolConnection(sql));
	}

	/**
	 * HikariCP's answer for a connection it has closed because the database ended it (a
	 * rollback after the server terminated the session): no SQL state, only this message.
	 */
	private static boolean isClosedPoolConnection(SQLException failure) {
		return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
	}

	/**
	 * SQL states of a lost or refused connection: class 08 (connection exception) and
	 * PostgreSQL's 57P01–57P03 (terminated by a shutdown, a crash, or not accepting
	 * connections yet).
	 */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

}
