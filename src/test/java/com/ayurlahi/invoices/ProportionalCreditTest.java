package com.ayurlahi.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.TaxLine;
import com.ayurlahi.common.tax.TaxType;

/**
 * A refund of part of a subscription charge split into taxable value and tax in the
 * invoice's proportion, worked to the paisa; a full refund, in one or several, gives back
 * the invoice's figures exactly.
 */
class ProportionalCreditTest {

	private static final BigDecimal RATE = new BigDecimal("18");

	/** An upgrade's prorated rest of the cycle: ₹999.99 + CGST ₹90.00 + SGST ₹90.00. */
	private static final TaxLine WITHIN_KERALA = GstCalculator.line(new BigDecimal("999.99"), 1, RATE,
			TaxType.INTRA_STATE);

	/** The Clinic plan's month into Maharashtra: ₹999.00 + IGST ₹179.82. */
	private static final TaxLine INTO_MAHARASHTRA = GstCalculator.line(new BigDecimal("999.00"), 1, RATE,
			TaxType.INTER_STATE);

	@Test
	void aFullRefundGivesBackTheInvoicesFiguresExactly() {
		assertThat(WITHIN_KERALA.total()).isEqualByComparingTo("1179.99");

		TaxLine credited = ProportionalCredit.of(WITHIN_KERALA, BigDecimal.ZERO, new BigDecimal("1179.99"));

		assertThat(credited).isEqualTo(WITHIN_KERALA);
		assertThat(ProportionalCredit.of(INTO_MAHARASHTRA, BigDecimal.ZERO, new BigDecimal("1178.82")))
			.isEqualTo(INTO_MAHARASHTRA);
	}

	@Test
	void aPartRefundIsSplitInTheInvoicesProportionRoundedHalfUp() {
		// ₹500.00 × 999.99 / 1,179.99 = 423.728… → ₹423.73 taxable, ₹76.27 tax:
		// CGST 38.135 → ₹38.14, SGST the rest ₹38.13
		TaxLine credited = ProportionalCredit.of(WITHIN_KERALA, BigDecimal.ZERO, new BigDecimal("500.00"));

		assertThat(credited.taxableValue()).isEqualByComparingTo("423.73");
		assertThat(credited.cgst()).isEqualByComparingTo("38.14");
		assertThat(credited.sgst()).isEqualByComparingTo("38.13");
		assertThat(credited.igst()).isEqualByComparingTo("0.00");
		assertThat(credited.total()).isEqualByComparingTo("500.00");
		assertThat(credited.gstRate()).isEqualByComparingTo("18");

		// ₹100.00 × 999.00 / 1,178.82 = 84.745… → ₹84.75 taxable, IGST ₹15.25
		TaxLine inter = ProportionalCredit.of(INTO_MAHARASHTRA, BigDecimal.ZERO, new BigDecimal("100.00"));
		assertThat(inter.taxableValue()).isEqualByComparingTo("84.75");
		assertThat(inter.igst()).isEqualByComparingTo("15.25");
		assertThat(inter.cgst()).isEqualByComparingTo("0.00");
		assertThat(inter.sgst()).isEqualByComparingTo("0.00");
	}

	@Test
	void theRestAfterAnEarlierRefundCompletesTheInvoicesFigures() {
		TaxLine first = ProportionalCredit.of(WITHIN_KERALA, BigDecimal.ZERO, new BigDecimal("500.00"));
		// the rest, ₹679.99: the invoice's figures less the first credit note's
		TaxLine rest = ProportionalCredit.of(WITHIN_KERALA, new BigDecimal("500.00"), new BigDecimal("679.99"));

		assertThat(rest.taxableValue()).isEqualByComparingTo("576.26");
		assertThat(rest.cgst()).isEqualByComparingTo("51.86");
		assertThat(rest.sgst()).isEqualByComparingTo("51.87");
		assertThat(rest.total()).isEqualByComparingTo("679.99");
		assertThat(first.taxableValue().add(rest.taxableValue())).isEqualByComparingTo(WITHIN_KERALA.taxableValue());
		assertThat(first.cgst().add(rest.cgst())).isEqualByComparingTo(WITHIN_KERALA.cgst());
		assertThat(first.sgst().add(rest.sgst())).isEqualByComparingTo(WITHIN_KERALA.sgst());
	}

	@Test
	void manySmallRefundsNeverGoNegativeAndAddUpToTheInvoice() {
		for (TaxLine invoiced : List.of(WITHIN_KERALA, INTO_MAHARASHTRA)) {
			List<TaxLine> notes = new ArrayList<>();
			BigDecimal before = BigDecimal.ZERO;
			BigDecimal step = new BigDecimal("0.07");
			while (before.compareTo(invoiced.total()) < 0) {
				BigDecimal refund = step.min(invoiced.total().subtract(before));
				TaxLine note = ProportionalCredit.of(invoiced, before, refund);
				assertThat(note.total()).isEqualByComparingTo(refund);
				assertThat(List.of(note.taxableValue(), note.cgst(), note.sgst(), note.igst()))
					.allMatch(figure -> figure.signum() >= 0);
				notes.add(note);
				before = before.add(refund);
			}
			assertThat(sum(notes, TaxLine::taxableValue)).isEqualByComparingTo(invoiced.taxableValue());
			assertThat(sum(notes, TaxLine::cgst)).isEqualByComparingTo(invoiced.cgst());
			assertThat(sum(notes, TaxLine::sgst)).isEqualByComparingTo(invoiced.sgst());
			assertThat(sum(notes, TaxLine::igst)).isEqualByComparingTo(invoiced.igst());
		}
	}

	@Test
	void refundsBeyondTheInvoiceAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> ProportionalCredit.of(WITHIN_KERALA, new BigDecimal("1000.00"), new BigDecimal("180.00")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProportionalCredit.of(WITHIN_KERALA, BigDecimal.ZERO, BigDecimal.ZERO));
	}

	private static BigDecimal sum(List<TaxLine> lines, java.util.function.Function<TaxLine, BigDecimal> figure) {
		return lines.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
