package com.ayurlahi.common.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RupeesInWordsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					123456.70   | Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Paise Seventy Only
					0           | Rupees Zero Only
					0.01        | Paisa One Only
					0.05        | Paise Five Only
					0.50        | Paise Fifty Only
					1           | Rupees One Only
					1.00        | Rupees One Only
					10          | Rupees Ten Only
					19          | Rupees Nineteen Only
					20          | Rupees Twenty Only
					99.99       | Rupees Ninety-Nine and Paise Ninety-Nine Only
					100         | Rupees One Hundred Only
					100.01      | Rupees One Hundred and Paise One Only
					101         | Rupees One Hundred One Only
					1000        | Rupees One Thousand Only
					1890.00     | Rupees One Thousand Eight Hundred Ninety Only
					10000       | Rupees Ten Thousand Only
					99999       | Rupees Ninety-Nine Thousand Nine Hundred Ninety-Nine Only
					100000      | Rupees One Lakh Only
					100000.00   | Rupees One Lakh Only
					1000001     | Rupees Ten Lakh One Only
					10000000    | Rupees One Crore Only
					12345678.90 | Rupees One Crore Twenty-Three Lakh Forty-Five Thousand Six Hundred Seventy-Eight and Paise Ninety Only
					123456789.99| Rupees Twelve Crore Thirty-Four Lakh Fifty-Six Thousand Seven Hundred Eighty-Nine and Paise Ninety-Nine Only
					1000000000  | Rupees One Hundred Crore Only
					2500000000.5| Rupees Two Hundred Fifty Crore and Paise Fifty Only
					""")
	void writesAmountsTheIndianWay(BigDecimal amount, String words) {
		assertThat(RupeesInWords.of(amount)).isEqualTo(words);
	}

	@Test
	void roundsToThePaisaFirst() {
		assertThat(RupeesInWords.of(new BigDecimal("41.995"))).isEqualTo("Rupees Forty-Two Only");
	}

	@Test
	void refusesNegativeAmounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> RupeesInWords.of(new BigDecimal("-1")));
	}

}
