package com.ayurlahi.gstreturns.web;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.gstreturns.GstReturns;
import com.ayurlahi.gstreturns.ReturnPeriod;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The manufacturer's "GST returns" page: a month's GSTR-1 in figures, and its downloads
 * as the GST portal's JSON and as the offline tool's spreadsheet.
 */
@Controller
class ManufacturerGstReturnsController {

	private final GstReturns returns;

	private final Clock clock;

	ManufacturerGstReturnsController(GstReturns returns, Clock clock) {
		this.returns = returns;
		this.clock = clock;
	}

	@Bean
	static NavigationItem manufacturerGstReturnsNavigation() {
		return new NavigationItem(Portal.MANUFACTURER, "GST returns", "/manufacturer/gst-returns", 37);
	}

	@GetMapping("/manufacturer/gst-returns")
	String page(@AuthenticationPrincipal AuthenticatedUser maker,
			@RequestParam(required = false) @Nullable String period, Model model) {
		ReturnPeriod chosen = PeriodChoice.choose(period, clock, model);
		model.addAttribute("gstr1", returns.gstr1For(maker, null, chosen));
		return "gstreturns/manufacturer";
	}

	@GetMapping("/manufacturer/gst-returns/gstr1.json")
	ResponseEntity<Object> json(@AuthenticationPrincipal AuthenticatedUser maker,
			@RequestParam(required = false) @Nullable String period) {
		return GstDownloads.json(returns.gstr1For(maker, null, ReturnPeriod.parse(period)));
	}

	@GetMapping("/manufacturer/gst-returns/gstr1.xlsx")
	ResponseEntity<Object> workbook(@AuthenticationPrincipal AuthenticatedUser maker,
			@RequestParam(required = false) @Nullable String period) {
		return GstDownloads.workbook(returns.gstr1For(maker, null, ReturnPeriod.parse(period)));
	}

}
