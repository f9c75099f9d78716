package com.ayurlahi.manufacturers.web;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.profiles.web.ProfileAdminPages;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * The admin console's manufacturers: the queue, a manufacturer's page and the decisions
 * on it, and its commercial terms (commission rate, Razorpay linked account), which only
 * an ADMIN sets.
 */
@Controller
@RequestMapping("/admin/manufacturers")
class AdminManufacturersController extends ProfileAdminPages<Manufacturer> {

	private final ManufacturerManagement manufacturers;

	AdminManufacturersController(ManufacturerManagement manufacturers, UserManagement users) {
		super(manufacturers, ManufacturerPages.PAGES, users);
		this.manufacturers = manufacturers;
	}

	@Bean
	static NavigationItem manufacturersNavigation() {
		return new NavigationItem(Portal.ADMIN, "Manufacturers", "/admin/manufacturers", 20);
	}

	@PostMapping("/{id}/terms")
	@PreAuthorize("hasRole('ADMIN')")
	String setTerms(@PathVariable UUID id, @ModelAttribute("terms") TermsFormData terms, BindingResult errors,
			@AuthenticationPrincipal AuthenticatedUser admin, Model model, RedirectAttributes redirect) {
		try {
			Manufacturer manufacturer = manufacturers.setTerms(id, terms.toTerms(), admin);
			FlashMessage.success(redirect,
					"Terms saved: " + manufacturer.getCommissionRate().toPlainString() + "% commission"
							+ (manufacturer.getRazorpayAccountId() == null ? "."
									: ", transfers to " + manufacturer.getRazorpayAccountId() + "."));
			return "redirect:/admin/manufacturers/" + id;
		}
		catch (InvalidInputException invalid) {
			FormErrors.reject(errors, invalid);
			showDetail(manufacturers.get(id, admin), model);
			return DETAIL;
		}
	}

	@Override
	protected void addOwnDetail(Manufacturer manufacturer, Model model) {
		if (!model.containsAttribute("terms")) {
			model.addAttribute("terms", TermsFormData.of(manufacturer));
		}
	}

}
