package com.ayurlahi.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

import com.ayurlahi.common.NotFoundException;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;

/**
 * Runs the application's Spring Batch jobs by name. A run takes the job's lock first (ShedLock, a row in the
 * database), so when two instances, or a schedule and an admin, start the same job at the same moment, one runs
 * it and the other is told so. Each run is a new job instance (its start time is a parameter); the jobs are
 * written so that a run after a crash picks up what the crashed one left.
 */
@Service
public class JobRunner {

    /** Longer than any run: a lock whose instance died is released after this. */
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

    private final Map<String, Job> jobs;
    private final JobOperator operator;
    private final JobRepository repository;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    JobRunner(List<Job> jobs, JobOperator operator, JobRepository repository, LockingTaskExecutor locks, Clock clock) {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity(), (a, b) -> a, TreeMap::new));
        this.operator = operator;
        this.repository = repository;
        this.locks = locks;
        this.clock = clock;
    }

    public Collection<String> jobNames() {
        return jobs.keySet();
    }

    /**
     * Runs the job here and now, unless another run of it holds its lock: then nothing runs and the answer is
     * empty.
     */
    public Optional<JobRun> run(String jobName) {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new NotFoundException("There is no job called " + jobName + ".");
        }
        TaskResult<JobExecution> result;
        try {
            result = locks.executeWithLock(() -> operator.start(job, new JobParametersBuilder()
                            .addLong("requestedAt", clock.millis()).toJobParameters()),
                    new LockConfiguration(clock.instant(), jobName, LOCK_AT_MOST, Duration.ZERO));
        } catch (RuntimeException failed) {
            throw failed;
        } catch (Throwable failed) {
            throw new IllegalStateException("Job " + jobName + " could not be started", failed);
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()).map(JobRun::of) : Optional.empty();
    }

    public Optional<JobRun> execution(long executionId) {
        try {
            return Optional.ofNullable(repository.getJobExecution(executionId)).map(JobRun::of);
        } catch (EmptyResultDataAccessException unknown) {
            return Optional.empty();
        }
    }

    /** The latest runs of each job, newest first. */
    public Map<String, List<JobRun>> recent(int perJob) {
        Map<String, List<JobRun>> runs = new TreeMap<>();
        for (String name : jobs.keySet()) {
            runs.put(name, repository.getJobInstances(name, 0, perJob).stream()
                    .map(repository::getLastJobExecution)
                    .filter(execution -> execution != null)
                    .map(JobRun::of)
                    .toList());
        }
        return runs;
    }
}
