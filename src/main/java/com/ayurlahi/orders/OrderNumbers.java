package com.ayurlahi.orders;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Order numbers, {@code AYR-<year>-<six digits or more>}, from one database sequence
 * shared by every app instance: unique, and never reused even when the order that drew
 * one rolls back.
 */
@Repository
class OrderNumbers {

	private final JdbcClient jdbc;

	OrderNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number, in the year of {@code today} (Indian date). */
	String next(LocalDate today) {
		long serial = jdbc.sql("select nextval('order_number_seq')").query(Long.class).single();
		return "AYR-" + today.getYear() + "-" + String.format("%06d", serial);
	}

}
