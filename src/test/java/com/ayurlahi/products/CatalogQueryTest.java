package com.ayurlahi.products;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogQueryTest {

	@Test
	void searchesForEachLongEnoughWordOnce() {
		CatalogQuery query = new CatalogQuery("  Ashwagandha 100 g  ashwagandha CHURNA ", null, null, false,
				CatalogSort.NAME);
		assertThat(query.words()).containsExactly("ashwagandha", "100", "churna");
		assertThat(query.textTooShort()).isFalse();
	}

	@Test
	void textWithOnlyShortWordsIsTooShortToSearch() {
		assertThat(new CatalogQuery("as g", null, null, false, CatalogSort.NAME).textTooShort()).isTrue();
		assertThat(new CatalogQuery("   ", null, null, false, CatalogSort.NAME).textTooShort()).isFalse();
		assertThat(CatalogQuery.all().words()).isEmpty();
	}

}
