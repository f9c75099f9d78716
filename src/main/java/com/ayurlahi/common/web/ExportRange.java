package com.ayurlahi.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;

/**
 * The days a CSV export covers, from and to inclusive, calendar days in India; either end
 * may be open. Typed as {@code yyyy-MM-dd} ({@code <input type="date">}).
 */
public record ExportRange(@Nullable LocalDate from, @Nullable LocalDate to) {

	private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");

	private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

	/**
	 * The range typed; a day that can't be read, or a {@code to} before {@code from}, is
	 * refused naming it.
	 */
	public static ExportRange parse(@Nullable String from, @Nullable String to) {
		ExportRange range = new ExportRange(day("from", from), day("to", to));
		if (range.from != null && range.to != null && range.to.isBefore(range.from)) {
			throw new InvalidInputException("to", "The last day comes before the first.");
		}
		return range;
	}

	private static @Nullable LocalDate day(String field, @Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException notADay) {
			throw new InvalidInputException(field, "Give the day as yyyy-MM-dd, e.g. 2026-11-30.");
		}
	}

	/** The first instant covered (the first day's midnight in India). */
	public Instant start() {
		return from == null ? BEGINNING : from.atStartOfDay(IndianTime.ZONE).toInstant();
	}

	/**
	 * The first instant after the range (the day after the last, at midnight in India).
	 */
	public Instant end() {
		return to == null ? END : to.plusDays(1).atStartOfDay(IndianTime.ZONE).toInstant();
	}

	/** The first day covered ({@link #start()} as a day), for date columns. */
	public LocalDate firstDay() {
		return from == null ? LocalDate.of(2000, 1, 1) : from;
	}

	/** The last day covered, for date columns. */
	public LocalDate lastDay() {
		return to == null ? LocalDate.of(9998, 12, 31) : to;
	}

}
