package com.ayurlahi.subscriptions.entitlements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.Cart;
import com.ayurlahi.orders.Checkout;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.subscriptions.PlanLimitReached;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * A clinic on Free (its trial over) places at most 10 orders a month, counted in the
 * placing transaction: the 11th is refused by the API with a 409 that carries the upgrade
 * link, and reserves nothing; two checkouts at the limit place exactly one order; a
 * repeated checkout finds the cart empty and a refused one counts nothing; a cart of more
 * manufacturers than orders left is refused as a whole. Each order keeps the dispute
 * window its plan gave.
 */
@IntegrationTest
class OrderLimitIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

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
	ProductCatalog catalog;

	@Autowired
	OrderPlacement placement;

	@Autowired
	OrderManagement orders;

	@Autowired
	Cart cart;

	@Autowired
	Checkout checkout;

	@Autowired
	ClinicPlans clinicPlans;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void theEleventhOrderOfTheMonthIsRefusedWithTheUpgradeLinkAndReservesNothing() {
		OwnedClinic clinic = freeClinic();
		ProductView product = product("50.00", 100);
		List<OrderView> placed = placeOrders(clinic, product, 10);

		MvcTestResult eleventh = new Api(mvc, tokens).post(clinic.owner(), "/api/orders", """
				{"items":[{"productId":"%s","quantity":2}]}""".formatted(product.id()));

		assertThat(placed).extracting(OrderView::disputeWindowDays).containsOnly(7);
		assertThat(eleventh).hasStatus(HttpStatus.CONFLICT);
		assertThat(eleventh).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo(
					"Your Free plan's 10 orders for this month are used up. Upgrade to Clinic to order more this month.");
		assertThat(eleventh).bodyJson().extractingPath("$.upgradeUrl").isEqualTo("/clinic/plan");
		assertThat(eleventh).bodyJson().extractingPath("$.status").isEqualTo(409);
		assertThat(stockOf(product)).as("the ten orders' units only").isEqualTo(90);
		assertThat(ordersOf(clinic)).isEqualTo(10);
		assertThat(clinicPlans.ordersThisMonth(clinic.clinic().getId())).isEqualTo(10);
	}

	@Test
	void twoCheckoutsAtTheLimitPlaceExactlyOneOrder() throws Exception {
		OwnedClinic clinic = freeClinic();
		ProductView product = product("20.00", 100);
		placeOrders(clinic, product, 9);
		AuthenticatedUser buyer = Accounts.principal(clinic.owner());
		cart.add(buyer, product.id(), 3);
		CountDownLatch firstPlaced = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);

		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			Future<List<OrderView>> first = threads.submit(() -> transaction.execute(tx -> {
				List<OrderView> orders = checkout.placeOrders(buyer, null);
				firstPlaced.countDown();
				await(commitFirst);
				return orders;
			}));
			assertThat(firstPlaced.await(30, TimeUnit.SECONDS)).isTrue();
			Future<List<OrderView>> second = threads.submit(() -> checkout.placeOrders(buyer, null));
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.alias("the second checkout waits for the first's locks (its product's stock, then its month's count)")
				.until(this::aCheckoutWaitsForALock);
			commitFirst.countDown();

			assertThat(first.get(30, TimeUnit.SECONDS)).hasSize(1);
			assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.cause()
				.isInstanceOf(PlanLimitReached.class)
				.hasMessageContaining("10 orders for this month are used up");
		}
		assertThat(clinicPlans.ordersThisMonth(clinic.clinic().getId())).isEqualTo(10);
		assertThat(ordersOf(clinic)).isEqualTo(10);
		assertThat(stockOf(product)).isEqualTo(100 - 9 - 3);
		assertThat(cart.view(buyer).isEmpty()).isTrue();
	}

	@Test
	void aRepeatedCheckoutFindsTheCartEmptyAndARefusedOrderCountsNothing() {
		OwnedClinic clinic = freeClinic();
		AuthenticatedUser buyer = Accounts.principal(clinic.owner());
		ProductView churna = product("33.33", 50);
		ProductView tailam = product("190.00", 3);
		cart.add(buyer, churna.id(), 3);
		cart.add(buyer, tailam.id(), 2);

		List<OrderView> placed = checkout.placeOrders(buyer, null);

		assertThat(placed).hasSize(2);
		assertThat(clinicPlans.ordersThisMonth(clinic.clinic().getId())).as("one order per manufacturer").isEqualTo(2);
		assertThatThrownBy(() -> checkout.placeOrders(buyer, null)).as("the same checkout again")
			.isInstanceOf(ConflictException.class)
			.hasMessage("Your cart is empty.");
		assertThat(clinicPlans.ordersThisMonth(clinic.clinic().getId())).isEqualTo(2);

		MvcTestResult tooMany = new Api(mvc, tokens).post(clinic.owner(), "/api/orders", """
				{"items":[{"productId":"%s","quantity":2}]}""".formatted(tailam.id()));

		assertThat(tooMany).hasStatus(HttpStatus.CONFLICT);
		assertThat(tooMany).bodyJson().extractingPath("$.detail").asString().contains("in stock");
		assertThat(tooMany).bodyJson().doesNotHavePath("$.upgradeUrl");
		assertThat(clinicPlans.ordersThisMonth(clinic.clinic().getId())).as("the refused order rolled back its count")
			.isEqualTo(2);
		assertThat(stockOf(tailam)).isEqualTo(1);
		assertThat(ordersOf(clinic)).isEqualTo(2);
	}

	@Test
	void aCartOfMoreManufacturersThanOrdersLeftIsRefusedAsAWhole() {
		OwnedClinic clinic = freeClinic();
		AuthenticatedUser buyer = Accounts.principal(clinic.owner());
		placeOrders(clinic, product("10.00", 50), 8);
		List<ProductView> products = List.of(product("40.00", 10), product("50.00", 10), product("60.00", 10));
		products.forEach(product -> cart.add(buyer, product.id(), 1));

		assertThatThrownBy(() -> checkout.placeOrders(buyer, null)).isInstanceOf(PlanLimitReached.class)
			.hasMessage("Your cart makes 3 orders (one per manufacturer), and your Free plan has 2 of its 10 orders "
					+ "left this month. Order from fewer manufacturers, or upgrade to Clinic to order them all.");

		assertThat(clinicPlans.ordersThisMonth(clinic.clinic().getId())).isEqualTo(8);
		assertThat(ordersOf(clinic)).isEqualTo(8);
		assertThat(products).allSatisfy(product -> assertThat(stockOf(product)).isEqualTo(10));
		assertThat(cart.view(buyer).lineCount()).isEqualTo(3);
	}

	@Test
	void aPlansOrdersHaveItsDisputeWindowAndUnlimitedPlansCountWithoutLimit() {
		OwnedClinic onTrial = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		OwnedClinic plus = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		clinicPlans.subscribed(plus.clinic().getId(), ClinicPlans.CLINIC_PLUS);
		ProductView product = product("25.00", 100);

		List<OrderView> trialOrders = placeOrders(onTrial, product, 11);
		OrderView plusOrder = placeOrders(plus, product, 1).getFirst();

		assertThat(trialOrders).extracting(OrderView::disputeWindowDays).containsOnly(7);
		assertThat(clinicPlans.ordersThisMonth(onTrial.clinic().getId())).isEqualTo(11);
		assertThat(plusOrder.disputeWindowDays()).isEqualTo(15);
		assertThat(orders.find(plusOrder.id()).disputeWindowDays()).as("as stored").isEqualTo(15);
	}

	private OwnedClinic freeClinic() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		clinicPlans.trialOver(clinic.clinic().getId());
		return clinic;
	}

	private ProductView product(String price, int stock) {
		return TestCatalog.product(listing, Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA),
				price, stock);
	}

	private List<OrderView> placeOrders(OwnedClinic clinic, ProductView product, int count) {
		AuthenticatedUser buyer = Accounts.principal(clinic.owner());
		return IntStream.range(0, count)
			.mapToObj(n -> placement.place(buyer, List.of(new OrderLine(product.id(), 1)), null, OrderSource.WEB))
			.toList();
	}

	/**
	 * Whether a transaction of this run's database waits for a row of the monthly count.
	 */
	private boolean aCheckoutWaitsForALock() {
		return jdbc.sql("""
				select count(*) from pg_stat_activity
				 where datname = current_database() and wait_event_type = 'Lock'
				""").query(Integer.class).single() > 0;
	}

	private int stockOf(ProductView product) {
		return catalog.get(product.id(), Profiles.ADMIN).stockQuantity();
	}

	private long ordersOf(OwnedClinic clinic) {
		return jdbc.sql("select count(*) from orders where clinic_id = :id")
			.param("id", clinic.clinic().getId())
			.query(Long.class)
			.single();
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Not released in time");
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

}
