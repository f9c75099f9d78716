package com.ayurlahi.common.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0         | ₹0.00
			7.5       | ₹7.50
			999.999   | ₹1,000.00
			123456.7  | ₹1,23,456.70
			12345678  | ₹1,23,45,678.00
			100000    | ₹1,00,000.00
			-2500.5   | -₹2,500.50
			""")
	void formatsRupeesTheIndianWay(String amount, String expected) {
		assertThat(Money.format(new BigDecimal(amount))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "1.005, 101", "12.34, 1234", "0.01, 1" })
	void convertsToPaiseAfterRoundingHalfUp(String rupees, long paise) {
		assertThat(Money.toPaise(new BigDecimal(rupees))).isEqualTo(paise);
	}

}
