package com.ayurlahi.jobs;

import static com.ayurlahi.jobs.TestJobs.GATED;
import static com.ayurlahi.jobs.TestJobs.REFUSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.jobs.TestJobs.Gate;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.TestDatabase;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Jobs started from the console and the API run in the background: the start answers at
 * once with the new execution while the job is still at work (held at a gate by the
 * test), and the execution is then seen to end. A second start while a run holds the
 * job's lock starts nothing; the lock is released when a run fails, when a job cannot
 * start at all and when the application is shutting down and starts nothing more; the
 * jobs page refreshes its list only while a run is in progress. Runs on a database of its
 * own, so no other test's runs are in progress on its pages.
 */
@IntegrationTest
@Import(TestJobs.class)
@TestPropertySource(
		properties = { TestDatabase.PURPOSE_PROPERTY + "=background-jobs", "ayurlahi.payments.sweep-interval=1h" })
class BackgroundJobsIT {

	@Autowired
	JobRunner jobs;

	@Autowired
	Gate gate;

	@Autowired
	LockProvider locks;

	@Autowired
	JobRepository repository;

	@Autowired
	@Qualifier("gatedTestJob")
	Job gatedJob;

	@Autowired
	JobOperator operator;

	@Autowired
	Clock clock;

	@Autowired
	UserManagement users;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@BeforeEach
	void closeTheGate() {
		gate.close(false);
	}

	@AfterEach
	void letAnyRunFinish() {
		gate.open();
		await().atMost(Duration.ofSeconds(20)).until(() -> isFree(GATED));
	}

	@Test
	void startAnswersAtOnceAndTheRunIsThenSeenToComplete() throws Exception {
		JobRun started = jobs.start(GATED).orElseThrow();

		assertThat(started.status()).isEqualTo("STARTING");
		assertThat(gate.reached()).isTrue();
		assertThat(jobs.execution(started.executionId())).hasValueSatisfying(run -> {
			assertThat(run.status()).isEqualTo("STARTED");
			assertThat(run.isRunning()).isTrue();
		});

		gate.open();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jobs.execution(started.executionId())).hasValueSatisfying(run -> {
				assertThat(run.status()).isEqualTo("COMPLETED");
				assertThat(run.readCount()).isEqualTo(3);
				assertThat(run.writeCount()).isEqualTo(3);
				assertThat(run.endTime()).isNotNull();
			}));
	}

	@Test
	void aSecondStartWhileARunIsInProgressStartsNothing() throws Exception {
		JobRun first = jobs.start(GATED).orElseThrow();
		assertThat(gate.reached()).isTrue();
		long instances = repository.getJobInstanceCount(GATED);

		assertThat(jobs.start(GATED)).isEmpty();
		assertThat(jobs.run(GATED)).isEmpty();

		assertThat(repository.getJobInstanceCount(GATED)).isEqualTo(instances);
		gate.open();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jobs.execution(first.executionId()))
				.hasValueSatisfying(run -> assertThat(run.status()).isEqualTo("COMPLETED")));
	}

	@Test
	void whileAnotherInstanceHoldsTheLockTheConsoleWarnsAndTheApiAnswersConflict() throws Exception {
		SimpleLock held = locks.lock(lockOn(GATED)).orElseThrow();
		try {
			long instances = repository.getJobInstanceCount(GATED);

			MvcTestResult console = mvc.post()
				.uri("/admin/jobs/" + GATED + "/run")
				.with(as(staff(Role.ADMIN)))
				.with(csrf())
				.exchange();
			MvcTestResult api = new Api(mvc, tokens).post(staff(Role.ADMIN), "/api/admin/jobs/" + GATED + "/run", null);

			assertThat(console).hasRedirectedUrl("/admin/jobs");
			assertThat(flash(console)).isEqualTo(new FlashMessage(FlashMessage.Level.WARNING,
					"The " + GATED + " job is already running; that run covers it."));
			assertThat(api).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(jobs.start(GATED)).isEmpty();
			assertThat(repository.getJobInstanceCount(GATED)).isEqualTo(instances);
		}
		finally {
			held.unlock();
		}
	}

	@Test
	void theLockIsReleasedWhenARunFails() throws Exception {
		gate.close(true);
		JobRun started = jobs.start(GATED).orElseThrow();
		assertThat(gate.reached()).isTrue();
		assertThat(isFree(GATED)).isFalse();

		gate.open();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jobs.execution(started.executionId())).hasValueSatisfying(run -> {
				assertThat(run.status()).isEqualTo("FAILED");
				assertThat(run.exitDescription()).contains("Told to fail by the test.");
			}));
		await().atMost(Duration.ofSeconds(10)).until(() -> isFree(GATED));
	}

	@Test
	void aJobThatCannotStartReleasesItsLockAtOnce() {
		assertThatThrownBy(() -> jobs.start(REFUSING)).hasRootCauseInstanceOf(InvalidJobParametersException.class);
		assertThat(isFree(REFUSING)).isTrue();
		assertThat(repository.getJobInstances(REFUSING, 0, 1)).isEmpty();

		assertThatThrownBy(() -> jobs.run(REFUSING)).hasRootCauseInstanceOf(InvalidJobParametersException.class);
		assertThat(isFree(REFUSING)).isTrue();
	}

	@Test
	void aStartRefusedAtShutdownIsRecordedAsFailedAndReleasesTheLock() {
		BackgroundLauncher closed = new BackgroundLauncher(repository);
		closed.destroy();
		JobRunner shuttingDown = new JobRunner(List.of(gatedJob), operator, closed, repository, locks, clock);

		assertThatThrownBy(() -> shuttingDown.start(GATED)).isInstanceOf(TaskRejectedException.class);

		assertThat(isFree(GATED)).isTrue();
		JobExecution refused = repository.getLastJobExecution(repository.getLastJobInstance(GATED));
		assertThat(refused).isNotNull();
		assertThat(JobRun.of(refused)).satisfies(run -> {
			assertThat(run.status()).isEqualTo("FAILED");
			assertThat(run.endTime()).isNotNull();
			assertThat(run.exitDescription()).isEqualTo("Not started: the application is shutting down.");
		});
	}

	@Test
	void theJobListRefreshesItselfOnlyWhileARunIsInProgress() throws Exception {
		User admin = staff(Role.ADMIN);
		JobRun started = jobs.start(GATED).orElseThrow();
		assertThat(gate.reached()).isTrue();

		MvcTestResult whileRunning = mvc.get()
			.uri("/admin/jobs")
			.header("HX-Request", "true")
			.with(as(admin))
			.exchange();
		MvcTestResult page = mvc.get().uri("/admin/jobs").with(as(admin)).exchange();

		assertThat(whileRunning).hasStatusOk()
			.bodyText()
			.contains("data-testid=\"jobs\"", "hx-trigger=\"every 2s\"", "hx-get=\"/admin/jobs\"",
					"data-polling=\"true\"", "running for")
			.doesNotContain("<html");
		assertThat(page).hasStatusOk().bodyText().contains("<html", "hx-trigger=\"every 2s\"", "data-polling=\"true\"");

		gate.open();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jobs.execution(started.executionId()))
				.hasValueSatisfying(run -> assertThat(run.status()).isEqualTo("COMPLETED")));

		MvcTestResult afterwards = mvc.get().uri("/admin/jobs").header("HX-Request", "true").with(as(admin)).exchange();
		assertThat(afterwards).hasStatusOk()
			.bodyText()
			.contains("data-testid=\"jobs\"", "data-polling=\"false\"", "data-run=\"" + started.executionId() + "\"",
					"COMPLETED")
			.doesNotContain("hx-trigger", "hx-get", "running for", "<html");
	}

	@Test
	void anAdminStartsAJobFromTheConsoleAndSupportOnlyLooksOn() throws Exception {
		MvcTestResult started = mvc.post()
			.uri("/admin/jobs/" + GATED + "/run")
			.with(as(staff(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(started).hasRedirectedUrl("/admin/jobs");
		assertThat(gate.reached()).isTrue();
		long executionId = jobs.recent(1).byJob().get(GATED).getFirst().executionId();
		assertThat(flash(started)).isEqualTo(new FlashMessage(FlashMessage.Level.SUCCESS,
				"The " + GATED + " job started as run " + executionId + "."));

		User support = staff(Role.SUPPORT);
		MvcTestResult page = mvc.get().uri("/admin/jobs").with(as(support)).exchange();
		MvcTestResult refused = mvc.post()
			.uri("/admin/jobs/" + GATED + "/run")
			.with(as(support))
			.with(csrf())
			.exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("data-job=\"" + GATED + "\"", "data-run=\"" + executionId + "\"")
			.doesNotContain("data-testid=\"run-job\"");
		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theApiAnswersAtOnceAndTheExecutionIsThenReadAsCompleted() throws Exception {
		Api api = new Api(mvc, tokens);
		User admin = staff(Role.ADMIN);

		MvcTestResult started = api.post(admin, "/api/admin/jobs/" + GATED + "/run", null);

		assertThat(started).hasStatus(HttpStatus.ACCEPTED);
		long executionId = ((Number) Api.json(started).get("executionId")).longValue();
		assertThat(started).hasHeader("Location", "/api/admin/jobs/executions/" + executionId);
		assertThat(gate.reached()).isTrue();
		assertThat(api.get(admin, "/api/admin/jobs/executions/" + executionId)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("STARTED");
		assertThat(api.post(admin, "/api/admin/jobs/" + GATED + "/run", null)).hasStatus(HttpStatus.CONFLICT);

		gate.open();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(Api.json(api.get(admin, "/api/admin/jobs/executions/" + executionId)))
				.containsKeys("executionId", "jobName", "status", "startTime", "endTime", "readCount", "writeCount",
						"skipCount", "exitDescription")
				.containsEntry("executionId", (int) executionId)
				.containsEntry("jobName", GATED)
				.containsEntry("status", "COMPLETED")
				.containsEntry("readCount", 3)
				.containsEntry("writeCount", 3)
				.containsEntry("skipCount", 0));
		assertThat(api.post(admin, "/api/admin/jobs/no-such-job/run", null)).hasStatus(HttpStatus.NOT_FOUND);
	}

	private User staff(Role role) {
		return Accounts.create(users, role);
	}

	private static RequestPostProcessor as(User user) {
		return user(Accounts.principal(user));
	}

	private static Object flash(MvcTestResult result) {
		return result.getMvcResult().getFlashMap().get(FlashMessage.ATTRIBUTE);
	}

	private static LockConfiguration lockOn(String jobName) {
		return new LockConfiguration(Instant.now(), jobName, Duration.ofMinutes(1), Duration.ZERO);
	}

	/** Whether the job's lock can be taken now (it is given back at once). */
	private boolean isFree(String jobName) {
		Optional<SimpleLock> lock = locks.lock(lockOn(jobName));
		lock.ifPresent(SimpleLock::unlock);
		return lock.isPresent();
	}

}
