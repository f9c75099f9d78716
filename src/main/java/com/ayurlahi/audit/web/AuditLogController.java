package com.ayurlahi.audit.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.audit.AuditEntry;
import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.ChainVerification;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.users.UserManagement;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /admin/audit}: the audit log filtered by entity, actor, action and dates, 25
 * entries a page, newest first (the team: ADMIN and SUPPORT); the same selection as CSV,
 * and "verify chain", which seals what is pending and checks every seal (ADMIN only).
 */
@Controller
@RequestMapping("/admin/audit")
class AuditLogController {

	private static final String PAGE = "admin/audit";

	private static final int PAGE_SIZE = 25;

	private static final TypeReference<Map<String, Map<String, String>>> CHANGES = new TypeReference<>() {
	};

	private final AuditLog auditLog;

	private final UserManagement users;

	private final JsonMapper json;

	private final Clock clock;

	AuditLogController(AuditLog auditLog, UserManagement users, JsonMapper json, Clock clock) {
		this.auditLog = auditLog;
		this.users = users;
		this.json = json;
		this.clock = clock;
	}

	@Bean
	static NavigationItem auditLogNavigation() {
		return new NavigationItem(Portal.ADMIN, "Audit log", "/admin/audit", 80);
	}

	@GetMapping
	String page(@Valid @ModelAttribute("filter") AuditFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addResults(filter, errors, page, model);
		return PAGE;
	}

	@HxRequest
	@GetMapping
	String results(@Valid @ModelAttribute("filter") AuditFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addResults(filter, errors, page, model);
		return PAGE + " :: audit-results";
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasRole('ADMIN')")
	void export(@Valid @ModelAttribute("filter") AuditFilterFormData filter, BindingResult errors,
			HttpServletResponse response) throws IOException {
		if (errors.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The filters are not valid");
		}
		AuditFilterFormData selection = filter;
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("ayurlahi-audit-" + IndianTime.today(clock) + ".csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		Writer out = response.getWriter();
		auditLog.exportCsv(selection.toQuery(), out);
	}

	@PostMapping("/verify")
	@PreAuthorize("hasRole('ADMIN')")
	String verify(RedirectAttributes redirect) {
		ChainVerification result = auditLog.verifyChain();
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, new FlashMessage(
				result.isIntact() ? FlashMessage.Level.SUCCESS : FlashMessage.Level.DANGER, describe(result)));
		return "redirect:/admin/audit";
	}

	@HxRequest
	@PostMapping("/verify")
	@PreAuthorize("hasRole('ADMIN')")
	String verifyFromPage(Model model) {
		ChainVerification result = auditLog.verifyChain();
		model.addAttribute("verification", result);
		model.addAttribute("verificationText", describe(result));
		return PAGE + " :: chain-check";
	}

	/**
	 * The entries the filter selects; with a filter value that could not be read (shown
	 * next to its field), the whole log.
	 */
	private void addResults(AuditFilterFormData filter, BindingResult errors, @Nullable String page, Model model) {
		showFilter(filter, errors, model);
		AuditFilterFormData selection = errors.hasErrors() ? AuditFilterFormData.none() : filter;
		Page<AuditEntry> entries = auditLog.find(selection.toQuery(), PageRequest.of(Pages.number(page), PAGE_SIZE));
		Set<UUID> actors = new HashSet<>();
		entries.forEach(entry -> {
			if (entry.actorId() != null) {
				actors.add(entry.actorId());
			}
		});
		Map<UUID, String> names = users.fullNames(actors);
		model.addAttribute("entries", entries.map(entry -> new AuditRow(entry,
				entry.actorId() == null ? null : names.get(entry.actorId()), changes(entry))));
	}

	/**
	 * When a value did not convert (a date such as 2026-99-99), Spring's binding result
	 * holds no filter (the record is made afterwards, without that value): the page gets
	 * the filter that was made, with the same errors, so that the form shows them.
	 */
	private static void showFilter(AuditFilterFormData filter, BindingResult errors, Model model) {
		if (errors.getTarget() == null) {
			BindingResult shown = new BeanPropertyBindingResult(filter, errors.getObjectName());
			errors.getAllErrors().forEach(shown::addError);
			model.addAttribute(errors.getObjectName(), filter);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), shown);
		}
	}

	private List<ChangeLine> changes(AuditEntry entry) {
		return json.readValue(entry.changes(), CHANGES)
			.entrySet()
			.stream()
			.map(change -> new ChangeLine(change.getKey(), change.getValue().get("before"),
					change.getValue().get("after")))
			.toList();
	}

	static String describe(ChainVerification result) {
		return result.isIntact() ? "The chain is intact: all " + result.sealedEntries() + " sealed entries match."
				: "The chain is broken at seal " + result.brokenAt() + ". " + result.problem();
	}

	/** An entry as the page shows it. */
	record AuditRow(AuditEntry entry, @Nullable String actorName, List<ChangeLine> changes) {
	}

	/** One changed field. */
	record ChangeLine(String field, @Nullable String before, @Nullable String after) {
	}

}
