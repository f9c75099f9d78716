package com.ayurlahi.invoices;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consecutive numbers per supplier, document kind and financial year. {@link #next} locks
 * the series' row until the caller's transaction ends: whoever numbers a document in that
 * series next waits, and if the caller's transaction rolls back (a failed render, an
 * unreachable store) the number was never taken.
 */
@Component
class InvoiceSeries {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	InvoiceSeries(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The series' next number, held for the caller's transaction; it must run inside one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long next(String supplierKey, InvoiceKind kind, FinancialYear year) {
		Long last = lockLast(supplierKey, kind, year);
		if (last == null) {
			open(supplierKey, kind, year);
			last = lockLast(supplierKey, kind, year);
		}
		long next = last + 1;
		jdbc.sql("update invoice_series set last_number = ? where supplier_key = ? and kind = ? and financial_year = ?")
			.params(next, supplierKey, kind.name(), year.code())
			.update();
		return next;
	}

	private @Nullable Long lockLast(String supplierKey, InvoiceKind kind, FinancialYear year) {
		return jdbc
			.sql("select last_number from invoice_series where supplier_key = ? and kind = ? and financial_year = ? "
					+ "for update")
			.params(supplierKey, kind.name(), year.code())
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Starts the series at nothing issued, committed at once so that every issuer then
	 * locks the same row.
	 */
	private void open(String supplierKey, InvoiceKind kind, FinancialYear year) {
		try {
			ownTransaction.executeWithoutResult(status -> jdbc
				.sql("insert into invoice_series (supplier_key, kind, financial_year, last_number) values (?, ?, ?, 0)")
				.params(supplierKey, kind.name(), year.code())
				.update());
		}
		catch (DuplicateKeyException openedMeanwhile) {
			// another issuer opened it first: the row is there to lock
		}
	}

}
