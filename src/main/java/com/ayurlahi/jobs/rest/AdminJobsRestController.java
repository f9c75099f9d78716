package com.ayurlahi.jobs.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.jobs.JobRun;
import com.ayurlahi.jobs.JobRunner;

/**
 * {@code /api/admin/jobs}: ADMIN starts a background job now and reads an execution. The
 * answer comes at once (202 with the new execution's id and its address) while the job
 * runs on; when another run of the same job is in progress, here or on another instance,
 * nothing starts (409).
 */
@RestController
@RequestMapping("/api/admin/jobs")
@PreAuthorize("hasRole('ADMIN')")
class AdminJobsRestController {

	private final JobRunner jobs;

	AdminJobsRestController(JobRunner jobs) {
		this.jobs = jobs;
	}

	@ApiResponse(responseCode = "202", description = "Started: its `executionId`", useReturnTypeSchema = true)
	@PostMapping("/{jobName}/run")
	ResponseEntity<Map<String, Long>> run(@PathVariable String jobName) {
		JobRun run = jobs.start(jobName)
			.orElseThrow(() -> new ConflictException(
					"The " + jobName + " job is already running; that run covers this request."));
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/admin/jobs/executions/" + run.executionId()))
			.body(Map.of("executionId", run.executionId()));
	}

	@GetMapping("/executions/{executionId}")
	JobRun execution(@PathVariable long executionId) {
		return jobs.execution(executionId).orElseThrow(() -> new NotFoundException("There is no such job execution."));
	}

}
