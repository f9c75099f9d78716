package com.ayurlahi.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.ayurlahi.common.InvalidInputException;

class ProductDetailsTest {

	@Test
	void normalisesTheSkuAndKeepsMoneyInPaise() {
		ProductDetails details = details(" sap-ash-100 ", "3004", "5", "95", "120");
		assertThat(details.sku()).isEqualTo("SAP-ASH-100");
		assertThat(details.unitPrice()).isEqualByComparingTo("95.00").hasScaleOf(2);
		assertThat(details.gstRate()).isEqualByComparingTo("5.00");
	}

	@Test
	void thePriceWithGstMayEqualButNotExceedTheMrp() {
		assertThat(details("A1", "30049011", "12", "100.00", "112.00").mrp()).isEqualByComparingTo("112.00");
		assertThatThrownBy(() -> details("A1", "30049011", "12", "100.00", "111.99"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("The price with GST (₹112.00) may not exceed the MRP (₹111.99).")
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("mrp");
	}

	@ParameterizedTest
	@ValueSource(strings = { "300", "30041", "3004901", "300490111", "30O4" })
	void anHsnCodeHasFourSixOrEightDigits(String hsn) {
		assertThatThrownBy(() -> details("A1", hsn, "5", "10", "20")).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("hsnCode");
	}

	@ParameterizedTest
	@ValueSource(strings = { "3", "28", "-5", "5.5" })
	void onlyTheRatesTheLawAllows(String rate) {
		assertThatThrownBy(() -> details("A1", "3004", rate, "10", "20")).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("gstRate");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "10.005", "1000000.01" })
	void pricesArePositiveWholePaise(String price) {
		assertThatThrownBy(() -> details("A1", "3004", "0", price, "2000000")).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("unitPrice");
	}

	@Test
	void aNewPriceIsCheckedAgainstTheMrpToo() {
		ProductDetails details = details("A1", "3004", "5", "100", "110");
		assertThat(details.withUnitPrice(new BigDecimal("104.76")).unitPrice()).isEqualByComparingTo("104.76");
		assertThatThrownBy(() -> details.withUnitPrice(new BigDecimal("104.77")))
			.isInstanceOf(InvalidInputException.class);
	}

	private static ProductDetails details(String sku, String hsn, String rate, String price, String mrp) {
		return new ProductDetails("Ashwagandha Churna", sku, hsn, new BigDecimal(rate), new BigDecimal(price),
				new BigDecimal(mrp), "100 g", DosageForm.CHURNA, "Withania somnifera", null, 1, false);
	}

}
