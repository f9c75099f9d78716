package com.ayurlahi.whatsapp.console;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.common.web.Pages;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The team's WhatsApp pages that read: the channel's health, the conversations by number
 * and one conversation, the message log and the consent log. ADMIN and SUPPORT (the admin
 * portal's rule); the lists filter as the team types, through htmx twins that answer the
 * list's fragment. A number that is none is said next to its field and filters nothing; a
 * direction or status that names none is no filter.
 */
@Controller
@RequestMapping("/admin/whatsapp")
class WhatsAppConsoleController {

	private static final int PAGE_SIZE = 25;

	/** How many of a conversation's latest messages its page shows. */
	static final int CONVERSATION_LENGTH = 100;

	private final WhatsAppConsoleQueries queries;

	private final MessageLog log;

	WhatsAppConsoleController(WhatsAppConsoleQueries queries, MessageLog log) {
		this.queries = queries;
		this.log = log;
	}

	@Bean
	static NavigationItem whatsAppConsoleNavigation() {
		return new NavigationItem(Portal.ADMIN, "WhatsApp", "/admin/whatsapp", 60);
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("health", queries.health());
		return "admin/whatsapp/overview";
	}

	@GetMapping("/conversations")
	String conversations(@Valid @ModelAttribute("filter") PhoneFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addConversations(filter, page, model);
		return "admin/whatsapp/conversations";
	}

	@HxRequest
	@GetMapping("/conversations")
	String conversationResults(@Valid @ModelAttribute("filter") PhoneFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addConversations(filter, page, model);
		return "admin/whatsapp/conversations :: conversation-results";
	}

	@GetMapping("/conversations/{phone}")
	String conversation(@PathVariable String phone, Model model) {
		String number = PhoneFilter.leniently(phone);
		ConversationSummary summary = (number == null ? null : queries.conversation(number).orElse(null));
		if (summary == null) {
			throw new NotFoundException("The platform never talked with this number.");
		}
		model.addAttribute("summary", summary);
		model.addAttribute("messages", log.conversation(summary.phone(), CONVERSATION_LENGTH));
		model.addAttribute("length", CONVERSATION_LENGTH);
		return "admin/whatsapp/conversation";
	}

	@GetMapping("/messages")
	String messages(@Valid @ModelAttribute("filter") MessageFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addMessages(filter, page, model);
		return "admin/whatsapp/messages";
	}

	@HxRequest
	@GetMapping("/messages")
	String messageResults(@Valid @ModelAttribute("filter") MessageFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addMessages(filter, page, model);
		return "admin/whatsapp/messages :: message-results";
	}

	@GetMapping("/consents")
	String consents(@Valid @ModelAttribute("filter") PhoneFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addConsents(filter, page, model);
		return "admin/whatsapp/consents";
	}

	@HxRequest
	@GetMapping("/consents")
	String consentResults(@Valid @ModelAttribute("filter") PhoneFilterFormData filter, BindingResult errors,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addConsents(filter, page, model);
		return "admin/whatsapp/consents :: consent-results";
	}

	private void addConversations(PhoneFilterFormData filter, @Nullable String page, Model model) {
		model.addAttribute("results",
				queries.conversations(filter.chosenPhone(), PageRequest.of(Pages.number(page), PAGE_SIZE)));
	}

	private void addMessages(MessageFilterFormData filter, @Nullable String page, Model model) {
		model.addAttribute("results", log.messages(filter.toFilter(), PageRequest.of(Pages.number(page), PAGE_SIZE)));
		model.addAttribute("directions", MessageFilterFormData.DIRECTIONS);
		model.addAttribute("statuses", MessageFilterFormData.STATUSES);
	}

	private void addConsents(PhoneFilterFormData filter, @Nullable String page, Model model) {
		model.addAttribute("results",
				queries.consents(filter.chosenPhone(), PageRequest.of(Pages.number(page), PAGE_SIZE)));
	}

}
