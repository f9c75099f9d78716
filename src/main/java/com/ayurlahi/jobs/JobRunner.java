package com.ayurlahi.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import com.ayurlahi.common.NotFoundException;

import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

/**
 * Runs the application's Spring Batch jobs by name. A run takes the job's lock first
 * (ShedLock, a row in the database), so when two instances, or a schedule and an admin,
 * start the same job at the same moment, one runs it and the other is told so; the lock
 * is released when the run ends, however it ends. Each run is a new job instance (its
 * start time is a parameter). The lock is held for {@link #LOCK_LEASE} at a time and kept
 * alive while the run goes on, so the lock of an instance that died (kill -9, power cut)
 * is free again within the lease.
 * <p>
 * A run whose instance died stays STARTED in the job repository. Whoever takes the job's
 * lock next knows that no live instance runs it, so it marks that run FAILED (Spring
 * Batch's {@code recover}) and restarts its job instance instead of starting a new one:
 * the steps that completed are skipped and the interrupted step goes on from its last
 * committed chunk. Every instance looks for such runs every
 * {@code ayurlahi.jobs.resume-interval}, so an interrupted run is resumed soon after a
 * crash, without waiting for the job's schedule.
 * <p>
 * Schedules {@linkplain #run run} a job in their own thread and see how it went; the
 * console and the API {@linkplain #start start} one in the background and follow its
 * execution in the job repository.
 */
@Service
public class JobRunner implements DisposableBean {

	/**
	 * A run that has not ended after this long is shown as no longer in progress: its
	 * instance died and no instance has resumed it yet.
	 */
	static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

	/**
	 * How long a job's lock is held at a time; a live run extends it every half lease
	 * (ShedLock's keep-alive, whose shortest lease this is).
	 */
	static final Duration LOCK_LEASE = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final Map<String, Job> jobs;

	private final JobOperator operator;

	private final BackgroundLauncher background;

	private final JobRepository repository;

	private final LockProvider locks;

	private final Clock clock;

	private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "job-lock-keep-alive");
		thread.setDaemon(true);
		return thread;
	});

	JobRunner(List<Job> jobs, JobOperator operator, BackgroundLauncher background, JobRepository repository,
			LockProvider locks, Clock clock) {
		this.jobs = jobs.stream()
			.collect(Collectors.toMap(Job::getName, Function.identity(), (a, b) -> a, TreeMap::new));
		this.operator = operator;
		this.background = background;
		this.repository = repository;
		this.locks = locks instanceof ExtensibleLockProvider extensible
				? new KeepAliveLockProvider(extensible, keepAlive) : locks;
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
			Optional<JobExecution> interrupted = recoverInterrupted(jobName);
			if (interrupted.isPresent()) {
				JobExecution resumed = Restarts.nextExecution(repository, interrupted.get());
				job.execute(resumed);
				return Optional.of(JobRun.of(resumed));
			}
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
			Optional<JobExecution> interrupted = recoverInterrupted(jobName);
			if (interrupted.isPresent()) {
				return Optional.of(background.relaunch(job, interrupted.get(), lock.get()::unlock));
			}
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

	/**
	 * Resumes, in the background, each job that has a run its instance left unfinished,
	 * unless a live run holds the job's lock.
	 */
	@Scheduled(initialDelayString = "${ayurlahi.jobs.resume-interval}",
			fixedDelayString = "${ayurlahi.jobs.resume-interval}")
	void resumeInterrupted() {
		for (String jobName : jobs.keySet()) {
			if (!repository.findRunningJobExecutions(jobName).isEmpty()) {
				start(jobName).ifPresent(run -> log.info("Job {}: an interrupted run resumed as execution {}", jobName,
						run.executionId()));
			}
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
		return locks.lock(new LockConfiguration(clock.instant(), jobName, LOCK_LEASE, Duration.ZERO));
	}

	/**
	 * The job's runs that never ended, marked FAILED (with their unfinished steps) so
	 * that their job instance can be restarted; the latest of them. Called with the job's
	 * lock held: no live instance runs the job, so such a run was left by one that died.
	 */
	private Optional<JobExecution> recoverInterrupted(String jobName) {
		List<JobExecution> interrupted = repository.findRunningJobExecutions(jobName)
			.stream()
			.map(running -> repository.getJobExecution(running.getId()))
			.filter(execution -> execution != null)
			.sorted(Comparator.comparing(JobExecution::getId).reversed())
			.toList();
		for (JobExecution execution : interrupted) {
			log.warn("Job {}: execution {} was left unfinished by an instance that stopped; recovering it", jobName,
					execution.getId());
			operator.recover(execution);
			execution.setExitStatus(ExitStatus.FAILED.addExitDescription(Restarts.INTERRUPTED));
			repository.update(execution);
		}
		return interrupted.stream().findFirst();
	}

	@Override
	public void destroy() {
		keepAlive.shutdownNow();
	}

	private JobParameters newInstance() {
		return new JobParametersBuilder().addLong("requestedAt", clock.millis()).toJobParameters();
	}

}
