package com.ayurlahi.whatsapp.simulator;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.whatsapp.Destinations;
import com.ayurlahi.whatsapp.simulator.SimulatorFailures.SendFailure;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The simulated phone, {@code /dev/whatsapp}: the conversation of a number (what the user
 * sent, what the channel sent with its ticks), polled by htmx while the page is open;
 * typing and tapping, posted to our webhook as Gupshup's callbacks; and the controls that
 * fail the next sends or the next delivery, or post the last callback again. It exists
 * only while the simulator stands in for Gupshup (never in prod). Like every page outside
 * the portals it needs a signed-in user, of any role: the demo clinic can try it.
 */
@Controller
@Conditional(UsesSimulator.class)
@RequestMapping("/dev/whatsapp")
class WhatsAppSimulatorController {

	private static final String PAGE = "dev/whatsapp";

	private final WhatsAppSimulator simulator;

	private final SimulatorAccess access;

	WhatsAppSimulatorController(WhatsAppSimulator simulator, SimulatorAccess access) {
		this.simulator = simulator;
		this.access = access;
	}

	@GetMapping
	String phone(@RequestParam(required = false) @Nullable String number, Model model) {
		String phone = simulator.settings().defaultNumber();
		try {
			phone = number == null || number.isBlank() ? phone : Destinations.checked(number);
		}
		catch (IllegalArgumentException wrong) {
			model.addAttribute("numberProblem", wrong.getMessage());
		}
		addPage(phone, null, model);
		return PAGE;
	}

	/**
	 * The page's polling: the conversation, or 204 (nothing to swap) while its version is
	 * still {@code since}.
	 */
	@HxRequest
	@GetMapping
	@Nullable String conversation(@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable Long since, Model model, HttpServletResponse response) {
		String phone = number == null || number.isBlank() ? simulator.settings().defaultNumber()
				: Destinations.checked(number);
		if (since != null && since == simulator.version(phone)) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		addPhone(phone, null, model);
		return PAGE + " :: conversation";
	}

	@PostMapping("/messages")
	String write(@Valid @ModelAttribute("message") MessageFormData message, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		String phone = sent(message, errors);
		if (phone == null) {
			addPage(String.valueOf(message.number()), message, model);
			return PAGE;
		}
		return backTo(phone, redirect);
	}

	@HxRequest
	@PostMapping("/messages")
	String writeFromPage(@Valid @ModelAttribute("message") MessageFormData message, BindingResult errors, Model model) {
		String phone = sent(message, errors);
		addPhone(phone != null ? phone : String.valueOf(message.number()), phone != null ? null : message, model);
		return PAGE + " :: phone";
	}

	@PostMapping("/taps")
	String tap(@RequestParam String number, @RequestParam long entry, @RequestParam int option,
			RedirectAttributes redirect) {
		try {
			simulator.tap(number, nameOf(Destinations.checked(number)), entry, option);
		}
		catch (IllegalArgumentException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return backTo(number, redirect);
	}

	@HxRequest
	@PostMapping("/taps")
	String tapFromPage(@RequestParam String number, @RequestParam long entry, @RequestParam int option, Model model) {
		String phone;
		try {
			phone = Destinations.checked(number);
			simulator.tap(phone, nameOf(phone), entry, option);
		}
		catch (IllegalArgumentException refused) {
			throw new ConflictException(String.valueOf(refused.getMessage()));
		}
		addPhone(phone, null, model);
		return PAGE + " :: phone";
	}

	@PostMapping("/resend")
	String resendLast(@RequestParam String number, RedirectAttributes redirect) {
		try {
			WebhookAnswer answer = simulator.resendLast(number);
			if (answer.ok()) {
				FlashMessage.success(redirect, "Posted the last callback again (the same message id): Ayurlahi's "
						+ "webhook answered " + answer.status() + ".");
			}
			else {
				FlashMessage.warning(redirect, "Posted the last callback again: " + answer.problem());
			}
		}
		catch (IllegalArgumentException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return backTo(number, redirect);
	}

	@PostMapping("/failures")
	String failNextSends(@RequestParam String number, @Valid @ModelAttribute("failure") FailureFormData failure,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors() || failure.count() == null || failure.failure() == null) {
			addPage(number, null, model);
			return PAGE;
		}
		simulator.failures().failNextSends(failure.count(), SendFailure.parse(failure.failure()));
		FlashMessage.info(redirect, simulator.failures().plan().sendsDescription());
		return backTo(number, redirect);
	}

	@PostMapping("/failures/delivery")
	String failNextDelivery(@RequestParam String number, @RequestParam String code, RedirectAttributes redirect) {
		if (!code.matches("[0-9]{3,6}")) {
			FlashMessage.warning(redirect, "A delivery fails with a Gupshup error code, such as 1006.");
		}
		else {
			simulator.failures().failNextDelivery(code);
			FlashMessage.info(redirect, "The delivery of the next message taken fails with code " + code + ".");
		}
		return backTo(number, redirect);
	}

	@PostMapping("/failures/clear")
	String clearFailures(@RequestParam String number, RedirectAttributes redirect) {
		simulator.failures().clear();
		FlashMessage.info(redirect, "Sends and deliveries go through again.");
		return backTo(number, redirect);
	}

	/**
	 * Posts the user's text; the number it went from, or null when the form is refused.
	 */
	private @Nullable String sent(MessageFormData message, BindingResult errors) {
		String phone = null;
		try {
			phone = Destinations.checked(String.valueOf(message.number()));
		}
		catch (IllegalArgumentException wrong) {
			errors.rejectValue("number", "number", String.valueOf(wrong.getMessage()));
		}
		if (phone == null || errors.hasErrors()) {
			return null;
		}
		simulator.write(phone, String.valueOf(message.name()).strip(), String.valueOf(message.text()));
		return phone;
	}

	private void addPage(String number, @Nullable MessageFormData message, Model model) {
		addPhone(number, message, model);
		Set<String> numbers = new LinkedHashSet<>();
		numbers.add(simulator.settings().defaultNumber());
		numbers.addAll(simulator.numbers());
		numbers.removeIf(other -> !access.mayOpen(other));
		model.addAttribute("numbers", numbers);
		model.addAttribute("plan", simulator.failures().plan());
		model.addAttribute("sendChoices", SimulatorFailures.sendChoices());
		model.addAttribute("codeChoices", SimulatorFailures.codeChoices());
		if (!model.containsAttribute("failure")) {
			model.addAttribute("failure", FailureFormData.suggested());
		}
		model.addAttribute("webhook", simulator.webhook());
	}

	private void addPhone(String number, @Nullable MessageFormData message, Model model) {
		model.addAttribute("number", number);
		model.addAttribute("conversation", simulator.show(number));
		model.addAttribute("message", message != null ? message : MessageFormData.empty(number, nameOf(number)));
	}

	private String nameOf(String number) {
		return simulator.name(number)
			.orElse(number.equals(simulator.settings().defaultNumber()) ? simulator.settings().defaultName()
					: "WhatsApp user " + number.substring(Math.max(0, number.length() - 4)));
	}

	private static String backTo(String number, RedirectAttributes redirect) {
		redirect.addAttribute("number", number);
		return "redirect:/dev/whatsapp";
	}

}
