package com.ayurlahi.mail.mailbox;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.mail.mailbox.DevMailbox.Received;

/**
 * {@code /dev/mailbox}: the emails the embedded mailbox received, newest first, with
 * their links ready to click. Open to anyone, signed in or not (a user who forgot their
 * password reads their reset email here), and only in development and tests.
 */
@Controller
@Conditional(UsesMailbox.class)
class DevMailboxController {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final DevMailbox mailbox;

	DevMailboxController(DevMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/dev/mailbox")
	String page(@RequestParam(defaultValue = "") String to, Model model) {
		model.addAttribute("to", to);
		model.addAttribute("emails", mailbox.to(to).stream().map(Shown::of).toList());
		return "dev/mailbox";
	}

	/** An email and the links in its text. */
	record Shown(Received email, List<String> links) {

		static Shown of(Received email) {
			Matcher links = LINK.matcher(email.text());
			return new Shown(email, links.results().map(match -> match.group()).toList());
		}

	}

}
