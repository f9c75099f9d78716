package com.ayurlahi.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.ayurlahi.test.DemoData;

/**
 * {@code kill -9} of the application while a job is half-way, then a restart on the same
 * database: the run its instance left STARTED is recovered as FAILED and the same job
 * instance is restarted by itself (no one asks), goes on from where it stopped and
 * completes, and every document or cancellation exists exactly once. One instance of the
 * built jar on a database of its own, killed twice: during the invoice-generation job and
 * during the payment-timeout sweep.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobCrashIT {

	private static final String ADMIN = "admin@demo.ayurlahi.in";

	/** Sahyadri Ayurveda, the demo manufacturer the seeded orders are from. */
	private static final String SAHYADRI_GSTIN = "27AABCS5678M1ZO";

	private FaultDatabase database;

	private JdbcClient sql;

	private AppInstance app;

	@BeforeAll
	void start(@TempDir Path dataDir) {
		database = new FaultDatabase("faults-job-crash");
		sql = database.sql();
		// The jobs run when the test starts them (and when they are resumed); chunks of
		// five invoices, so their commits are close together.
		app = new AppInstance("job-crash", database.url(), database.username(), database.password(), dataDir,
				List.of("--ayurlahi.invoices.sweep-interval=1h", "--ayurlahi.payments.sweep-interval=1h",
						"--ayurlahi.invoices.chunk-size=5"))
			.start();
	}

	@AfterAll
	void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void invoiceGenerationKilledHalfWayIsRestartedAndIssuesEveryInvoiceOnceWithConsecutiveNumbers() {
		int owed = 240;
		// The demo data's captures queue drains of the demo manufacturer's series, which
		// issue
		// whatever the series owes in transactions of their own: seeded while one is
		// under
		// way, these invoices would be issued by it as well as by the job.
		await("the demo data's documents issued, no drain under way").atMost(Duration.ofMinutes(2))
			.until(() -> sql.sql("select count(*) from invoice_requests where issued_at is null")
				.query(Long.class)
				.single() == 0);
		database.seed("owed-invoices.sql", owed);
		long executionId = startJob("invoice-generation");
		long instanceId = instanceOf(executionId);

		await("invoices issued before the kill").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> writes(executionId) >= 20);
		app.kill();

		long issuedAtCrash = seededInvoices();
		assertThat(issuedAtCrash).as("the job was killed half-way").isBetween(20L, owed - 1L);
		assertThat(status(executionId)).as("nobody told the job repository").isIn("STARTED", "STARTING");
		assertThat(writes(executionId)).as("each committed chunk recorded its writes with its invoices")
			.isEqualTo(issuedAtCrash);

		app.start();
		long resumedId = awaitCompletedRestart(instanceId, executionId);

		assertThat(status(executionId)).isEqualTo("FAILED");
		assertThat(exitMessage(executionId)).startsWith("Interrupted: the instance running it stopped");
		assertThat(stepWrites(resumedId, "issue-tax-invoices")).as("the restart issued only what was left")
			.isEqualTo(owed - issuedAtCrash);
		assertThat(seededInvoices()).isEqualTo(owed);
		assertThat(sql.sql("""
				select count(*) from orders o where o.order_number like 'FI-%'
				 and (select count(*) from invoices i where i.order_id = o.id and i.kind = 'TAX_INVOICE') <> 1""")
			.query(Long.class)
			.single()).as("orders without exactly one tax invoice").isZero();
		assertThat(sql
			.sql("select count(*) from invoice_requests r join orders o on o.id = r.order_id"
					+ " where o.order_number like 'FI-%' and r.issued_at is null")
			.query(Long.class)
			.single()).as("invoices still owed").isZero();
		assertConsecutive();
	}

	@Test
	void paymentTimeoutSweepKilledHalfWayIsRestartedAndCancelsEveryOrderOnce() {
		int pending = 300;
		long firstStock = stockOfSahyadriProduct(0);
		long secondStock = stockOfSahyadriProduct(1);
		database.seed("pending-orders.sql", pending);
		long executionId = startJob("payment-timeout-sweep");
		long instanceId = instanceOf(executionId);

		await("orders cancelled before the kill").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> writes(executionId) >= 20);
		app.kill();

		long cancelledAtCrash = cancelledSeededOrders();
		assertThat(cancelledAtCrash).as("the sweep was killed half-way").isBetween(20L, pending - 1L);
		assertThat(status(executionId)).isIn("STARTED", "STARTING");

		app.start();
		long resumedId = awaitCompletedRestart(instanceId, executionId);

		assertThat(status(executionId)).isEqualTo("FAILED");
		assertThat(stepWrites(resumedId, "settle-unpaid-orders")).as("the restart settled only what was left")
			.isEqualTo(pending - cancelledAtCrash);
		assertThat(cancelledSeededOrders()).isEqualTo(pending);
		assertThat(stockOfSahyadriProduct(0)).as("3 units back from each order, once")
			.isEqualTo(firstStock + 3L * pending);
		assertThat(stockOfSahyadriProduct(1)).as("2 units back from each order, once")
			.isEqualTo(secondStock + 2L * pending);
		List<Map<String, Object>> repeated = sql.sql("""
				select a.entity_id, a.action, count(*) as times from audit_entries a
				 where a.entity_id in (select cast(id as varchar) from orders where order_number like 'FS-%')
				 group by a.entity_id, a.action having count(*) > 1""").query().listOfRows();
		assertThat(repeated).as("an order's change audited twice").isEmpty();
		assertThat(sql.sql("""
				select count(distinct a.entity_id) from audit_entries a
				 where a.entity_id in (select cast(id as varchar) from orders where order_number like 'FS-%')""")
			.query(Long.class)
			.single()).as("orders whose cancellation is audited").isEqualTo(pending);
	}

	private long startJob(String job) {
		HttpApi admin = HttpApi.signIn("http://localhost:" + app.port(), ADMIN, DemoData.PASSWORD);
		HttpResponse<String> started = admin.post("/api/admin/jobs/" + job + "/run", Map.of());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		return HttpApi.json(started).get("executionId").asLong();
	}

	/**
	 * Waits until the instance of the killed execution has a later execution that
	 * completed (resumed by the restarted application on its own), and answers its id.
	 */
	private long awaitCompletedRestart(long instanceId, long killedId) {
		await("the interrupted run resumed and completed").atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> sql
				.sql("select count(*) from batch_job_execution where job_instance_id = ?"
						+ " and job_execution_id > ? and status = 'COMPLETED'")
				.params(instanceId, killedId)
				.query(Long.class)
				.single() == 1);
		assertThat(sql.sql("select count(*) from batch_job_execution where job_instance_id = ?")
			.params(instanceId)
			.query(Long.class)
			.single()).as("the killed execution and its restart, nothing more").isEqualTo(2);
		return sql
			.sql("select job_execution_id from batch_job_execution where job_instance_id = ? and status = 'COMPLETED'")
			.params(instanceId)
			.query(Long.class)
			.single();
	}

	private long instanceOf(long executionId) {
		return sql.sql("select job_instance_id from batch_job_execution where job_execution_id = ?")
			.params(executionId)
			.query(Long.class)
			.single();
	}

	private String status(long executionId) {
		return sql.sql("select status from batch_job_execution where job_execution_id = ?")
			.params(executionId)
			.query(String.class)
			.single();
	}

	private String exitMessage(long executionId) {
		return sql.sql("select exit_message from batch_job_execution where job_execution_id = ?")
			.params(executionId)
			.query(String.class)
			.single();
	}

	private long writes(long executionId) {
		return sql.sql("select coalesce(sum(write_count), 0) from batch_step_execution where job_execution_id = ?")
			.params(executionId)
			.query(Long.class)
			.single();
	}

	private long stepWrites(long executionId, String step) {
		return sql.sql("select write_count from batch_step_execution where job_execution_id = ? and step_name = ?")
			.params(executionId, step)
			.query(Long.class)
			.single();
	}

	private long seededInvoices() {
		return sql.sql("select count(*) from invoices where order_number like 'FI-%'").query(Long.class).single();
	}

	private long cancelledSeededOrders() {
		return sql.sql("select count(*) from orders where order_number like 'FS-%' and status = 'CANCELLED'")
			.query(Long.class)
			.single();
	}

	private long stockOfSahyadriProduct(int offset) {
		return sql
			.sql("select p.stock_quantity from products p join manufacturers m on m.id = p.manufacturer_id"
					+ " where m.gstin = ? order by p.sku offset ? limit 1")
			.params(SAHYADRI_GSTIN, offset)
			.query(Long.class)
			.single();
	}

	/**
	 * Every tax invoice series in the database numbers its invoices 1, 2, 3… with no gap
	 * and no number twice.
	 */
	private void assertConsecutive() {
		List<Map<String, Object>> series = sql.sql("""
				select supplier_key, financial_year, count(*) as invoices, count(distinct sequence_number) as numbers,
				       min(sequence_number) as first, max(sequence_number) as last,
				       count(distinct invoice_number) as distinct_numbers
				  from invoices where kind = 'TAX_INVOICE' group by supplier_key, financial_year""")
			.query()
			.listOfRows();
		assertThat(series).isNotEmpty().allSatisfy(each -> {
			long invoices = ((Number) each.get("invoices")).longValue();
			assertThat(((Number) each.get("numbers")).longValue()).as("distinct numbers in %s", each)
				.isEqualTo(invoices);
			assertThat(((Number) each.get("distinct_numbers")).longValue()).isEqualTo(invoices);
			assertThat(((Number) each.get("first")).longValue()).as("first number in %s", each).isEqualTo(1);
			assertThat(((Number) each.get("last")).longValue()).as("no gap in %s", each).isEqualTo(invoices);
		});
	}

}
