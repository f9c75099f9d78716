package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ayurlahi.payments.Settlement.Line;

/** The split of a captured payment, worked to the paisa. */
class SettlementTest {

	private static final BigDecimal GST = new BigDecimal("18.00");

	private static final BigDecimal TCS = new BigDecimal("0.50");

	@Test
	void commissionPerItemGstOnItTcsOnTheNetTaxableValueAndThePayoutIsTheRest() {
		// two lines with IGST at 5 %: 950.00 + 47.50 and 760.00 + 38.00, paid ₹1,795.50
		Settlement settlement = split(new BigDecimal("1795.50"), line("950.00", "10.00"), line("760.00", "12.50"));

		assertThat(settlement.commission()).isEqualByComparingTo("190.00");
		assertThat(settlement.commissionGst()).isEqualByComparingTo("34.20");
		assertThat(settlement.tcs()).isEqualByComparingTo("8.55");
		assertThat(settlement.payout()).isEqualByComparingTo("1562.75");
		assertThat(settlement.balances()).isTrue();
	}

	@Test
	void eachAmountIsRoundedHalfUpToThePaisaAndThePartsStillAddUp() {
		// 333.33 × 7.5 % = 24.99975 → 25.00; 0.01 × 10 % = 0.001 → 0.00; GST 18 % of
		// 25.00 = 4.50;
		// TCS 0.5 % of 333.34 = 1.6667 → 1.67; paid 350.01 → payout 318.84
		Settlement settlement = split(new BigDecimal("350.01"), line("333.33", "7.50"), line("0.01", "10.00"));

		assertThat(settlement.commission()).isEqualByComparingTo("25.00");
		assertThat(settlement.commissionGst()).isEqualByComparingTo("4.50");
		assertThat(settlement.tcs()).isEqualByComparingTo("1.67");
		assertThat(settlement.payout()).isEqualByComparingTo("318.84");
		assertThat(
				settlement.commission().add(settlement.commissionGst()).add(settlement.tcs()).add(settlement.payout()))
			.isEqualByComparingTo(settlement.captured());
	}

	@Test
	void aZeroCommissionLeavesOnlyTcs() {
		Settlement settlement = split(new BigDecimal("105.00"), line("100.00", "0.00"));

		assertThat(settlement.commission()).isEqualByComparingTo("0.00");
		assertThat(settlement.commissionGst()).isEqualByComparingTo("0.00");
		assertThat(settlement.tcs()).isEqualByComparingTo("0.50");
		assertThat(settlement.payout()).isEqualByComparingTo("104.50");
	}

	@Test
	void chargesBeyondTheCapturedAmountAreRefused() {
		assertThatThrownBy(() -> split(new BigDecimal("10.00"), line("100.00", "100.00")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("AYR-2026-000001");
	}

	@Test
	void anItemsRefundTakesBackWhatItsLeavingChangesInTheSplit() {
		// the second line of the first test leaves: 760.00 + IGST 38.00 = 798.00
		// refunded; commission 190.00 → 95.00,
		// GST on it 34.20 → 17.10, TCS 8.55 (1,710.00) → 4.75 (950.00): 95.00, 17.10 and
		// 3.80 back, payout 682.10
		Settlement.Share share = Settlement.removing(new BigDecimal("798.00"),
				List.of(line("950.00", "10.00"), line("760.00", "12.50")), List.of(line("950.00", "10.00")), GST, TCS);

		assertThat(share.commission()).isEqualByComparingTo("95.00");
		assertThat(share.commissionGst()).isEqualByComparingTo("17.10");
		assertThat(share.tcs()).isEqualByComparingTo("3.80");
		assertThat(share.payout()).isEqualByComparingTo("682.10");
	}

	@Test
	void whatIsKeptAfterItemRefundsIsTheSplitOfWhatIsStillSuppliedToThePaisa() {
		// three lines of 101.00 at 10 %: per line GST on commission 1.818 and TCS 0.505
		// would round up each time;
		// the order's 30.30 commission has 5.45 GST and its 303.00 taxable value 1.52 TCS
		Line line = line("101.00", "10.00");
		Settlement settlement = split(new BigDecimal("318.15"), line, line, line);
		Settlement.Share first = Settlement.removing(new BigDecimal("106.05"), List.of(line, line, line),
				List.of(line, line), GST, TCS);
		Settlement.Share second = Settlement.removing(new BigDecimal("106.05"), List.of(line, line), List.of(line), GST,
				TCS);

		Settlement.Share kept = settlement.share().minus(first).minus(second);
		Settlement alone = split(new BigDecimal("106.05"), line);

		assertThat(kept).isEqualTo(alone.share());
		assertThat(kept.commissionGst()).isEqualByComparingTo("1.82");
		assertThat(kept.tcs()).isEqualByComparingTo("0.51");
		Settlement.Share last = Settlement.removing(new BigDecimal("106.05"), List.of(line), List.of(), GST, TCS);
		assertThat(first.plus(second).plus(last)).isEqualTo(settlement.share());
	}

	private static Settlement split(BigDecimal captured, Line... lines) {
		return Settlement.of(UUID.randomUUID(), UUID.randomUUID(), "AYR-2026-000001", UUID.randomUUID(), List.of(lines),
				captured, GST, TCS, Instant.parse("2026-11-25T06:00:00Z"));
	}

	private static Line line(String taxableValue, String commissionRate) {
		return new Line(new BigDecimal(taxableValue), new BigDecimal(commissionRate));
	}

}
