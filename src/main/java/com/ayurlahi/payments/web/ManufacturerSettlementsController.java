package com.ayurlahi.payments.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.payments.Settlement;
import com.ayurlahi.payments.SettlementLedger;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The manufacturer's settlements: for each paid order, what the clinic paid, the
 * platform's commission, GST on it, TCS and the payout owed to the manufacturer.
 */
@Controller
class ManufacturerSettlementsController {

	private static final int PAGE_SIZE = 25;

	private final SettlementLedger ledger;

	private final ManufacturerManagement manufacturers;

	ManufacturerSettlementsController(SettlementLedger ledger, ManufacturerManagement manufacturers) {
		this.ledger = ledger;
		this.manufacturers = manufacturers;
	}

	@Bean
	static NavigationItem manufacturerSettlementsNavigation() {
		return new NavigationItem(Portal.MANUFACTURER, "Settlements", "/manufacturer/settlements", 30);
	}

	@GetMapping("/manufacturer/settlements")
	String settlements(@AuthenticationPrincipal AuthenticatedUser manufacturer,
			@RequestParam(required = false) @Nullable String page, Model model) {
		Page<Settlement> settlements = manufacturers.findOwnedBy(manufacturer.id())
			.map(owned -> ledger.settlementsOf(owned.getId(), PageRequest.of(Pages.number(page), PAGE_SIZE)))
			.orElse(Page.empty());
		model.addAttribute("settlements", settlements);
		return "manufacturer/settlements";
	}

}
