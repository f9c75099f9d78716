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
import com.ayurlahi.disputes.DisputeAnswers;
import com.ayurlahi.disputes.DisputeFilter;
import com.ayurlahi.disputes.DisputeQueries;
import com.ayurlahi.disputes.DisputeView;
import com.ayurlahi.disputes.ManufacturerResponse;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import com.ayurlahi.common.Portal;

/**
 * The manufacturer's disputes: its queue, soonest deadline first with the time left, its
 * record (dispute rate, median response time), and a dispute's page where it accepts,
 * offers per line or contests, ships a replacement, writes and adds evidence. It never
 * sees the clinic's contact details: the dispute does not hold them.
 */
@Controller
class ManufacturerDisputesController {

	private static final String PORTAL = "/manufacturer";

	private final DisputeAnswers answers;

	private final DisputeQueries queries;

	private final DisputePages pages;

	ManufacturerDisputesController(DisputeAnswers answers, DisputeQueries queries, DisputePages pages) {
		this.answers = answers;
		this.queries = queries;
		this.pages = pages;
	}

	@Bean
	static NavigationItem manufacturerDisputesNavigation() {
		return new NavigationItem(Portal.MANUFACTURER, "Disputes", "/manufacturer/disputes", 25);
	}

	@GetMapping("/manufacturer/disputes")
	String list(@AuthenticationPrincipal AuthenticatedUser manufacturer,
			@RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("disputes",
				queries.search(DisputeFilter.ALL, manufacturer, PageRequest.of(Pages.number(page), 25)));
		model.addAttribute("record", queries.recordOf(manufacturer));
		model.addAttribute("portalPath", PORTAL);
		model.addAttribute("now", queries.now());
		return "disputes/list";
	}

	@HxRequest(boosted = false)
	@GetMapping("/manufacturer/disputes/{id}")
	String thread(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser manufacturer, Model model) {
		return pages.thread(PORTAL, id, manufacturer, model);
	}

	@GetMapping("/manufacturer/disputes/{id}")
	String detail(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser manufacturer, Model model) {
		String view = pages.detail(PORTAL, id, manufacturer, model);
		model.addAttribute("form", AnswerFormData.blank((DisputeView) model.getAttribute("dispute")));
		return view;
	}

	@PostMapping("/manufacturer/disputes/{id}/respond")
	String respond(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser manufacturer,
			@Valid @ModelAttribute("form") AnswerFormData form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!form.hasAction(ManufacturerResponse.Action.class)) {
			errors.rejectValue("action", "required", "Choose whether you accept, offer or contest.");
		}
		if (!errors.hasErrors()) {
			try {
				DisputeView dispute = answers.respond(id, form.toResponse(), manufacturer);
				FlashMessage.success(redirect,
						"Your answer is recorded: the dispute is " + dispute.status().label().toLowerCase() + ".");
				return "redirect:/manufacturer/disputes/" + id;
			}
			catch (ConflictException | InvalidInputException refused) {
				FormErrors.reject(errors, refused);
			}
		}
		String view = pages.detail(PORTAL, id, manufacturer, model);
		DisputePages.showAgain(model, form.completedFor((DisputeView) model.getAttribute("dispute")), errors);
		return view;
	}

	@PostMapping("/manufacturer/disputes/{id}/replacement")
	String shipReplacement(@PathVariable UUID id, @RequestParam(defaultValue = "") String carrier,
			@RequestParam(defaultValue = "") String trackingNumber,
			@AuthenticationPrincipal AuthenticatedUser manufacturer, RedirectAttributes redirect) {
		return pages.act(
				PORTAL, id, redirect, () -> answers.shipReplacement(id,
						new ManufacturerResponse.Shipment(carrier, trackingNumber), manufacturer),
				"Replacement shipped.");
	}

	@GetMapping("/manufacturer/disputes/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID evidenceId,
			@AuthenticationPrincipal AuthenticatedUser manufacturer) {
		return pages.file(id, evidenceId, manufacturer);
	}

	@PostMapping("/manufacturer/disputes/{id}/evidence")
	String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal AuthenticatedUser manufacturer, RedirectAttributes redirect) {
		return pages.upload(PORTAL, id, file, manufacturer, redirect);
	}

	@PostMapping("/manufacturer/disputes/{id}/messages")
	String message(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@AuthenticationPrincipal AuthenticatedUser manufacturer, RedirectAttributes redirect) {
		return pages.post(PORTAL, id, text, false, manufacturer, redirect);
	}

}
