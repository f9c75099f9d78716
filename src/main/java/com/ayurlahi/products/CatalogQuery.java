package com.ayurlahi.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What someone looks for in the catalog: words matched anywhere in a product's name, SKU,
 * composition or manufacturer name (each word of at least {@value #MIN_WORD} characters
 * must match; shorter ones are left out, as an index can't answer them), filters, and an
 * order. Who asks decides which products are in scope.
 */
public record CatalogQuery(@Nullable String text, @Nullable UUID manufacturerId, @Nullable DosageForm dosageForm,
		boolean inStockOnly, CatalogSort sort) {

	public static final int MIN_WORD = 3;

	private static final int MAX_WORDS = 5;

	public static CatalogQuery all() {
		return new CatalogQuery(null, null, null, false, CatalogSort.NAME);
	}

	/** The lower-cased words that are long enough to search for, at most five. */
	public List<String> words() {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
			if (word.length() >= MIN_WORD && words.size() < MAX_WORDS && !words.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** Whether text was given but none of it is long enough to search for. */
	public boolean textTooShort() {
		return text != null && !text.isBlank() && words().isEmpty();
	}
}
