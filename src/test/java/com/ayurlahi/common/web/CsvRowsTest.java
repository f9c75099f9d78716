package com.ayurlahi.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

	@Test
	void formulaLookingTextIsQuotedAndValuesAreWrittenPlainly() throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			new CsvRows(printer).row("=HYPERLINK(\"http://x\")", "+91 98", "-5", "@SUM(A1)", "Plain, with comma",
					new BigDecimal("1E+2"), Instant.parse("2026-11-30T18:30:00Z"), null, 7);
		}

		assertThat(out.toString()).isEqualTo(
				"\"'=HYPERLINK(\"\"http://x\"\")\",'+91 98,'-5,'@SUM(A1),\"Plain, with comma\",100,2026-12-01 00:00:00,,7\r\n");
	}

	@Test
	void keysetPagesAskForTheNextPageAfterTheLastRowUntilOneComesBackShort() {
		List<KeysetPages.Cursor> asked = new ArrayList<>();
		List<Integer> written = new ArrayList<>();
		Instant start = Instant.parse("2026-11-01T00:00:00Z");

		KeysetPages.forEach(start, after -> {
			asked.add(after);
			int offset = asked.size() == 1 ? 0 : (asked.size() - 1) * KeysetPages.PAGE_SIZE;
			int size = asked.size() < 3 ? KeysetPages.PAGE_SIZE : 3;
			return IntStream.range(offset, offset + size).boxed().toList();
		}, row -> new KeysetPages.Cursor(start.plusSeconds(row), new UUID(0, row)), written::add);

		assertThat(written).hasSize(2 * KeysetPages.PAGE_SIZE + 3).doesNotHaveDuplicates();
		assertThat(asked).hasSize(3);
		assertThat(asked.get(0).at()).isBefore(start);
		assertThat(asked.get(1)).isEqualTo(new KeysetPages.Cursor(start.plusSeconds(499), new UUID(0, 499)));
		assertThat(asked.get(2)).isEqualTo(new KeysetPages.Cursor(start.plusSeconds(999), new UUID(0, 999)));
	}

}
