package com.ayurlahi.common.web;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A CSV download (RFC 4180, UTF-8, a header line) streamed to the client as its rows are
 * read: the module's exporter writes page after page of rows to {@link CsvRows}, so a
 * year of data never sits in memory.
 */
public final class CsvExport {

	public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private CsvExport() {
	}

	public static ResponseEntity<StreamingResponseBody> attachment(String fileName, String[] header,
			Consumer<CsvRows> rows) {
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get())) {
				rows.accept(new CsvRows(printer));
				printer.flush();
			}
		};
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
