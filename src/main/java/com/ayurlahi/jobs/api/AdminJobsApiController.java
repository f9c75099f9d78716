package com.ayurlahi.jobs.api;

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
 * {@code /api/admin/jobs}: ADMIN runs a background job now and reads an execution. The run happens before the
 * answer (202 with its execution id); when another instance is running the same job, nothing runs (409).
 */
@RestController
@RequestMapping("/api/admin/jobs")
@PreAuthorize("hasRole('ADMIN')")
class AdminJobsApiController {

    private final JobRunner jobs;

    AdminJobsApiController(JobRunner jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/{jobName}/run")
    ResponseEntity<Map<String, Long>> run(@PathVariable String jobName) {
        JobRun run = jobs.run(jobName).orElseThrow(() -> new ConflictException(
                "The " + jobName + " job is running elsewhere right now; its run covers this request."));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/admin/jobs/executions/" + run.executionId()))
                .body(Map.of("executionId", run.executionId()));
    }

    @GetMapping("/executions/{executionId}")
    JobRun execution(@PathVariable long executionId) {
        return jobs.execution(executionId).orElseThrow(() -> new NotFoundException("There is no such job execution."));
    }
}
