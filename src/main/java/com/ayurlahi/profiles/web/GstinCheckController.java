package com.ayurlahi.profiles.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.common.gst.Gstin;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * Checks a GSTIN while it is typed into a profile form and names its state, or says what
 * is wrong. The form checks it again on submit, so this only makes the mistake visible
 * sooner.
 */
@Controller
class GstinCheckController {

	@HxRequest
	@GetMapping("/gstin-check")
	String check(@RequestParam(defaultValue = "") String gstin, Model model) {
		String normalized = Gstin.normalize(gstin.length() > 40 ? gstin.substring(0, 40) : gstin);
		if (!normalized.isEmpty()) {
			Gstin.problemWith(normalized)
				.ifPresentOrElse(problem -> model.addAttribute("gstinProblem", problem),
						() -> model.addAttribute("gstinState", Gstin.parse(normalized).state()));
		}
		return "profiles/fragments :: gstin-check";
	}

}
