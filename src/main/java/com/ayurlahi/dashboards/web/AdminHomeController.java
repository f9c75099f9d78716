package com.ayurlahi.dashboards.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.ayurlahi.dashboards.TeamDashboard;

/**
 * The admin console's home: the team's dashboard above the console's sections. Which
 * roles may open it is decided by the security configuration.
 */
@Controller
class AdminHomeController {

	private final TeamDashboard dashboard;

	AdminHomeController(TeamDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/admin")
	String home(Model model) {
		model.addAttribute("dashboard", dashboard.now());
		return "admin/home";
	}

}
