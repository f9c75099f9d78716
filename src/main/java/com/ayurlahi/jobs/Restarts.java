package com.ayurlahi.jobs;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The next execution of a job instance whose run was interrupted, as Spring Batch's own
 * restart makes it: same instance, same parameters, the interrupted execution's context.
 * Run, the job skips the steps that completed and goes on with the one that did not, from
 * what that step's last committed chunk recorded.
 */
final class Restarts {

	/** The mark Spring Batch's {@code JobOperator.recover} leaves in a context. */
	private static final String RECOVERED = "batch.recovered";

	/** What a run that its instance left unfinished says, once it has been recovered. */
	static final String INTERRUPTED = "Interrupted: the instance running it stopped before the run ended;"
			+ " a later run of the same instance went on from where it stopped.";

	private Restarts() {
	}

	static JobExecution nextExecution(JobRepository repository, JobExecution interrupted) {
		ExecutionContext context = new ExecutionContext(interrupted.getExecutionContext());
		context.remove(RECOVERED);
		return repository.createJobExecution(interrupted.getJobInstance(), interrupted.getJobParameters(), context);
	}

}
