package com.ayurlahi.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InvoiceNumberTest {

	@Test
	void theFinancialYearRunsFromAprilToMarch() {
		assertThat(FinancialYear.of(LocalDate.of(2026, 4, 1)).code()).isEqualTo("2627");
		assertThat(FinancialYear.of(LocalDate.of(2027, 3, 31)).code()).isEqualTo("2627");
		assertThat(FinancialYear.of(LocalDate.of(2026, 3, 31)).code()).isEqualTo("2526");
		assertThat(FinancialYear.of(LocalDate.of(2099, 12, 1)).code()).isEqualTo("9900");
		assertThat(FinancialYear.of(LocalDate.of(2026, 11, 25)).label()).isEqualTo("2026-27");
	}

	@Test
	void numbersFitRule46InSixteenCharacters() {
		FinancialYear year = new FinancialYear(2026);
		assertThat(InvoiceNumber.of("KVA", InvoiceKind.TAX_INVOICE, year, 42).text()).isEqualTo("KVA/2627/000042");
		assertThat(InvoiceNumber.of("KVA", InvoiceKind.CREDIT_NOTE, year, 7).text()).isEqualTo("KVA/2627/C00007");
		assertThat(InvoiceNumber.of("AYL", InvoiceKind.COMMISSION_INVOICE, year, 999_999).text())
			.isEqualTo("AYL/2627/999999")
			.hasSizeLessThanOrEqualTo(16);
	}

	@Test
	void thePlatformsSubscriptionDocumentsHaveSeriesOfTheirOwnInSixteenCharacters() {
		FinancialYear year = new FinancialYear(2026);
		assertThat(InvoiceNumber.of("AYL", InvoiceKind.SUBSCRIPTION_INVOICE, year, 1).text())
			.isEqualTo("AYL/2627/S000001");
		assertThat(InvoiceNumber.of("AYL", InvoiceKind.SUBSCRIPTION_INVOICE, year, 999_999).text())
			.isEqualTo("AYL/2627/S999999")
			.hasSize(16);
		assertThat(InvoiceNumber.of("AYL", InvoiceKind.SUBSCRIPTION_CREDIT_NOTE, year, 7).text())
			.isEqualTo("AYL/2627/SC00007")
			.hasSize(16);
		assertThatIllegalStateException()
			.isThrownBy(() -> InvoiceNumber.of("AYL", InvoiceKind.SUBSCRIPTION_INVOICE, year, 1_000_000));
		assertThatIllegalStateException()
			.isThrownBy(() -> InvoiceNumber.of("AYL", InvoiceKind.SUBSCRIPTION_CREDIT_NOTE, year, 100_000));
	}

	@Test
	void aSeriesThatRanOutOfNumbersIsRefusedRatherThanLengthened() {
		FinancialYear year = new FinancialYear(2026);
		assertThatIllegalStateException()
			.isThrownBy(() -> InvoiceNumber.of("KVA", InvoiceKind.TAX_INVOICE, year, 1_000_000));
		assertThatIllegalStateException()
			.isThrownBy(() -> InvoiceNumber.of("KVA", InvoiceKind.CREDIT_NOTE, year, 100_000));
		assertThatIllegalStateException().isThrownBy(() -> InvoiceNumber.of("KVA", InvoiceKind.TAX_INVOICE, year, 0));
	}

	@Test
	void prefixesComeFromTheNameFirst() {
		assertThat(InvoicePrefixes.candidates("Vaidya Herbal Formulations")).startsWith("VHF", "VAI");
		assertThat(InvoicePrefixes.candidates("Sahyadri Ayurved Pharmacy Pvt Ltd")).startsWith("SAP", "SAH");
		assertThat(InvoicePrefixes.candidates("Kottakkal Herbals")).startsWith("KHE", "KOT");
		assertThat(InvoicePrefixes.candidates("Dhanvantari Remedies LLP")).startsWith("DRE", "DHA");
		assertThat(InvoicePrefixes.candidates("Om")).startsWith("OMX");
		assertThat(InvoicePrefixes.candidates("Om")).allMatch(prefix -> prefix.matches("[A-Z]{3}"))
			.doesNotHaveDuplicates()
			.hasSize(26 * 26 * 26);
	}

}
