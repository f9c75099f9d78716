package com.ayurlahi.disputes.web;

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
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.disputes.DisputeDecisions;
import com.ayurlahi.disputes.DisputeQueries;
import com.ayurlahi.disputes.DisputeReason;
import com.ayurlahi.disputes.DisputeResolution;
import com.ayurlahi.disputes.DisputeStatus;
import com.ayurlahi.disputes.DisputeView;
import com.ayurlahi.payments.chargebacks.ChargebackQueries;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import com.ayurlahi.common.Portal;

/**
 * The team's dispute console: every dispute with filters (status, reason, only those past
 * the manufacturer's deadline), each manufacturer's record, Razorpay's open chargebacks
 * beside; a dispute's page where support and admins write, keep internal notes and take a
 * dispute over, and an admin decides what is escalated.
 */
@Controller
class AdminDisputesController {

	private static final String PORTAL = "/admin";

	private final DisputeDecisions decisions;

	private final DisputeQueries queries;

	private final DisputePages pages;

	private final ChargebackQueries chargebacks;

	AdminDisputesController(DisputeDecisions decisions, DisputeQueries queries, DisputePages pages,
			ChargebackQueries chargebacks) {
		this.decisions = decisions;
		this.queries = queries;
		this.pages = pages;
		this.chargebacks = chargebacks;
	}

	@Bean
	static NavigationItem adminDisputesNavigation() {
		return new NavigationItem(Portal.ADMIN, "Disputes", "/admin/disputes", 45);
	}

	@GetMapping("/admin/disputes")
	String list(@AuthenticationPrincipal AuthenticatedUser staff,
			@ModelAttribute("filter") DisputeFilterFormData filter,
			@RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("disputes",
				queries.search(filter.toFilter(), staff, PageRequest.of(Pages.number(page), 25)));
		model.addAttribute("statuses", DisputeStatus.values());
		model.addAttribute("reasons", DisputeReason.values());
		model.addAttribute("records", queries.manufacturerRecords());
		model.addAttribute("chargebacks", chargebacks.open());
		model.addAttribute("portalPath", PORTAL);
		model.addAttribute("now", queries.now());
		return "disputes/list";
	}

	@HxRequest(boosted = false)
	@GetMapping("/admin/disputes/{id}")
	String thread(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser staff, Model model) {
		return pages.thread(PORTAL, id, staff, model);
	}

	@GetMapping("/admin/disputes/{id}")
	String detail(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser staff, Model model) {
		String view = pages.detail(PORTAL, id, staff, model);
		model.addAttribute("form", AnswerFormData.blank((DisputeView) model.getAttribute("dispute")));
		return view;
	}

	@PostMapping("/admin/disputes/{id}/decide")
	String decide(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser admin,
			@Valid @ModelAttribute("form") AnswerFormData form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!form.hasAction(DisputeResolution.class)) {
			errors.rejectValue("action", "required", "Choose the resolution.");
		}
		if (!errors.hasErrors()) {
			try {
				DisputeView dispute = decisions.decide(id, form.toDecision(), admin);
				FlashMessage.success(redirect,
						"Decided: the dispute is " + dispute.status().label().toLowerCase() + ".");
				return "redirect:/admin/disputes/" + id;
			}
			catch (ConflictException | InvalidInputException refused) {
				FormErrors.reject(errors, refused);
			}
		}
		String view = pages.detail(PORTAL, id, admin, model);
		DisputePages.showAgain(model, form.completedFor((DisputeView) model.getAttribute("dispute")), errors);
		return view;
	}

	@PostMapping("/admin/disputes/{id}/escalate")
	String escalate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			@AuthenticationPrincipal AuthenticatedUser staff, RedirectAttributes redirect) {
		return pages.act(PORTAL, id, redirect, () -> decisions.escalate(id, note, staff),
				"The dispute is with the team now.");
	}

	@GetMapping("/admin/disputes/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID evidenceId,
			@AuthenticationPrincipal AuthenticatedUser staff) {
		return pages.file(id, evidenceId, staff);
	}

	@PostMapping("/admin/disputes/{id}/evidence")
	String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal AuthenticatedUser staff, RedirectAttributes redirect) {
		return pages.upload(PORTAL, id, file, staff, redirect);
	}

	@PostMapping("/admin/disputes/{id}/messages")
	String message(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "false") boolean internal, @AuthenticationPrincipal AuthenticatedUser staff,
			RedirectAttributes redirect) {
		return pages.post(PORTAL, id, text, internal, staff, redirect);
	}

}
