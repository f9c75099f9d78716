package com.ayurlahi.auth.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.ayurlahi.auth.TooManyResetRequestsException;
import com.ayurlahi.auth.internal.PasswordResets;
import com.ayurlahi.auth.internal.PasswordResets.Channel;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;

/**
 * "Forgot password?": the user asks for a reset by email (a one-time link) or by WhatsApp
 * (a six-digit code to their verified number), and sets a new password with it. The page
 * answers the same whether or not the address has an account.
 */
@Controller
class PasswordRecoveryController {

	private final PasswordResets resets;

	PasswordRecoveryController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/forgot-password")
	String form(Model model) {
		model.addAttribute("forgot", ForgotPasswordFormData.empty(resets.emailAvailable() ? "EMAIL" : "WHATSAPP"));
		return forgotPage(model);
	}

	@PostMapping("/forgot-password")
	String request(@Valid @ModelAttribute("forgot") ForgotPasswordFormData form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Channel channel = "WHATSAPP".equals(form.channel()) ? Channel.WHATSAPP : Channel.EMAIL;
		if (channel == Channel.EMAIL && !resets.emailAvailable()) {
			errors.rejectValue("channel", "unavailable", "Reset by email is unavailable; use WhatsApp.");
		}
		if (errors.hasErrors()) {
			return forgotPage(model);
		}
		try {
			resets.request(String.valueOf(form.email()), channel, request.getRemoteAddr(),
					ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		}
		catch (TooManyResetRequestsException tooMany) {
			errors.reject("tooMany", String.valueOf(tooMany.getMessage()));
			return forgotPage(model);
		}
		if (channel == Channel.WHATSAPP) {
			FlashMessage.info(redirect, "If this account has a verified WhatsApp number, we have sent a code to it. "
					+ "It works for " + PasswordResets.CODE_VALID.toMinutes() + " minutes.");
			redirect.addAttribute("email", form.email());
			return "redirect:/reset-password/code";
		}
		FlashMessage.info(redirect, "If an account uses " + form.email()
				+ ", we have sent it an email with a link to set a new password. Check your inbox.");
		return "redirect:/login";
	}

	@GetMapping("/reset-password")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		if (token.length() > 100 || !resets.linkWorks(token)) {
			model.addAttribute("linkBroken", true);
		}
		model.addAttribute("reset", new ResetPasswordFormData(token, null));
		return "public/reset-password";
	}

	@PostMapping("/reset-password")
	String reset(@Valid @ModelAttribute("reset") ResetPasswordFormData form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				resets.resetWithLink(String.valueOf(form.token()), String.valueOf(form.newPassword()));
				return signInAgain(redirect);
			}
			catch (InvalidInputException refused) {
				if ("token".equals(refused.field())) {
					model.addAttribute("linkBroken", true);
				}
				FormErrors.reject(errors, refused, "newPassword");
			}
		}
		return "public/reset-password";
	}

	@GetMapping("/reset-password/code")
	String codeForm(@RequestParam(required = false) @Nullable String email, Model model) {
		model.addAttribute("reset", new ResetWithCodeFormData(email, null, null));
		return "public/reset-code";
	}

	@PostMapping("/reset-password/code")
	String resetWithCode(@Valid @ModelAttribute("reset") ResetWithCodeFormData form, BindingResult errors,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				resets.resetWithCode(String.valueOf(form.email()), String.valueOf(form.code()),
						String.valueOf(form.newPassword()));
				return signInAgain(redirect);
			}
			catch (InvalidInputException refused) {
				FormErrors.reject(errors, refused, "code");
			}
		}
		return "public/reset-code";
	}

	private String forgotPage(Model model) {
		model.addAttribute("emailAvailable", resets.emailAvailable());
		model.addAttribute("whatsAppAvailable", resets.whatsAppAvailable());
		return "public/forgot-password";
	}

	private static String signInAgain(RedirectAttributes redirect) {
		FlashMessage.success(redirect, "Your password is changed. Sign in with your new password.");
		return "redirect:/login";
	}

}
