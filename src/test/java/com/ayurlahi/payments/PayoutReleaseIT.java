package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.audit.AuditEntry;
import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.jobs.JobRun;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.manufacturers.ManufacturerTerms;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.orders.Shipment;
import com.ayurlahi.payments.gateway.SandboxRazorpay;
import com.ayurlahi.payments.transfers.PayoutHolds;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * Payouts wait for the dispute window after delivery (seven days, moved past with the
 * test clock): delivery no longer releases them; the payout-release job does once the
 * window has closed, through the sandbox's Route; an open dispute holds a payout past its
 * window and lifting the hold releases it at once, or leaves it to the job when the
 * window is still open; two runs of the job at once release each payout once. The
 * manufacturer's settlements page says what holds each payout.
 */
@IntegrationTest
class PayoutReleaseIT {

	private static final String JOB = "payout-release";

	private static final Pattern TRANSFER_CELL = Pattern.compile("data-testid=\"transfer-status\"[^>]*>([^<]*)</td>");

	private static final Duration PAST_THE_WINDOW = Duration.ofDays(7).plusMinutes(1);

	private static final Actor DISPUTE_DESK = Actor.user(UUID.randomUUID(), "ADMIN");

	@Autowired
	JobRunner jobs;

	@Autowired
	PayoutHolds holds;

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
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MovableClock clock;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void aDeliveredOrdersPayoutWaitsForTheDisputeWindowAndTheJobReleasesItOnceItHasClosed() {
		Fixture fixture = new Fixture("acc_WindowMaker001");
		fixture.payAndDeliver();
		Instant releaseAt = fixture.awaitReleaseScheduled();

		assertThat(releaseAt).isEqualTo(fixture.deliveredAt().plus(Duration.ofDays(7)));
		assertThat(fixture.transferStatus()).isEqualTo("ON_HOLD");
		assertThat(jobs.run(JOB).orElseThrow().status()).isEqualTo("COMPLETED");
		assertThat(fixture.releaseDue()).isFalse();
		assertThat(fixture.transferStatus()).isEqualTo("ON_HOLD");
		assertThat(fixture.atRazorpayOnHold()).isTrue();
		assertThat(fixture.settlementsPageTransfer())
			.isEqualTo("Held until " + DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
				.format(releaseAt.atZone(ZoneId.of("Asia/Kolkata"))) + ": dispute window");

		clock.moveBy(PAST_THE_WINDOW);
		JobRun run = jobs.run(JOB).orElseThrow();

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitDescription()).containsPattern("\\d+ payouts? released");
		Awaitility.await().untilAsserted(() -> assertThat(fixture.transferStatus()).isEqualTo("RELEASED"));
		assertThat(fixture.atRazorpayOnHold()).isFalse();
		assertThat(fixture.auditActions()).containsSubsequence("PAYOUT_TRANSFER_CREATED",
				"PAYOUT_TRANSFER_RELEASE_SCHEDULED", "PAYOUT_TRANSFER_RELEASE_DUE", "PAYOUT_TRANSFER_RELEASED");
		assertThat(fixture.settlementsPageTransfer()).isEqualTo("Released");

		// a dispute opened once the payout is released holds nothing, and fails nothing
		transaction.executeWithoutResult(tx -> holds.holdForDispute(fixture.order.id(), "AYR-D-LATE01", DISPUTE_DESK));
		assertThat(fixture.disputeHolds()).isEmpty();
		assertThat(fixture.auditActions()).doesNotContain("PAYOUT_TRANSFER_HELD");
	}

	@Test
	void anOpenDisputeHoldsThePayoutPastItsWindowAndLiftingTheHoldThenReleasesItAtOnce() {
		Fixture fixture = new Fixture("acc_WindowMaker002");
		fixture.payAndDeliver();
		fixture.awaitReleaseScheduled();
		transaction.executeWithoutResult(tx -> holds.holdForDispute(fixture.order.id(), "AYR-D-000101", DISPUTE_DESK));
		assertThat(fixture.settlementsPageTransfer()).isEqualTo("Held: dispute AYR-D-000101");

		clock.moveBy(PAST_THE_WINDOW);
		assertThat(jobs.run(JOB).orElseThrow().status()).isEqualTo("COMPLETED");

		assertThat(fixture.releaseDue()).isFalse();
		assertThat(fixture.transferStatus()).isEqualTo("ON_HOLD");
		assertThat(fixture.atRazorpayOnHold()).isTrue();
		assertThat(fixture.disputeHolds()).containsExactly("AYR-D-000101");

		// another dispute's number lifts nothing
		transaction.executeWithoutResult(tx -> holds.liftDisputeHold(fixture.order.id(), "AYR-D-999999", DISPUTE_DESK));
		assertThat(fixture.disputeHolds()).containsExactly("AYR-D-000101");
		assertThat(fixture.releaseDue()).isFalse();

		transaction.executeWithoutResult(tx -> holds.liftDisputeHold(fixture.order.id(), "AYR-D-000101", DISPUTE_DESK));

		Awaitility.await().untilAsserted(() -> assertThat(fixture.transferStatus()).isEqualTo("RELEASED"));
		assertThat(fixture.atRazorpayOnHold()).isFalse();
		assertThat(fixture.disputeHolds()).isEmpty();
		assertThat(fixture.auditEntries())
			.filteredOn(entry -> entry.action().startsWith("PAYOUT_TRANSFER_HOLD")
					|| entry.action().equals("PAYOUT_TRANSFER_HELD"))
			.extracting(AuditEntry::action, AuditEntry::actorId)
			.containsExactly(tuple("PAYOUT_TRANSFER_HELD", DISPUTE_DESK.userId()),
					tuple("PAYOUT_TRANSFER_HOLD_LIFTED", DISPUTE_DESK.userId()));
	}

	@Test
	void aHoldLiftedBeforeTheWindowClosesLeavesThePayoutForTheJob() {
		Fixture fixture = new Fixture("acc_WindowMaker003");
		fixture.pay();
		// held before the order is delivered
		transaction.executeWithoutResult(tx -> holds.holdForDispute(fixture.order.id(), "AYR-D-000202", DISPUTE_DESK));
		transaction.executeWithoutResult(tx -> holds.holdForDispute(fixture.order.id(), "AYR-D-000202", DISPUTE_DESK));
		assertThat(fixture.settlementsPageTransfer()).isEqualTo("Held: dispute AYR-D-000202");
		fixture.deliver();
		fixture.awaitReleaseScheduled();

		transaction.executeWithoutResult(tx -> holds.liftDisputeHold(fixture.order.id(), "AYR-D-000202", DISPUTE_DESK));

		assertThat(fixture.disputeHolds()).isEmpty();
		assertThat(fixture.releaseDue()).isFalse();
		assertThat(fixture.transferStatus()).isEqualTo("ON_HOLD");
		assertThat(fixture.auditActions()).containsOnlyOnce("PAYOUT_TRANSFER_HELD")
			.containsOnlyOnce("PAYOUT_TRANSFER_HOLD_LIFTED");
		clock.moveBy(PAST_THE_WINDOW);
		jobs.run(JOB).orElseThrow();
		Awaitility.await().untilAsserted(() -> assertThat(fixture.transferStatus()).isEqualTo("RELEASED"));
	}

	@Test
	void anOrderWithoutAPayoutTransferHasNothingToHold() {
		Fixture fixture = new Fixture("acc_WindowMaker004");

		assertThatNoException().isThrownBy(() -> transaction.executeWithoutResult(tx -> {
			holds.holdForDispute(fixture.order.id(), "AYR-D-000303", DISPUTE_DESK);
			holds.liftDisputeHold(fixture.order.id(), "AYR-D-000303", DISPUTE_DESK);
		}));
		assertThat(jdbc.sql("select count(*) from payout_transfers where order_id = :id")
			.param("id", fixture.order.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void twoRunsAtOnceReleaseEachPayoutOnce() throws Exception {
		List<Fixture> delivered = List.of(new Fixture("acc_WindowMaker005"), new Fixture("acc_WindowMaker006"),
				new Fixture("acc_WindowMaker007"));
		for (Fixture fixture : delivered) {
			fixture.payAndDeliver();
			fixture.awaitReleaseScheduled();
		}
		clock.moveBy(PAST_THE_WINDOW);
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

		assertThat(runs.stream().map(PayoutReleaseIT::get).filter(Optional::isPresent)).isNotEmpty();
		for (Fixture fixture : delivered) {
			Awaitility.await().untilAsserted(() -> assertThat(fixture.transferStatus()).isEqualTo("RELEASED"));
		}
		jobs.run(JOB).orElseThrow();
		for (Fixture fixture : delivered) {
			assertThat(fixture.auditActions()).containsOnlyOnce("PAYOUT_TRANSFER_RELEASE_DUE")
				.containsOnlyOnce("PAYOUT_TRANSFER_RELEASED");
			assertThat(fixture.atRazorpayOnHold()).isFalse();
		}
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

		final OrderView order;

		private Optional<PaymentCheckout> checkout = Optional.empty();

		Fixture(String linkedAccount) {
			manufacturers.setTerms(maker.manufacturer().getId(),
					new ManufacturerTerms(new BigDecimal("10.00"), linkedAccount), Profiles.ADMIN);
			ProductView product = TestCatalog.product(listing, maker, "112.50", 20);
			order = placement.place(clinicUser(), List.of(new OrderLine(product.id(), 2)), null, OrderSource.WEB);
		}

		void pay() {
			PaymentCheckout started = checkouts.initiate(order.id(), clinicUser());
			new SandboxCheckout(mvc).payAndReturn(started);
			assertThat(orders.find(order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
			checkout = Optional.of(started);
			Awaitility.await().untilAsserted(() -> assertThat(transferStatus()).isEqualTo("ON_HOLD"));
		}

		void deliver() {
			AuthenticatedUser maker = makerUser();
			orders.changeStatus(order.id(), OrderStatus.PROCESSING, null, null, maker);
			orders.changeStatus(order.id(), OrderStatus.SHIPPED, new Shipment("DTDC", "D24681357"), null, maker);
			orders.changeStatus(order.id(), OrderStatus.DELIVERED, null, null, maker);
		}

		void payAndDeliver() {
			pay();
			deliver();
		}

		/**
		 * Waits for the delivery to reach the payout, and answers when its window closes.
		 */
		Instant awaitReleaseScheduled() {
			Awaitility.await().untilAsserted(() -> assertThat(releaseAt()).isPresent());
			return releaseAt().orElseThrow();
		}

		Instant deliveredAt() {
			return column("delivered_at", Timestamp.class).toInstant();
		}

		Optional<Instant> releaseAt() {
			return Optional.ofNullable(column("release_at", Timestamp.class)).map(Timestamp::toInstant);
		}

		boolean releaseDue() {
			return column("release_due", Boolean.class);
		}

		String transferStatus() {
			return column("status", String.class);
		}

		UUID transferId() {
			return column("id", UUID.class);
		}

		List<String> disputeHolds() {
			return jdbc.sql("select dispute_number from payout_transfer_holds where transfer_id = :id")
				.param("id", transferId())
				.query(String.class)
				.list();
		}

		boolean atRazorpayOnHold() {
			String razorpayPaymentId = paymentQueries.get(checkout.orElseThrow().paymentId(), clinicUser())
				.razorpayPaymentId();
			return sandbox.transfersOf(razorpayPaymentId).getFirst().onHold();
		}

		List<AuditEntry> auditEntries() {
			return auditLog
				.find(new AuditQuery("PayoutTransfer", transferId().toString(), null, null, null, null),
						PageRequest.of(0, 50))
				.getContent()
				.reversed();
		}

		List<String> auditActions() {
			return auditEntries().stream().map(AuditEntry::action).toList();
		}

		/** What the manufacturer's settlements page says of the payout's transfer. */
		String settlementsPageTransfer() {
			String page;
			try {
				page = mvc.get()
					.uri("/manufacturer/settlements")
					.with(user(makerUser()))
					.exchange()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
			}
			catch (UnsupportedEncodingException unexpected) {
				throw new IllegalStateException(unexpected);
			}
			String row = page.substring(page.indexOf("data-order=\"" + order.orderNumber() + "\""));
			Matcher cell = TRANSFER_CELL.matcher(row.substring(0, row.indexOf("</tr>")));
			assertThat(cell.find()).isTrue();
			return cell.group(1).strip();
		}

		/** The column of the order's payout transfer; null when it holds none. */
		private <T> T column(String column, Class<T> type) {
			List<T> values = jdbc.sql("select " + column + " from payout_transfers where order_id = :id")
				.param("id", order.id())
				.query(type)
				.list();
			assertThat(values).hasSize(1);
			return values.getFirst();
		}

		AuthenticatedUser clinicUser() {
			return Accounts.principal(clinic.owner());
		}

		AuthenticatedUser makerUser() {
			return Accounts.principal(maker.owner());
		}

	}

}
