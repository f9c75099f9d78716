package com.ayurlahi.disputes.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.ContentTooLargeException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.disputes.DisputeEvidenceFiles;
import com.ayurlahi.disputes.DisputeAnswers;
import com.ayurlahi.disputes.DisputeFilter;
import com.ayurlahi.disputes.DisputeOpening;
import com.ayurlahi.disputes.DisputeQueries;
import com.ayurlahi.disputes.DisputeReason;
import com.ayurlahi.disputes.DisputeView;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import com.ayurlahi.common.Portal;

/**
 * The clinic's disputes: "Report a problem" on an order it received (until the window
 * closes), its list of disputes, and a dispute's page where it accepts or refuses an
 * offer, withdraws, reopens, writes and adds evidence.
 */
@Controller
class ClinicDisputesController {

	private static final String PORTAL = "/clinic";

	private final DisputeOpening opening;

	private final DisputeAnswers answers;

	private final DisputeQueries queries;

	private final DisputeEvidenceFiles evidence;

	private final DisputePages pages;

	private final OrderManagement orders;

	ClinicDisputesController(DisputeOpening opening, DisputeAnswers answers, DisputeQueries queries,
			DisputeEvidenceFiles evidence, DisputePages pages, OrderManagement orders) {
		this.opening = opening;
		this.answers = answers;
		this.queries = queries;
		this.evidence = evidence;
		this.pages = pages;
		this.orders = orders;
	}

	@Bean
	static NavigationItem clinicDisputesNavigation() {
		return new NavigationItem(Portal.CLINIC, "Disputes", "/clinic/disputes", 35);
	}

	@GetMapping("/clinic/disputes")
	String list(@AuthenticationPrincipal AuthenticatedUser clinic,
			@RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("disputes",
				queries.search(DisputeFilter.ALL, clinic, PageRequest.of(Pages.number(page), 25)));
		model.addAttribute("portalPath", PORTAL);
		model.addAttribute("now", queries.now());
		return "disputes/list";
	}

	/**
	 * The button on the order's page, loaded by htmx: until when a problem may be
	 * reported.
	 */
	@GetMapping("/clinic/orders/{orderId}/dispute/button")
	String button(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser clinic, Model model) {
		model.addAttribute("orderId", orderId);
		model.addAttribute("until", opening.reportableUntil(orderId, clinic).orElse(null));
		model.addAttribute("disputes", queries.forOrder(orderId, clinic));
		return "disputes/report :: button";
	}

	@GetMapping("/clinic/orders/{orderId}/dispute")
	String reportForm(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser clinic, Model model) {
		OrderView order = orders.get(orderId, clinic);
		model.addAttribute("form", ReportFormData.blank(order));
		return report(order, clinic, model);
	}

	@PostMapping("/clinic/orders/{orderId}/dispute")
	String report(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser clinic,
			@Valid @ModelAttribute("form") ReportFormData form, BindingResult errors,
			@RequestParam(required = false) @Nullable MultipartFile photo, Model model, RedirectAttributes redirect)
			throws IOException {
		OrderView order = orders.get(orderId, clinic);
		if (errors.hasErrors()) {
			return report(order, form, errors, clinic, model);
		}
		if (photo != null && !photo.isEmpty()) {
			try {
				DisputeEvidenceFiles.typeOf(photo.getBytes());
			}
			catch (InvalidInputException | ContentTooLargeException refused) {
				errors.reject("refused", refused.getMessage());
				return report(order, form, errors, clinic, model);
			}
		}
		DisputeView dispute;
		try {
			dispute = opening.open(form.toNewDispute(orderId), clinic);
		}
		catch (ConflictException | InvalidInputException refused) {
			FormErrors.reject(errors, refused);
			return report(order, form, errors, clinic, model);
		}
		FlashMessage.success(redirect,
				"Dispute " + dispute.disputeNumber() + " is with the manufacturer, who answers by the date shown.");
		if (photo != null && !photo.isEmpty()) {
			return pages.upload(PORTAL, dispute.id(), photo, clinic, redirect);
		}
		return "redirect:/clinic/disputes/" + dispute.id();
	}

	private String report(OrderView order, ReportFormData form, BindingResult errors, AuthenticatedUser clinic,
			Model model) {
		DisputePages.showAgain(model, form.completedFor(order), errors);
		return report(order, clinic, model);
	}

	private String report(OrderView order, AuthenticatedUser clinic, Model model) {
		model.addAttribute("order", order);
		model.addAttribute("reasons", DisputeReason.values());
		model.addAttribute("until", opening.reportableUntil(order.id(), clinic).orElse(null));
		model.addAttribute("maxBytes", DisputeEvidenceFiles.MAX_BYTES);
		return "disputes/report";
	}

	@HxRequest(boosted = false)
	@GetMapping("/clinic/disputes/{id}")
	String thread(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser clinic, Model model) {
		return pages.thread(PORTAL, id, clinic, model);
	}

	@GetMapping("/clinic/disputes/{id}")
	String detail(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser clinic, Model model) {
		return pages.detail(PORTAL, id, clinic, model);
	}

	@GetMapping("/clinic/disputes/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID evidenceId,
			@AuthenticationPrincipal AuthenticatedUser clinic) {
		return pages.file(id, evidenceId, clinic);
	}

	@PostMapping("/clinic/disputes/{id}/evidence")
	String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal AuthenticatedUser clinic, RedirectAttributes redirect) {
		return pages.upload(PORTAL, id, file, clinic, redirect);
	}

	@PostMapping("/clinic/disputes/{id}/messages")
	String message(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@AuthenticationPrincipal AuthenticatedUser clinic, RedirectAttributes redirect) {
		return pages.post(PORTAL, id, text, false, clinic, redirect);
	}

	@PostMapping("/clinic/disputes/{id}/offer/accept")
	String acceptOffer(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser clinic,
			RedirectAttributes redirect) {
		return pages.act(PORTAL, id, redirect, () -> answers.acceptOffer(id, clinic),
				"Offer accepted: the refund is on its way to your account.");
	}

	@PostMapping("/clinic/disputes/{id}/offer/refuse")
	String refuseOffer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			@AuthenticationPrincipal AuthenticatedUser clinic, RedirectAttributes redirect) {
		return pages.act(PORTAL, id, redirect, () -> answers.refuseOffer(id, note, clinic),
				"Offer refused: the Ayurlahi team will decide.");
	}

	@PostMapping("/clinic/disputes/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			@AuthenticationPrincipal AuthenticatedUser clinic, RedirectAttributes redirect) {
		return pages.act(PORTAL, id, redirect, () -> answers.withdraw(id, note, clinic), "Dispute withdrawn.");
	}

	@PostMapping("/clinic/disputes/{id}/reopen")
	String reopen(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			@AuthenticationPrincipal AuthenticatedUser clinic, RedirectAttributes redirect) {
		return pages.act(PORTAL, id, redirect, () -> opening.reopen(id, note, clinic),
				"Dispute reopened: the Ayurlahi team will decide.");
	}

}
