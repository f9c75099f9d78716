package com.ayurlahi.invoices;

import java.time.LocalDate;

/**
 * An Indian financial year, 1 April to 31 March, written as in invoice numbers:
 * {@code 2627} for 2026-27.
 */
record FinancialYear(int startYear) {

	static FinancialYear of(LocalDate day) {
		return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
	}

	String code() {
		return String.format("%02d%02d", startYear % 100, (startYear + 1) % 100);
	}

	/** As people write it: 2026-27. */
	String label() {
		return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
	}
}
