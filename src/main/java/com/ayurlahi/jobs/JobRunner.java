package com.ayurlahi.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

import com.ayurlahi.common.NotFoundException;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Runs the application's Spring Batch jobs by name. A run takes the job's lock first
 * (ShedLock, a row in the database), so when two instances, or a schedule and an admin,
 * start the same job at the same moment, one runs it and the other is told so; the lock
 * is released when the run ends, however it ends. Each run is a new job instance (its
 * start time is a parameter); the jobs are written so that a run after a crash picks up
 * what the crashed one left.
 * <p>
 * Schedules {@linkplain #run run} a job in their own thread and see how it went; the
 * console and the API {@linkplain #start start} one in the background and follow its
 * execution in the job repository.
 */
@Service
public class JobRunner {

	/** Longer than any run: a lock whose instance died is released after this. */
	static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

	private final Map<String, Job> jobs;

	private final JobOperator operator;

	private final BackgroundLauncher background;

	private final JobRepository repository;

	private final LockProvider locks;

	private final Clock clock;

	JobRunner(List<Job> jobs, JobOperator operator, BackgroundLauncher background, JobRepository repository,
			LockProvider locks, Clock clock) {
		this.jobs = jobs.stream()
			.collect(Collectors.toMap(Job::getName, Function.identity(), (a, b) -> a, TreeMap::new));
		this.operator = operator;
		this.background = background;
		this.repository = repository;
		this.locks = locks;
		this.clock = clock;
	}

	public Collection<String> jobNames() {
		return jobs.keySet();
	}

	/**
	 * Runs the job here and now, in the caller's thread, and answers with how it ended;
	 * unless another run of it holds its lock: then nothing runs and the answer is empty.
	 * @throws NotFoundException when there is no job of that name
	 */
	public Optional<JobRun> run(String jobName) {
		Job job = job(jobName);
		Optional<SimpleLock> lock = lock(jobName);
		if (lock.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(JobRun.of(operator.start(job, newInstance())));
		}
		catch (JobExecutionException refused) {
			throw new IllegalStateException("Job " + jobName + " could not be started", refused);
		}
		finally {
			lock.get().unlock();
		}
	}

	/**
	 * Starts the job in the background and answers at once with its new execution
	 * (STARTING; its id is what to follow); unless another run of it holds its lock: then
	 * nothing starts and the answer is empty. The lock is taken here, in the caller's
	 * thread, and released when the background run ends, or at once when the job cannot
	 * be started.
	 * @throws NotFoundException when there is no job of that name
	 */
	public Optional<JobRun> start(String jobName) {
		Job job = job(jobName);
		Optional<SimpleLock> lock = lock(jobName);
		if (lock.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(background.launch(job, newInstance(), lock.get()::unlock));
		}
		catch (JobExecutionException refused) {
			lock.get().unlock();
			throw new IllegalStateException("Job " + jobName + " could not be started", refused);
		}
		catch (RuntimeException | Error failed) {
			lock.get().unlock();
			throw failed;
		}
	}

	public Optional<JobRun> execution(long executionId) {
		try {
			return Optional.ofNullable(repository.getJobExecution(executionId)).map(JobRun::of);
		}
		catch (EmptyResultDataAccessException unknown) {
			return Optional.empty();
		}
	}

	/** The latest runs of each job, newest first, as they are now. */
	public RecentRuns recent(int perJob) {
		Map<String, List<JobRun>> runs = new TreeMap<>();
		for (String name : jobs.keySet()) {
			runs.put(name,
					repository.getJobInstances(name, 0, perJob)
						.stream()
						.map(repository::getLastJobExecution)
						.filter(execution -> execution != null)
						.map(JobRun::of)
						.toList());
		}
		// Spring Batch stamps executions with the JVM's local time.
		return new RecentRuns(runs, LocalDateTime.now(clock.withZone(ZoneId.systemDefault())));
	}

	private Job job(String jobName) {
		Job job = jobs.get(jobName);
		if (job == null) {
			throw new NotFoundException("There is no job called " + jobName + ".");
		}
		return job;
	}

	private Optional<SimpleLock> lock(String jobName) {
		return locks.lock(new LockConfiguration(clock.instant(), jobName, LOCK_AT_MOST, Duration.ZERO));
	}

	private JobParameters newInstance() {
		return new JobParametersBuilder().addLong("requestedAt", clock.millis()).toJobParameters();
	}

}
