package com.ayurlahi.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
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
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.SandboxCheckout;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.subscriptions.entitlements.ClinicPlans;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * The dispute window comes from the clinic's plan when the order was placed: a Clinic
 * Plus order (15 days) can still be disputed 10 days after delivery and its
 * manufacturer's payout is not released before the 15 days are over, though the payouts'
 * own wait is 7 days; a Free order (7 days) can't be disputed on day 8.
 */
@IntegrationTest
class PlanDisputeWindowIT {

	private static final String PAYOUT_RELEASE = "payout-release";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	ProductListing listing;

	@Autowired
	OrderPlacement placement;

	@Autowired
	OrderManagement orders;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	DisputeOpening disputes;

	@Autowired
	JobRunner jobs;

	@Autowired
	ClinicPlans clinicPlans;

	OwnedManufacturer maker;

	ProductView product;

	@BeforeEach
	void aManufacturerWithALinkedAccount() {
		maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		manufacturers.setTerms(maker.manufacturer().getId(),
				new ManufacturerTerms(new BigDecimal("10.00"),
						"acc_" + ("PW" + UUID.randomUUID().toString().replace("-", "")).substring(0, 14)),
				Profiles.ADMIN);
		product = TestCatalog.product(listing, maker, "112.50", 50);
	}

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void aClinicPlusOrderCanBeDisputedOnDayTenAndItsPayoutWaitsFifteenDays() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		clinicPlans.subscribed(clinic.clinic().getId(), ClinicPlans.CLINIC_PLUS);
		OrderView disputed = paidAndDelivered(clinic);
		OrderView undisputed = paidAndDelivered(clinic);

		assertThat(disputed.disputeWindowDays()).isEqualTo(15);
		assertThat(awaitReleaseAt(undisputed)).as("not after the payouts' own 7 days")
			.isEqualTo(transfer(undisputed, "delivered_at", Timestamp.class).orElseThrow()
				.toInstant()
				.plus(Duration.ofDays(15)));
		assertThat(disputes.reportableUntil(disputed.id(), clinicUser(clinic))).isPresent()
			.get()
			.isEqualTo(deliveredAt(disputed).plus(Duration.ofDays(15)));

		clock.moveBy(Duration.ofDays(10));
		MvcTestResult onDayTen = report(clinic, disputed);
		jobs.run(PAYOUT_RELEASE).orElseThrow();

		assertThat(onDayTen).hasStatus(HttpStatus.CREATED);
		assertThat(payoutStatus(undisputed)).isEqualTo("ON_HOLD");

		clock.moveBy(Duration.ofDays(4).plusHours(23));
		jobs.run(PAYOUT_RELEASE).orElseThrow();
		assertThat(releaseDue(undisputed)).as("on day 14, past the payouts' own 7 days").isFalse();
		assertThat(payoutStatus(undisputed)).isEqualTo("ON_HOLD");

		clock.moveBy(Duration.ofHours(1).plusMinutes(1));
		jobs.run(PAYOUT_RELEASE).orElseThrow();
		Awaitility.await().untilAsserted(() -> assertThat(payoutStatus(undisputed)).isEqualTo("RELEASED"));
		assertThat(payoutStatus(disputed)).as("held by its dispute").isEqualTo("ON_HOLD");
	}

	@Test
	void aFreeOrderCantBeDisputedOnDayEight() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		clinicPlans.trialOver(clinic.clinic().getId());
		OrderView order = paidAndDelivered(clinic);

		assertThat(order.disputeWindowDays()).isEqualTo(7);
		assertThat(awaitReleaseAt(order)).isEqualTo(
				transfer(order, "delivered_at", Timestamp.class).orElseThrow().toInstant().plus(Duration.ofDays(7)));

		clock.moveBy(Duration.ofDays(8));
		MvcTestResult onDayEight = report(clinic, order);

		assertThat(onDayEight).hasStatus(HttpStatus.CONFLICT);
		assertThat(onDayEight).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("The time to report a problem with order " + order.orderNumber() + " ended on");
		assertThat(disputes.reportableUntil(order.id(), clinicUser(clinic))).isEmpty();
	}

	private OrderView paidAndDelivered(OwnedClinic clinic) {
		OrderView placed = placement.place(clinicUser(clinic), List.of(new OrderLine(product.id(), 2)), null,
				OrderSource.WEB);
		new SandboxCheckout(mvc).payAndReturn(checkouts.initiate(placed.id(), clinicUser(clinic)));
		assertThat(orders.find(placed.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
		Awaitility.await().untilAsserted(() -> assertThat(payoutStatus(placed)).isEqualTo("ON_HOLD"));
		AuthenticatedUser makerUser = Accounts.principal(maker.owner());
		orders.changeStatus(placed.id(), OrderStatus.PROCESSING, null, null, makerUser);
		orders.changeStatus(placed.id(), OrderStatus.SHIPPED, new Shipment("DTDC", "D24681357"), null, makerUser);
		return orders.changeStatus(placed.id(), OrderStatus.DELIVERED, null, null, makerUser);
	}

	private MvcTestResult report(OwnedClinic clinic, OrderView order) {
		return new Api(mvc, tokens).post(clinic.owner(), "/api/disputes", """
				{"orderId":"%s","lines":[{"orderItemId":"%s","quantity":1,"reason":"DAMAGED_IN_TRANSIT"}],
				 "description":"Found on opening the carton."}""".formatted(order.id(), order.items().getFirst().id()));
	}

	/** When the order's delivery reached its payout: when the payout is released. */
	private Instant awaitReleaseAt(OrderView order) {
		Awaitility.await().untilAsserted(() -> assertThat(transfer(order, "release_at", Timestamp.class)).isPresent());
		return transfer(order, "release_at", Timestamp.class).orElseThrow().toInstant();
	}

	private Instant deliveredAt(OrderView order) {
		return orders.find(order.id())
			.statusHistory()
			.stream()
			.filter(step -> step.status() == OrderStatus.DELIVERED)
			.findFirst()
			.orElseThrow()
			.at();
	}

	private String payoutStatus(OrderView order) {
		return transfer(order, "status", String.class).orElse("none");
	}

	private boolean releaseDue(OrderView order) {
		return transfer(order, "release_due", Boolean.class).orElseThrow();
	}

	private <T> Optional<T> transfer(OrderView order, String column, Class<T> type) {
		return jdbc.sql("select " + column + " from payout_transfers where order_id = :id")
			.param("id", order.id())
			.query(type)
			.optional();
	}

	private static AuthenticatedUser clinicUser(OwnedClinic clinic) {
		return Accounts.principal(clinic.owner());
	}

}
