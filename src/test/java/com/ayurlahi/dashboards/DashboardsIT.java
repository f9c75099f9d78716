package com.ayurlahi.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.manufacturers.ManufacturerTerms;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.SandboxCheckout;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The three portal homes' dashboards, for orders the test places and pays through the
 * sandbox: the figures to the paisa, each list holding the test's rows, the team's counts
 * moving by what the test adds, and no clinic contact details on a manufacturer's home.
 */
@IntegrationTest
class DashboardsIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

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
	TeamDashboard teamDashboard;

	@Autowired
	java.time.Clock clock;

	@Autowired
	ManufacturerDashboard manufacturerDashboard;

	@Autowired
	ClinicDashboard clinicDashboard;

	@Test
	void aManufacturerSeesWhatToPackAndShipItsSalesAndPayoutsAndWhatRunsLowButNoClinicContact() {
		Fixture fixture = new Fixture();
		OrderView toPack = fixture.paidOrder(3);
		OrderView toShip = fixture.paidOrder(2);
		orders.changeStatus(toShip.id(), OrderStatus.PROCESSING, null, null, fixture.makerUser());

		ManufacturerDashboard.View dashboard = manufacturerDashboard.of(fixture.maker.manufacturer().getId(),
				fixture.maker.owner().getId());

		assertThat(dashboard.toPack().count()).isEqualTo(1);
		assertThat(dashboard.toPack().oldest()).extracting(ManufacturerDashboard.OrderWaiting::orderNumber)
			.containsExactly(toPack.orderNumber());
		assertThat(dashboard.toShip().oldest()).extracting(ManufacturerDashboard.OrderWaiting::orderNumber)
			.containsExactly(toShip.orderNumber());
		assertThat(dashboard.paidOrders()).isEqualTo(2);
		assertThat(dashboard.sales()).isEqualByComparingTo(toPack.total().add(toShip.total()));
		assertThat(dashboard.payouts()).isEqualByComparingTo(fixture.ledger("PAYOUT"));
		assertThat(dashboard.chart().totals()).containsExactly(Money.format(toPack.total().add(toShip.total())),
				Money.format(fixture.ledger("PAYOUT")));
		assertThat(dashboard.lowStock()).extracting(ManufacturerDashboard.LowStock::name)
			.containsExactly(fixture.product.name());
		assertThat(dashboard.lowStock().getFirst().stock()).isEqualTo(5);
		assertThat(dashboard.disputeRate()).isEqualByComparingTo("0.0");

		MvcTestResult home = mvc.get().uri("/manufacturer").with(Accounts.login(fixture.maker.owner())).exchange();

		assertThat(home).hasStatusOk();
		assertThat(home).bodyText()
			.contains("data-testid=\"manufacturer-dashboard\"", toPack.orderNumber(), toShip.orderNumber(),
					"1 paid, to pack", "1 being packed, to ship", fixture.product.name(),
					Money.format(toPack.total().add(toShip.total())), "Sales and payouts per day", "<svg",
					"role=\"img\"", "<caption>Sales and payouts per day</caption>", fixture.clinic.clinic().getName())
			.doesNotContain(fixture.clinic.clinic().getContact().person(), fixture.clinic.clinic().getContact().phone(),
					fixture.clinic.clinic().getContact().email(), fixture.clinic.owner().getEmail());
	}

	@Test
	void aManufacturerSetsAProductsLowStockLevelAndIsToldWhatIsWrongWithABadOne() {
		Fixture fixture = new Fixture();
		ProductView plenty = TestCatalog.product(listing, fixture.maker, "80.00", 40);

		MvcTestResult refused = mvc.post()
			.uri("/manufacturer/products/" + plenty.id() + "/low-stock")
			.with(Accounts.login(fixture.maker.owner()))
			.with(csrf())
			.param("threshold", "ten")
			.exchange();
		MvcTestResult saved = mvc.post()
			.uri("/manufacturer/products/" + plenty.id() + "/low-stock")
			.with(Accounts.login(fixture.maker.owner()))
			.with(csrf())
			.param("threshold", "40")
			.exchange();

		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText().contains("Enter the low-stock level as a whole number of units.");
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(manufacturerDashboard.of(fixture.maker.manufacturer().getId(), fixture.maker.owner().getId())
			.lowStock()).extracting(ManufacturerDashboard.LowStock::name)
			.containsExactly(fixture.product.name(), plenty.name());
		assertThat(jdbc
			.sql("select count(*) from audit_entries where entity_id = :id and action = 'PRODUCT_LOW_STOCK_SET'")
			.param("id", plenty.id().toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aClinicSeesItsOrdersOnTheWayWhatItSpentAndReordersWhatItOrdersOften() {
		Fixture fixture = new Fixture();
		OrderView first = fixture.paidOrder(3);
		OrderView second = fixture.paidOrder(2);
		OrderView unpaid = placement.place(fixture.clinicUser(), List.of(new OrderLine(fixture.product.id(), 1)), null,
				OrderSource.WEB);

		ClinicDashboard.View dashboard = clinicDashboard.of(fixture.clinic.clinic().getId(),
				fixture.clinic.owner().getId());

		assertThat(dashboard.onTheWay()).extracting(ClinicDashboard.OrderOnItsWay::orderNumber)
			.containsExactly(second.orderNumber(), first.orderNumber())
			.doesNotContain(unpaid.orderNumber());
		assertThat(dashboard.spentThisMonth()).isEqualTo(first.total().add(second.total()));
		assertThat(dashboard.spentLastMonth()).isEqualTo(Money.ZERO);
		assertThat(dashboard.often()).singleElement().satisfies(often -> {
			assertThat(often.productId()).isEqualTo(fixture.product.id());
			assertThat(often.orders()).isEqualTo(2);
			assertThat(often.quantity()).as("what it took last time").isEqualTo(2);
			assertThat(often.orderable()).isTrue();
		});
		assertThat(dashboard.plan().ordersThisMonth()).isGreaterThanOrEqualTo(2);

		MvcTestResult home = mvc.get().uri("/clinic").with(Accounts.login(fixture.clinic.owner())).exchange();
		assertThat(home).hasStatusOk();
		assertThat(home).bodyText()
			.contains("data-testid=\"clinic-dashboard\"", first.orderNumber(), second.orderNumber(),
					Money.format(first.total().add(second.total())), fixture.product.name(), "Add 2 to cart",
					dashboard.plan().usageText());

		MvcTestResult reordered = mvc.post()
			.uri("/clinic/cart/items")
			.with(Accounts.login(fixture.clinic.owner()))
			.with(csrf())
			.header("HX-Request", "true")
			.param("productId", fixture.product.id().toString())
			.param("quantity", "2")
			.exchange();
		assertThat(reordered).hasStatusOk();
		assertThat(reordered).bodyText().contains("In your cart");
		assertThat(jdbc.sql("select quantity from cart_items where clinic_id = :clinic and product_id = :product")
			.param("clinic", fixture.clinic.clinic().getId())
			.param("product", fixture.product.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theTeamsCountsAndFiguresMoveByWhatTheTestAdds() {
		TeamDashboard.View before = teamDashboard.now();
		Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.GOA));
		Fixture fixture = new Fixture();
		OrderView first = fixture.paidOrder(3);
		OrderView second = fixture.paidOrder(1);

		TeamDashboard.View after = teamDashboard.now();

		assertThat(count(after, "clinics-waiting")).isEqualTo(count(before, "clinics-waiting") + 1);
		assertThat(after.paidOrders()).isEqualTo(before.paidOrders() + 2);
		assertThat(after.gross()).isEqualByComparingTo(before.gross().add(first.total()).add(second.total()));
		assertThat(fixture.ledger("COMMISSION")).isEqualByComparingTo("45.00");
		assertThat(after.commission())
			.as("the ledger's commission of the 30 days, net of refunds (the demo's own "
					+ "refund may reverse some meanwhile)")
			.isEqualByComparingTo(jdbc.sql("""
					select coalesce(sum(amount), 0) from ledger_entries
					where kind = 'COMMISSION' and recorded_at >= :since""")
				.param("since",
						java.sql.Timestamp.from(com.ayurlahi.common.IndianTime.today(clock)
							.minusDays(TeamDashboard.DAYS - 1L)
							.atStartOfDay(com.ayurlahi.common.IndianTime.ZONE)
							.toInstant()))
				.query(BigDecimal.class)
				.single());
		assertThat(after.topManufacturers().rows()).isNotEmpty();
		assertThat(after.actions()).extracting(ActionCount::link)
			.contains("/admin/clinics?status=PENDING_APPROVAL", "/admin/payments?flagged=true",
					"/admin/disputes?overdue=true", "/admin/whatsapp/messages?status=FAILED",
					"/admin/subscriptions/past-due");

		User admin = Accounts.create(users, Role.ADMIN);
		MvcTestResult home = mvc.get().uri("/admin").with(Accounts.login(admin)).exchange();
		assertThat(home).hasStatusOk();
		assertThat(home).bodyText()
			.contains("Needs action now", "data-testid=\"action-clinics-waiting\"",
					"href=\"/admin/payments?flagged=true\"", "Paid orders per day", "Gross value per day",
					"Commission earned per day", "Top manufacturers by value, last 30 days",
					"<th scope=\"col\">Day</th>");
		for (String link : List.of("/admin/clinics?status=PENDING_APPROVAL", "/admin/payments?flagged=true",
				"/admin/disputes?overdue=true", "/admin/disputes?status=ESCALATED",
				"/admin/whatsapp/messages?status=FAILED", "/admin/subscriptions/past-due", "/admin/payments/refunds")) {
			assertThat(mvc.get().uri(link).with(Accounts.login(admin)).exchange()).as(link).hasStatusOk();
		}
	}

	private static long count(TeamDashboard.View view, String name) {
		return view.actions().stream().filter(action -> action.name().equals(name)).findFirst().orElseThrow().count();
	}

	/**
	 * A manufacturer with terms, a product with 10 units, and a clinic in another state.
	 */
	private final class Fixture {

		final OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		final OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);

		final ProductView product;

		private final List<UUID> paidOrders = new java.util.ArrayList<>();

		Fixture() {
			manufacturers.setTerms(maker.manufacturer().getId(),
					new ManufacturerTerms(new BigDecimal("10.00"),
							"acc_" + ("DB" + UUID.randomUUID().toString().replace("-", "")).substring(0, 14)),
					Profiles.ADMIN);
			product = TestCatalog.product(listing, maker, "112.50", 10);
		}

		/** An order of {@code quantity} units, paid in the sandbox and settled. */
		OrderView paidOrder(int quantity) {
			OrderView placed = placement.place(clinicUser(), List.of(new OrderLine(product.id(), quantity)), null,
					OrderSource.WEB);
			new SandboxCheckout(mvc).payAndReturn(checkouts.initiate(placed.id(), clinicUser()));
			Awaitility.await()
				.untilAsserted(() -> assertThat(
						jdbc.sql("select count(*) from ledger_entries where order_id = :id and kind = 'PAYOUT'")
							.param("id", placed.id())
							.query(Long.class)
							.single())
					.isEqualTo(1));
			paidOrders.add(placed.id());
			OrderView paid = orders.find(placed.id());
			assertThat(paid.status()).isEqualTo(OrderStatus.CONFIRMED);
			return paid;
		}

		/** The ledger's sum of {@code kind} over this fixture's paid orders. */
		BigDecimal ledger(String kind) {
			return jdbc
				.sql("select coalesce(sum(amount), 0) from ledger_entries where kind = :kind and order_id in (:ids)")
				.param("kind", kind)
				.param("ids", paidOrders)
				.query(BigDecimal.class)
				.single();
		}

		AuthenticatedUser clinicUser() {
			return Accounts.principal(clinic.owner());
		}

		AuthenticatedUser makerUser() {
			return Accounts.principal(maker.owner());
		}

	}

}
