package com.ayurlahi.jobs.web;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.jobs.JobRunner;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The admin console's background jobs: the latest runs of each job with their counts, and
 * "Run now" for ADMIN (SUPPORT looks on). A run started here goes on in the background;
 * while any run is in progress the page's list of jobs asks for itself again every two
 * seconds (the htmx twin below), and stops once none is.
 */
@Controller
class AdminJobsController {

	private static final int RUNS_SHOWN = 10;

	private final JobRunner jobs;

	AdminJobsController(JobRunner jobs) {
		this.jobs = jobs;
	}

	@Bean
	static NavigationItem adminJobsNavigation() {
		return new NavigationItem(Portal.ADMIN, "Jobs", "/admin/jobs", 70);
	}

	@GetMapping("/admin/jobs")
	String jobs(Model model) {
		model.addAttribute("recent", jobs.recent(RUNS_SHOWN));
		return "admin/jobs";
	}

	@HxRequest
	@GetMapping("/admin/jobs")
	String jobList(Model model) {
		model.addAttribute("recent", jobs.recent(RUNS_SHOWN));
		return "admin/jobs :: jobs";
	}

	@PostMapping("/admin/jobs/{jobName}/run")
	@PreAuthorize("hasRole('ADMIN')")
	String run(@PathVariable String jobName, RedirectAttributes redirect) {
		jobs.start(jobName)
			.ifPresentOrElse(
					run -> FlashMessage.success(redirect,
							"The " + jobName + " job started as run " + run.executionId() + "."),
					() -> FlashMessage.warning(redirect,
							"The " + jobName + " job is already running; that run covers it."));
		return "redirect:/admin/jobs";
	}

}
