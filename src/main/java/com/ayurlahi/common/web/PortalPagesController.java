package com.ayurlahi.common.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public landing page, the admin console's dashboard (the clinic and manufacturer
 * homes belong to their modules) and the favicon's old address. Which roles may open a
 * portal is decided by the security configuration, not here.
 */
@Controller
class PortalPagesController {

	@GetMapping("/")
	String landing() {
		return "public/landing";
	}

	@GetMapping("/admin")
	String adminHome() {
		return "admin/home";
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
