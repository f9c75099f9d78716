package com.ayurlahi.jobs;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;

/**
 * Starts a new instance of a job on a thread of its own and answers with its execution,
 * already in the job repository, before the job does anything; {@code afterRun} runs on
 * that thread when the job has ended, however it ended. Either the launch throws and
 * {@code afterRun} never runs, or it returns and {@code afterRun} runs exactly once.
 * <p>
 * The execution is created here from the {@link JobRepository} rather than through an
 * asynchronous {@code TaskExecutorJobOperator}: that operator answers a refused hand-over
 * with a FAILED execution instead of an exception, so its caller could not tell that
 * {@code afterRun} (releasing the job's lock) will never run. The threads are not the
 * application's task executor's: those two serve the event listeners, and a job may run
 * for minutes.
 */
@Component
class BackgroundLauncher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BackgroundLauncher.class);

	private final JobRepository repository;

	private final SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("job-");

	BackgroundLauncher(JobRepository repository) {
		this.repository = repository;
	}

	/**
	 * The new execution as it was created (STARTING), for its id; the job repository has
	 * how it goes from there.
	 * @throws InvalidJobParametersException when the job's validator refuses the
	 * parameters (nothing is created)
	 * @throws TaskRejectedException when the application is shutting down (the execution
	 * is recorded as FAILED)
	 */
	JobRun launch(Job job, JobParameters parameters, Runnable afterRun) throws InvalidJobParametersException {
		job.getJobParametersValidator().validate(parameters);
		JobInstance instance = repository.createJobInstance(job.getName(), parameters);
		return hand(job, repository.createJobExecution(instance, parameters, new ExecutionContext()), afterRun);
	}

	/**
	 * Like {@link #launch}, but a new execution of the instance whose run was interrupted
	 * (already recovered as FAILED): the job goes on from the step that did not end, as a
	 * Spring Batch restart does.
	 */
	JobRun relaunch(Job job, JobExecution interrupted, Runnable afterRun) {
		return hand(job, Restarts.nextExecution(repository, interrupted), afterRun);
	}

	private JobRun hand(Job job, JobExecution execution, Runnable afterRun) {
		JobRun created = JobRun.of(execution);
		try {
			threads.execute(() -> run(job, execution, afterRun));
		}
		catch (TaskRejectedException shuttingDown) {
			execution.upgradeStatus(BatchStatus.FAILED);
			execution
				.setExitStatus(ExitStatus.FAILED.addExitDescription("Not started: the application is shutting down."));
			execution.setEndTime(LocalDateTime.now());
			repository.update(execution);
			throw shuttingDown;
		}
		return created;
	}

	private static void run(Job job, JobExecution execution, Runnable afterRun) {
		try {
			log.info("Job {} runs as execution {} in the background", job.getName(), execution.getId());
			job.execute(execution);
			log.info("Job {} (execution {}) ended {}", job.getName(), execution.getId(), execution.getStatus());
		}
		catch (JobInterruptedException | RuntimeException failed) {
			log.error("Job {} (execution {}) failed outside its steps", job.getName(), execution.getId(), failed);
		}
		finally {
			afterRun.run();
		}
	}

	@Override
	public void destroy() {
		threads.close();
	}

}
