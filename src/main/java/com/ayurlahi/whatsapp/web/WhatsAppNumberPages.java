package com.ayurlahi.whatsapp.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.whatsapp.NoticeKind;
import com.ayurlahi.whatsapp.WhatsAppChannel;
import com.ayurlahi.whatsapp.WhatsAppNumbers;
import com.ayurlahi.whatsapp.WhatsAppNumbers.NumberStatus;

/**
 * {@code /clinic/whatsapp} and {@code /manufacturer/whatsapp}: the user's WhatsApp number
 * (given, then verified with the code sent to it) and the notifications it wants there.
 * The page says when WhatsApp is off, in which case everything stays in the app.
 */
@Controller
@RequestMapping({ "/clinic/whatsapp", "/manufacturer/whatsapp" })
class WhatsAppNumberPages {

	private static final String PAGE = "whatsapp/number";

	private final WhatsAppNumbers numbers;

	private final WhatsAppChannel channel;

	WhatsAppNumberPages(WhatsAppNumbers numbers, WhatsAppChannel channel) {
		this.numbers = numbers;
		this.channel = channel;
	}

	@Bean
	static NavigationItem clinicWhatsAppNavigation() {
		return new NavigationItem(Portal.CLINIC, "WhatsApp", "/clinic/whatsapp", 50);
	}

	@Bean
	static NavigationItem manufacturerWhatsAppNavigation() {
		return new NavigationItem(Portal.MANUFACTURER, "WhatsApp", "/manufacturer/whatsapp", 40);
	}

	record PhoneFormData(@NotBlank(message = "Enter your WhatsApp number.") @Size(max = 20) String phone) {
	}

	record CodeFormData(@NotBlank(message = "Enter the code.") @Pattern(regexp = "\\s*\\d{6}\\s*",
			message = "The code is the six digits sent to you on WhatsApp.") String code) {
	}

	/** The kinds of notification to receive; every other kind is turned off. */
	record NotificationsFormData(@Nullable Set<NoticeKind> on) {
	}

	@GetMapping
	String page(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		NumberStatus status = numbers.of(user).orElse(null);
		model.addAttribute("phoneForm", new PhoneFormData(status == null ? "" : "+" + status.phone()));
		model.addAttribute("codeForm", new CodeFormData(""));
		Set<NoticeKind> on = EnumSet.copyOf(choices(user));
		on.removeAll(numbers.mutedKinds(user));
		model.addAttribute("notificationsForm", new NotificationsFormData(on));
		return page(user, status, model);
	}

	@PostMapping("/number")
	String sendCode(@AuthenticationPrincipal AuthenticatedUser user,
			@Valid @ModelAttribute("phoneForm") PhoneFormData form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				String phone = numbers.sendCode(user, form.phone());
				FlashMessage.success(redirect, "We sent a six-digit code to " + NumberStatus.display(phone)
						+ " on WhatsApp. Type it below within 10 minutes.");
				return "redirect:" + base(user);
			}
			catch (InvalidInputException | ConflictException refused) {
				FormErrors.reject(errors, refused, "phone");
			}
		}
		model.addAttribute("codeForm", new CodeFormData(""));
		return pageAgain(user, model);
	}

	@PostMapping("/verify")
	String verify(@AuthenticationPrincipal AuthenticatedUser user, @Valid @ModelAttribute("codeForm") CodeFormData form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				NumberStatus verified = numbers.verify(user, form.code());
				FlashMessage.success(redirect, NumberStatus.display(verified.phone()) + " is verified."
						+ (user.role().name().equals("CLINIC") ? " Say hi to Ayurlahi on WhatsApp to order." : ""));
				return "redirect:" + base(user);
			}
			catch (InvalidInputException | ConflictException refused) {
				FormErrors.reject(errors, refused, "code");
			}
		}
		NumberStatus status = numbers.of(user).orElse(null);
		model.addAttribute("phoneForm", new PhoneFormData(status == null ? "" : "+" + status.phone()));
		return pageAgain(user, model);
	}

	@PostMapping("/notifications")
	String notifications(@AuthenticationPrincipal AuthenticatedUser user,
			@ModelAttribute("notificationsForm") NotificationsFormData form, RedirectAttributes redirect) {
		Set<NoticeKind> muted = EnumSet.copyOf(choices(user));
		if (form.on() != null) {
			muted.removeAll(form.on());
		}
		numbers.mute(user, muted);
		FlashMessage.success(redirect, "Your WhatsApp notifications are saved.");
		return "redirect:" + base(user);
	}

	private String pageAgain(AuthenticatedUser user, Model model) {
		if (!model.containsAttribute("notificationsForm")) {
			Set<NoticeKind> on = EnumSet.copyOf(choices(user));
			on.removeAll(numbers.mutedKinds(user));
			model.addAttribute("notificationsForm", new NotificationsFormData(on));
		}
		if (!model.containsAttribute("phoneForm")) {
			model.addAttribute("phoneForm", new PhoneFormData(""));
		}
		if (!model.containsAttribute("codeForm")) {
			model.addAttribute("codeForm", new CodeFormData(""));
		}
		return page(user, numbers.of(user).orElse(null), model);
	}

	private String page(AuthenticatedUser user, @Nullable NumberStatus status, Model model) {
		model.addAttribute("number", status);
		model.addAttribute("base", base(user));
		model.addAttribute("channelOn", channel.isOn());
		model.addAttribute("kinds", choices(user));
		model.addAttribute("clinic", user.role().name().equals("CLINIC"));
		return PAGE;
	}

	private static List<NoticeKind> choices(AuthenticatedUser user) {
		return NoticeKind.choicesFor(user.role().portal());
	}

	private static String base(AuthenticatedUser user) {
		return user.role().portal().path() + "/whatsapp";
	}

}
