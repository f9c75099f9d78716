package com.ayurlahi.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The text the catalog's search matches, within what PostgreSQL's name index holds. */
class ProductSearchTextTest {

	@Test
	void isLowerCasedAndCutAtFifteenHundredCharactersOfLatinText() {
		String text = Product.lowerCasedAndBounded("Ashwagandha " + "X".repeat(2000));

		assertThat(text).hasSize(1500).startsWith("ashwagandha xxx");
	}

	@Test
	void isCutAtSixteenHundredBytesOfAnIndianScriptBetweenCharacters() {
		String text = Product.lowerCasedAndBounded("अश्वगंधा ".repeat(200)); // 3 bytes a
																				// letter,
																				// 1
		// the space

		assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(Product.SEARCH_TEXT_BYTES)
			.hasSizeGreaterThan(Product.SEARCH_TEXT_BYTES - 3);
		assertThat("अश्वगंधा ".repeat(200)).startsWith(text);
	}

	@Test
	void neverSplitsACharacterOutsideTheBasicPlane() {
		String text = Product.lowerCasedAndBounded("a" + "𑀅".repeat(500)); // Brahmi: 2
																			// chars in
		// Java, 4 bytes in
		// UTF-8

		assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(1 + 4 * 399);
		assertThat(text.codePoints().skip(1)).containsOnly("𑀅".codePointAt(0));
	}

}
