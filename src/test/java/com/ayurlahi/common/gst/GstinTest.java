package com.ayurlahi.common.gst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GstinTest {

	@ParameterizedTest
	@CsvSource({ "27AAPFU0939F1ZV, MAHARASHTRA", "29AAGCB7383J1Z4, KARNATAKA", "32AAFCA1234K1Z3, KERALA",
			"27AABCS5678M1ZO, MAHARASHTRA", "32AADFV4321Q1Z0, KERALA", "33AAGCK2468L1ZA, TAMIL_NADU",
			"07AAHCD1357P1Z9, DELHI" })
	void theReferenceExamplesPassAndNameTheirState(String gstin, IndianState state) {
		assertThat(Gstin.problemWith(gstin)).isEmpty();
		assertThat(Gstin.parse(gstin).state()).isEqualTo(state);
	}

	@ParameterizedTest
	@ValueSource(strings = { "27AAPFU0939F1ZV", "32AAFCA1234K1Z3", "07AAHCD1357P1Z9" })
	void changingAnyOneCharacterIsCaught(String gstin) {
		String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
		for (int position = 0; position < gstin.length(); position++) {
			for (char replacement : alphabet.toCharArray()) {
				if (replacement == gstin.charAt(position)) {
					continue;
				}
				String changed = gstin.substring(0, position) + replacement + gstin.substring(position + 1);
				assertThat(Gstin.problemWith(changed)).as(changed).isPresent();
			}
		}
	}

	@Test
	void typedFormsAreNormalised() {
		assertThat(Gstin.parse(" 32aafca1234k1z3 ").value()).isEqualTo("32AAFCA1234K1Z3");
		assertThat(Gstin.parse("32 AAFCA 1234 K1Z3").value()).isEqualTo("32AAFCA1234K1Z3");
		assertThat(Gstin.parse("32AAFCA1234K1Z3").pan()).isEqualTo("AAFCA1234K");
	}

	@Test
	void eachProblemHasItsOwnMessage() {
		assertThat(Gstin.problemWith("")).contains("Enter the GSTIN.");
		assertThat(Gstin.problemWith("32AAFCA1234K1Z"))
			.hasValueSatisfying(message -> assertThat(message).startsWith("A GSTIN has 15 characters"));
		assertThat(Gstin.problemWith("99AAFCA1234K1Z3"))
			.contains("The GSTIN starts with 99, which is not an Indian state code.");
		assertThat(Gstin.problemWith("32AAFCA1234K1Z4"))
			.contains("The GSTIN's last character doesn't match the others: please check it for typos.");
		assertThatThrownBy(() -> Gstin.parse("32AAFCA1234K1Z4")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void unionTerritoriesWithoutLegislatureAreKnown() {
		assertThat(IndianState.ofCode("04"))
			.hasValueSatisfying(state -> assertThat(state.isUnionTerritoryWithoutLegislature()).isTrue());
		assertThat(IndianState.KERALA.isUnionTerritoryWithoutLegislature()).isFalse();
		assertThat(
				java.util.Arrays.stream(IndianState.values()).filter(IndianState::isUnionTerritoryWithoutLegislature))
			.extracting(IndianState::code)
			.containsExactlyInAnyOrder("04", "26", "31", "35", "38", "97");
		assertThat(IndianState.ofCode("25")).isEmpty();
		assertThat(IndianState.ofCode("28")).isEmpty();
	}

}
