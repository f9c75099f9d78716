package com.ayurlahi.invoices.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.ayurlahi.common.web.CsvExport;
import com.ayurlahi.common.web.ExportRange;
import com.ayurlahi.invoices.InvoiceExports;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The invoices CSV of each portal (the documents its user may see), issued
 * {@code from}–{@code to} (days in India, both optional), streamed as it is read.
 */
@Controller
class InvoiceCsvController {

	private final InvoiceExports exports;

	InvoiceCsvController(InvoiceExports exports) {
		this.exports = exports;
	}

	@GetMapping({ "/clinic/invoices.csv", "/manufacturer/invoices.csv", "/admin/invoices.csv" })
	ResponseEntity<StreamingResponseBody> csv(@AuthenticationPrincipal AuthenticatedUser viewer,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		ExportRange range = ExportRange.parse(from, to);
		return CsvExport.attachment("invoices.csv", InvoiceExports.HEADER,
				rows -> exports.writeCsv(viewer, range, rows));
	}

}
