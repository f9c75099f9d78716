package com.ayurlahi.gstreturns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.InvalidInputException;

class ReturnPeriodTest {

	@Test
	void aMonthIsReadAsTypedAndWrittenAsTheFilingPeriod() {
		ReturnPeriod november = ReturnPeriod.parse(" 2026-11 ");

		assertThat(november.month()).isEqualTo(YearMonth.of(2026, 11));
		assertThat(november.filingPeriod()).isEqualTo("112026");
		assertThat(november.text()).isEqualTo("2026-11");
		// Midnight in India is 18:30 UTC the day before.
		assertThat(november.start()).isEqualTo(Instant.parse("2026-10-31T18:30:00Z"));
		assertThat(november.end()).isEqualTo(Instant.parse("2026-11-30T18:30:00Z"));
	}

	@Test
	void anythingButAMonthIsRefusedNamingThePeriod() {
		for (String bad : new String[] { null, "", "2026-13", "2026-1", "Nov 2026", "2026-11-01", "2016-12" }) {
			assertThatThrownBy(() -> ReturnPeriod.parse(bad)).as(String.valueOf(bad))
				.isInstanceOfSatisfying(InvalidInputException.class,
						invalid -> assertThat(invalid.field()).isEqualTo("period"));
		}
	}

	@Test
	void ratesAreWrittenAsThePortalWritesThem() {
		assertThat(Gstr1Builder.rate(new BigDecimal("5.00")).toString()).isEqualTo("5");
		assertThat(Gstr1Builder.rate(new BigDecimal("10.00")).toString()).isEqualTo("10");
		assertThat(Gstr1Builder.rate(new BigDecimal("18.00")).toString()).isEqualTo("18");
		assertThat(Gstr1Builder.rate(new BigDecimal("0.00")).toString()).isEqualTo("0");
		assertThat(Gstr1Builder.rate(new BigDecimal("2.50")).toString()).isEqualTo("2.5");
	}

}
