package com.ayurlahi.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextsTest {

	@ParameterizedTest
	@ValueSource(strings = { "Sree Dhanwantari Ayurveda Clinic", "ശ്രീ ധന്വന്തരി", "श्री धन्वंतरि",
			"Dr. Rema (MD) – ₹1,000 & 5%", "Ashwagandha 🌿", "" })
	void lettersOfAnyScriptPunctuationAndSymbolsArePlain(String text) {
		assertThat(PlainTexts.problemWith(text, false)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u202EevilCorp", "Good\u202ACorp", "a\u202Bb", "a\u202Cb", "a\u202Db", "a\u2066b",
			"a\u2067b", "a\u2068b", "a\u2069b", "zero\u200Bwidth", "a\u200Cb", "a\u200Db", "a\u2060b", "\uFEFFBOM",
			"nul\u0000", "bell\u0007", "del\u007F", "c1\u0085", "lone\uD800", "lone\uDC00x", "private\uE000",
			"line\u2028sep", "para\u2029sep", "soft\u00ADhyphen", "non\uFFFFchar" })
	void invisibleDirectionChangingAndControlCharactersAreNot(String text) {
		assertThat(PlainTexts.problemWith(text, false)).isEqualTo(PlainTexts.INVISIBLE);
		assertThat(PlainTexts.problemWith(text, true)).isEqualTo(PlainTexts.INVISIBLE);
	}

	@Test
	void relayedTextIsCleanedRatherThanRefused() {
		assertThat(PlainTexts.cleaned("Dr.\u202E Rema\u200B\u0000", false)).isEqualTo("Dr. Rema");
		assertThat(PlainTexts.cleaned("two\nlines\uD800", false)).isEqualTo("two lines");
		assertThat(PlainTexts.cleaned("two\nlines 🌿", true)).isEqualTo("two\nlines 🌿");
	}

	@ParameterizedTest
	@ValueSource(strings = { "two\nlines", "crlf\r\nlines", "tab\there" })
	void lineBreaksOnlyWhereAFieldHasSeveralLines(String text) {
		assertThat(PlainTexts.problemWith(text, false)).isEqualTo(PlainTexts.ONE_LINE);
		assertThat(PlainTexts.problemWith(text, true)).isNull();
	}

}
