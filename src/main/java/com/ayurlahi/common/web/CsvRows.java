package com.ayurlahi.common.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.IndianTime;

/**
 * The rows of a CSV export as they are written: instants as date and time in India,
 * amounts as plain numbers, and text made safe for spreadsheets (a cell that starts like
 * a formula, {@code = + - @}, gets a leading apostrophe, so that opening the export never
 * runs it).
 */
public final class CsvRows {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withZone(IndianTime.ZONE);

	private final CSVPrinter printer;

	CsvRows(CSVPrinter printer) {
		this.printer = printer;
	}

	/** Writes one row and flushes it to the client. */
	public void row(@Nullable Object... cells) {
		try {
			for (Object cell : cells) {
				printer.print(cell(cell));
			}
			printer.println();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static @Nullable Object cell(@Nullable Object value) {
		return switch (value) {
			case null -> "";
			case Instant instant -> TIME.format(instant);
			case LocalDate day -> day.toString();
			case BigDecimal amount -> amount.toPlainString();
			case Number number -> number;
			default -> safe(value.toString());
		};
	}

	/** Text a spreadsheet would read as a formula, with an apostrophe before it. */
	public static String safe(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
