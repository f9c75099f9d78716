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
import com.ayurlahi.jobs.JobRun;
import com.ayurlahi.jobs.JobRunner;

/**
 * The admin console's background jobs: the latest runs of each job with their counts, and "Run now" for ADMIN
 * (SUPPORT looks on).
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
        model.addAttribute("runs", jobs.recent(RUNS_SHOWN));
        return "admin/jobs";
    }

    @PostMapping("/admin/jobs/{jobName}/run")
    @PreAuthorize("hasRole('ADMIN')")
    String run(@PathVariable String jobName, RedirectAttributes redirect) {
        jobs.run(jobName).ifPresentOrElse(
                run -> FlashMessage.success(redirect, "The " + jobName + " job ran: " + outcome(run)),
                () -> FlashMessage.warning(redirect, "The " + jobName + " job is running elsewhere right now; that run covers it."));
        return "redirect:/admin/jobs";
    }

    private static String outcome(JobRun run) {
        return run.status().toLowerCase() + (run.exitDescription().isBlank() ? "." : ". " + run.exitDescription());
    }
}
