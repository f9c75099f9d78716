package com.ayurlahi.notifications.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import com.ayurlahi.notifications.NotificationCenter;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The header's notifications: loaded by htmx once a portal page is shown, marked read on
 * request.
 */
@Controller
class NotificationsController {

	private static final int SHOWN = 10;

	private final NotificationCenter notifications;

	NotificationsController(NotificationCenter notifications) {
		this.notifications = notifications;
	}

	@HxRequest
	@GetMapping("/notifications")
	String unread(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("notifications", notifications.unread(user.id(), SHOWN));
		model.addAttribute("unreadCount", notifications.unreadCount(user.id()));
		return "fragments/notifications :: notifications";
	}

	@HxRequest
	@PostMapping("/notifications/read")
	String markRead(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		notifications.markAllRead(user.id());
		model.addAttribute("notifications", List.of());
		model.addAttribute("unreadCount", 0);
		return "fragments/notifications :: notifications";
	}

	/** Without JavaScript: mark read and go back. */
	@PostMapping("/notifications/read")
	String markReadAndReturn(@AuthenticationPrincipal AuthenticatedUser user) {
		notifications.markAllRead(user.id());
		return "redirect:" + user.role().portal().path();
	}

}
