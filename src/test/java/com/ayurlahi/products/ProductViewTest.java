package com.ayurlahi.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.ayurlahi.common.gst.IndianState;

class ProductViewTest {

	@ParameterizedTest
	@CsvSource({ "0.00, 0", "5.00, 5", "12.00, 12", "18.00, 18", "18, 18" })
	void theGstRateShowsWithoutDecimalsItDoesNotHave(BigDecimal rate, String shown) {
		assertThat(withGstRate(rate).gstPercent()).isEqualTo(shown);
	}

	private static ProductView withGstRate(BigDecimal rate) {
		return new ProductView(UUID.randomUUID(), UUID.randomUUID(), "Sahyadri Ayurved", IndianState.MAHARASHTRA,
				"Ashwagandha Churna", "SAP-ASH-100", "30049011", rate, new BigDecimal("180.00"),
				new BigDecimal("250.00"), "100 g", DosageForm.CHURNA, "Withania somnifera", null, 1, 120, true, false,
				false, true, Instant.parse("2026-12-01T00:00:00Z"));
	}

}
