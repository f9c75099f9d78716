package com.ayurlahi.common.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public landing page and the favicon's old address (each portal's home belongs to
 * the dashboards and profiles modules).
 */
@Controller
class PortalPagesController {

	@GetMapping("/")
	String landing() {
		return "public/landing";
	}

	/**
	 * Browsers ask for {@code /favicon.ico} whatever the page links; ours is an SVG under
	 * /static.
	 */
	@GetMapping("/favicon.ico")
	String favicon() {
		return "redirect:/static/images/favicon.svg";
	}

}
