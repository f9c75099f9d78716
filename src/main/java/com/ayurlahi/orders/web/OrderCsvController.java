package com.ayurlahi.orders.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.ayurlahi.common.web.CsvExport;
import com.ayurlahi.common.web.ExportRange;
import com.ayurlahi.orders.OrderExports;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The orders CSV of each portal (its own orders; all for the team), placed
 * {@code from}–{@code to} (days in India, both optional), streamed as it is read.
 */
@Controller
class OrderCsvController {

	private final OrderExports exports;

	OrderCsvController(OrderExports exports) {
		this.exports = exports;
	}

	@GetMapping({ "/clinic/orders.csv", "/manufacturer/orders.csv", "/admin/orders.csv" })
	ResponseEntity<StreamingResponseBody> csv(@AuthenticationPrincipal AuthenticatedUser viewer,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		ExportRange range = ExportRange.parse(from, to);
		return CsvExport.attachment("orders.csv", OrderExports.HEADER, rows -> exports.writeCsv(viewer, range, rows));
	}

}
