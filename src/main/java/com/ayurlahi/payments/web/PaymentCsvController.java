package com.ayurlahi.payments.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.ayurlahi.common.web.CsvExport;
import com.ayurlahi.common.web.ExportRange;
import com.ayurlahi.payments.PaymentExports;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The payments CSV (a clinic's own, all for the team) and the settlements CSV (a
 * manufacturer's own, all for the team), {@code from}–{@code to} (days in India, both
 * optional), streamed as they are read.
 */
@Controller
class PaymentCsvController {

	private final PaymentExports exports;

	PaymentCsvController(PaymentExports exports) {
		this.exports = exports;
	}

	@GetMapping({ "/clinic/payments.csv", "/admin/payments.csv" })
	ResponseEntity<StreamingResponseBody> payments(@AuthenticationPrincipal AuthenticatedUser viewer,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		ExportRange range = ExportRange.parse(from, to);
		return CsvExport.attachment("payments.csv", PaymentExports.PAYMENTS,
				rows -> exports.writePaymentsCsv(viewer, range, rows));
	}

	@GetMapping({ "/manufacturer/settlements.csv", "/admin/settlements.csv" })
	ResponseEntity<StreamingResponseBody> settlements(@AuthenticationPrincipal AuthenticatedUser viewer,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		ExportRange range = ExportRange.parse(from, to);
		return CsvExport.attachment("settlements.csv", PaymentExports.SETTLEMENTS,
				rows -> exports.writeSettlementsCsv(viewer, range, rows));
	}

}
