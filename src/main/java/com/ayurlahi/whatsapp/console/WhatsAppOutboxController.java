package com.ayurlahi.whatsapp.console;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.whatsapp.WhatsAppNumbers;

/**
 * The outbox as the team sees it: the messages still to go, oldest first, with their
 * attempts and the last try's error; and those that failed or were not sent, with why. An
 * ADMIN has one of those sent again (SUPPORT reads).
 */
@Controller
class WhatsAppOutboxController {

	private static final String OUTBOX = "/admin/whatsapp/outbox";

	private static final int PAGE_SIZE = 25;

	/** How many waiting messages the page lists. */
	private static final int WAITING_SHOWN = 50;

	private final MessageLog log;

	private final OutboxRetry retry;

	WhatsAppOutboxController(MessageLog log, OutboxRetry retry) {
		this.log = log;
		this.retry = retry;
	}

	@GetMapping(OUTBOX)
	String outbox(@RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("waiting", log.waiting(WAITING_SHOWN));
		model.addAttribute("waitingCount", log.waitingCount());
		model.addAttribute("problems", log.failedOrNotSent(PageRequest.of(Pages.number(page), PAGE_SIZE)));
		return "admin/whatsapp/outbox";
	}

	@PostMapping(OUTBOX + "/{messageId}/retry")
	@PreAuthorize("hasRole('ADMIN')")
	String retry(@PathVariable UUID messageId, @AuthenticationPrincipal AuthenticatedUser admin,
			RedirectAttributes redirect) {
		try {
			OutboxRetry.Retried retried = retry.retry(messageId, Actor.user(admin.id(), admin.role().name()));
			FlashMessage.success(redirect,
					"The message to " + WhatsAppNumbers.NumberStatus.display(retried.phone()) + " that "
							+ (retried.before() == MessageStatus.FAILED ? "failed" : "was not sent")
							+ " is back in the outbox and goes again now.");
		}
		catch (ConflictException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return "redirect:" + OUTBOX;
	}

}
