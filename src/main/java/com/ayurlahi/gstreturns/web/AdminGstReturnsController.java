package com.ayurlahi.gstreturns.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.gstreturns.GstReturns;
import com.ayurlahi.gstreturns.ReturnPeriod;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The team's "GST returns" page (ADMIN): a month's GSTR-8 per supplier next to the TCS
 * the ledger withheld, the platform's own GSTR-1 (commission and subscription documents)
 * and any manufacturer's GSTR-1, each downloadable as JSON (GSTR-1 also as the offline
 * tool's spreadsheet).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminGstReturnsController {

	private static final int MANUFACTURER_CHOICES = 500;

	private final GstReturns returns;

	private final ManufacturerManagement manufacturers;

	private final Clock clock;

	AdminGstReturnsController(GstReturns returns, ManufacturerManagement manufacturers, Clock clock) {
		this.returns = returns;
		this.manufacturers = manufacturers;
		this.clock = clock;
	}

	@Bean
	static NavigationItem adminGstReturnsNavigation() {
		return new NavigationItem(Portal.ADMIN, "GST returns", "/admin/gst-returns", 57).onlyFor("ROLE_ADMIN");
	}

	@GetMapping("/admin/gst-returns")
	String page(@AuthenticationPrincipal AuthenticatedUser admin,
			@RequestParam(required = false) @Nullable String period, Model model) {
		ReturnPeriod chosen = PeriodChoice.choose(period, clock, model);
		model.addAttribute("gstr8", returns.gstr8For(admin, chosen));
		model.addAttribute("platform", returns.gstr1For(admin, null, chosen));
		model.addAttribute("manufacturers", choices());
		return "gstreturns/admin";
	}

	@GetMapping("/admin/gst-returns/gstr8.json")
	ResponseEntity<Object> gstr8(@AuthenticationPrincipal AuthenticatedUser admin,
			@RequestParam(required = false) @Nullable String period) {
		return GstDownloads.json(returns.gstr8For(admin, ReturnPeriod.parse(period)).json());
	}

	/** The platform's GSTR-1, or the named manufacturer's. */
	@GetMapping("/admin/gst-returns/gstr1.json")
	ResponseEntity<Object> gstr1(@AuthenticationPrincipal AuthenticatedUser admin,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable UUID manufacturerId) {
		return GstDownloads.json(returns.gstr1For(admin, manufacturerId, ReturnPeriod.parse(period)));
	}

	@GetMapping("/admin/gst-returns/gstr1.xlsx")
	ResponseEntity<Object> workbook(@AuthenticationPrincipal AuthenticatedUser admin,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable UUID manufacturerId) {
		return GstDownloads.workbook(returns.gstr1For(admin, manufacturerId, ReturnPeriod.parse(period)));
	}

	/** Approved manufacturers by name, for the picker. */
	private List<Choice> choices() {
		return manufacturers
			.search(ApprovalStatus.APPROVED, null, null, PageRequest.of(0, MANUFACTURER_CHOICES, Sort.by("name")))
			.map(manufacturer -> new Choice(manufacturer.getId(), manufacturer.getName(),
					manufacturer.getGstin().value()))
			.getContent();
	}

	/** A manufacturer in the picker. */
	record Choice(UUID id, String name, String gstin) {
	}

}
