package com.ayurlahi.gstreturns;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;

/**
 * A return's tax period: a calendar month, typed as {@code 2026-11}, which the GST portal
 * writes as {@code fp} {@code 112026}.
 */
public record ReturnPeriod(YearMonth month) {

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("uuuu-MM")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter FILING = DateTimeFormatter.ofPattern("MMuuuu");

	/**
	 * The month typed as {@code yyyy-MM}; anything else is refused naming {@code period}.
	 */
	public static ReturnPeriod parse(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			throw invalid();
		}
		try {
			YearMonth month = YearMonth.parse(typed.strip(), TYPED);
			if (month.getYear() < 2017) {
				throw new InvalidInputException("period", "GST returns start in July 2017: pick a later month.");
			}
			return new ReturnPeriod(month);
		}
		catch (DateTimeParseException notAMonth) {
			throw invalid();
		}
	}

	private static InvalidInputException invalid() {
		return new InvalidInputException("period", "Give the month as yyyy-MM, e.g. 2026-11.");
	}

	/** The GST portal's {@code fp}: month and year, {@code 112026}. */
	public String filingPeriod() {
		return month.format(FILING);
	}

	/** {@code 2026-11}, as typed. */
	public String text() {
		return month.format(TYPED);
	}

	/** The month's first instant in India. */
	public Instant start() {
		return month.atDay(1).atStartOfDay(IndianTime.ZONE).toInstant();
	}

	/** The next month's first instant in India. */
	public Instant end() {
		return month.plusMonths(1).atDay(1).atStartOfDay(IndianTime.ZONE).toInstant();
	}

}
