package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.jobs.JobRun;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.gateway.SandboxRazorpay;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Delivery;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * The payment-timeout sweep: unpaid orders older than PAYMENT_TIMEOUT are cancelled with
 * their stock back once; one whose payment Razorpay captured without a webhook reaching
 * us is confirmed instead; two runs at once handle each order once; and the job starts
 * from the API for ADMIN only, in the background.
 */
@IntegrationTest
class PaymentTimeoutSweepIT {

	private static final String JOB = "payment-timeout-sweep";

	@Autowired
	JobRunner jobs;

	@Autowired
	PaymentManagement payments;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	PaymentQueries paymentQueries;

	@Autowired
	OrderManagement orders;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductListing listing;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	SandboxRazorpay sandbox;

	@Autowired
	LockProvider locks;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Test
	void anOrderNotPaidInTimeIsCancelledAndItsStockComesBack() {
		Fixture fixture = new Fixture(20);
		OrderView order = fixture.place(3);
		OrderView recent = fixture.place(2);
		aged(order);

		JobRun run = jobs.run(JOB).orElseThrow();

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitDescription()).contains("1 cancelled");
		OrderView cancelled = orders.find(order.id());
		assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.statusHistory().getLast().note()).isEqualTo("Not paid within 30 minutes.");
		assertThat(cancelled.statusHistory().getLast().actorRole()).isEqualTo("SYSTEM");
		assertThat(orders.find(recent.id()).status()).isEqualTo(OrderStatus.PENDING);
		assertThat(stock(fixture.product)).isEqualTo(18);
		assertThat(auditLog
			.find(new AuditQuery("Order", order.id().toString(), null, "ORDER_CANCELLED", null, null),
					PageRequest.of(0, 5))
			.getContent()).singleElement().satisfies(entry -> assertThat(entry.actorRole()).isEqualTo("SYSTEM"));
	}

	@Test
	void aCaptureWhoseWebhookWasLostConfirmsTheOrderInsteadOfCancellingIt() {
		Fixture fixture = new Fixture(20);
		OrderView order = fixture.place(1);
		PaymentCheckout checkout = checkouts.initiate(order.id(), fixture.clinicUser());
		sandbox.deliverNextWebhooks(Delivery.DROP);
		mvc.post()
			.uri("/sandbox/razorpay/checkout/" + checkout.razorpayOrderId())
			.param("callback", "/payments/razorpay/callback/" + checkout.paymentId())
			.param("choice", "UPI_SUCCESS")
			.with(csrf())
			.exchange();
		aged(order);
		assertThat(orders.find(order.id()).status()).isEqualTo(OrderStatus.PENDING);

		JobRun run = jobs.run(JOB).orElseThrow();

		assertThat(run.exitDescription()).contains("1 confirmed");
		assertThat(orders.find(order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(paymentQueries.get(checkout.paymentId(), fixture.clinicUser()).status())
			.isEqualTo(PaymentStatus.CAPTURED);
		assertThat(stock(fixture.product)).isEqualTo(19);
	}

	@Test
	void anUnpaidOrderWithAnOpenPaymentIsCancelledAndThePaymentClosed() {
		Fixture fixture = new Fixture(20);
		OrderView order = fixture.place(1);
		PaymentCheckout checkout = checkouts.initiate(order.id(), fixture.clinicUser());
		aged(order);

		jobs.run(JOB).orElseThrow();

		assertThat(orders.find(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(auditLog
			.find(new AuditQuery("Payment", checkout.paymentId().toString(), null, "PAYMENT_EXPIRED", null, null),
					PageRequest.of(0, 5))
			.getContent()).hasSize(1);
		assertThat(jdbc.sql("select open_order_id from payments where id = :id")
			.param("id", checkout.paymentId())
			.query(UUID.class)
			.optional()).isEmpty();
	}

	@Test
	void twoRunsAtOnceHandleEachOrderOnce() throws Exception {
		Fixture fixture = new Fixture(100);
		List<OrderView> unpaid = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			unpaid.add(aged(fixture.place(2)));
		}
		CountDownLatch start = new CountDownLatch(1);
		Callable<Optional<JobRun>> run = () -> {
			start.await();
			return jobs.run(JOB);
		};
		List<Future<Optional<JobRun>>> runs;
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			runs = List.of(pool.submit(run), pool.submit(run));
			start.countDown();
		}

		assertThat(runs.stream().map(PaymentTimeoutSweepIT::get).filter(Optional::isPresent)).isNotEmpty();
		assertThat(stock(fixture.product)).isEqualTo(100);
		for (OrderView order : unpaid) {
			assertThat(orders.find(order.id()).statusHistory()).extracting(OrderView.Step::status)
				.containsExactly(OrderStatus.PENDING, OrderStatus.CANCELLED);
		}
	}

	@Test
	void aRunIsRefusedWhileAnotherInstanceHoldsTheLock() {
		Optional<SimpleLock> held = locks
			.lock(new LockConfiguration(Instant.now(), JOB, Duration.ofMinutes(1), Duration.ZERO));
		assertThat(held).isPresent();
		try {
			assertThat(jobs.run(JOB)).isEmpty();
			assertThat(new Api(mvc, tokens).post(Accounts.create(users, Role.ADMIN), "/api/admin/jobs/" + JOB + "/run",
					null))
				.hasStatus(HttpStatus.CONFLICT);
		}
		finally {
			held.get().unlock();
		}
	}

	@Test
	void adminRunsTheSweepFromTheApiAndReadsItsExecution() {
		Api api = new Api(mvc, tokens);
		var admin = Accounts.create(users, Role.ADMIN);

		MvcTestResult started = api.post(admin, "/api/admin/jobs/" + JOB + "/run", null);

		assertThat(started).hasStatus(HttpStatus.ACCEPTED);
		Number executionId = (Number) Api.json(started).get("executionId");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.get(admin, "/api/admin/jobs/executions/" + executionId)).hasStatusOk()
				.bodyJson()
				.extractingPath("$.status")
				.isEqualTo("COMPLETED"));
		assertThat(api.get(admin, "/api/admin/jobs/executions/" + executionId)).bodyJson()
			.extractingPath("$.jobName")
			.isEqualTo(JOB);
		await().atMost(Duration.ofSeconds(10)).until(this::lockIsFree);
		assertThat(api.post(Accounts.create(users, Role.SUPPORT), "/api/admin/jobs/" + JOB + "/run", null))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(api.post(admin, "/api/admin/jobs/no-such-job/run", null)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(api.get(admin, "/api/admin/jobs/executions/987654321")).hasStatus(HttpStatus.NOT_FOUND);
	}

	/**
	 * Whether the sweep's lock can be taken now (it is given back at once): the
	 * background run has let go of it.
	 */
	private boolean lockIsFree() {
		Optional<SimpleLock> lock = locks
			.lock(new LockConfiguration(Instant.now(), JOB, Duration.ofMinutes(1), Duration.ZERO));
		lock.ifPresent(SimpleLock::unlock);
		return lock.isPresent();
	}

	private OrderView aged(OrderView order) {
		jdbc.sql("update orders set created_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(2))))
			.param("id", order.id())
			.update();
		return order;
	}

	private int stock(ProductView product) {
		return jdbc.sql("select stock_quantity from products where id = :id")
			.param("id", product.id())
			.query(Integer.class)
			.single();
	}

	private static Optional<JobRun> get(Future<Optional<JobRun>> future) {
		try {
			return future.get();
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
	}

	private class Fixture {

		final OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		final OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);

		final ProductView product;

		Fixture(int stock) {
			product = TestCatalog.product(listing, maker, "50.00", stock);
		}

		OrderView place(int quantity) {
			return placement.place(clinicUser(), List.of(new OrderLine(product.id(), quantity)), null, OrderSource.WEB);
		}

		com.ayurlahi.users.AuthenticatedUser clinicUser() {
			return Accounts.principal(clinic.owner());
		}

	}

}
