package com.ayurlahi.gstreturns.rest;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.gstreturns.GstReturns;
import com.ayurlahi.gstreturns.Gstr1;
import com.ayurlahi.gstreturns.Gstr8;
import com.ayurlahi.gstreturns.ReturnPeriod;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * {@code /api/gst}: a month's GST return data in the GST portal's JSON.
 * {@code GET /api/gst/gstr1?period=2026-11} gives a manufacturer its own GSTR-1 and ADMIN
 * the platform's own, or a manufacturer's with {@code &manufacturerId=};
 * {@code GET /api/gst/gstr8?period=2026-11} gives ADMIN the platform's GSTR-8. A period
 * that is not a month ({@code yyyy-MM}) is a 400 naming {@code period}.
 */
@RestController
@RequestMapping("/api/gst")
class GstReturnsRestController {

	private final GstReturns returns;

	GstReturnsRestController(GstReturns returns) {
		this.returns = returns;
	}

	@GetMapping("/gstr1")
	@PreAuthorize("hasAnyRole('MANUFACTURER', 'ADMIN')")
	Gstr1 gstr1(@AuthenticationPrincipal AuthenticatedUser viewer,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable UUID manufacturerId) {
		return returns.gstr1For(viewer, manufacturerId, ReturnPeriod.parse(period)).json();
	}

	@GetMapping("/gstr8")
	@PreAuthorize("hasRole('ADMIN')")
	Gstr8 gstr8(@AuthenticationPrincipal AuthenticatedUser viewer,
			@RequestParam(required = false) @Nullable String period) {
		return returns.gstr8For(viewer, ReturnPeriod.parse(period)).json();
	}

}
