package com.ayurlahi.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.manufacturers.ManufacturerTerms;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductDetails;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;
import com.jayway.jsonpath.JsonPath;

/**
 * Placing orders: the cart across manufacturers becomes one order each with the right
 * tax, snapshots that later catalog changes don't touch, stock taken, and every refusal
 * clear and complete.
 */
@IntegrationTest
class OrderPlacementIT {

	@Autowired
	OrderManagement orders;

	@Autowired
	OrderPlacement placement;

	@Autowired
	Cart cart;

	@Autowired
	Checkout checkout;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	ProductListing listing;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	AuditLog auditLog;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Test
	void aCartAcrossTwoManufacturersBecomesTwoOrdersTaxedByTheDeliveryState() {
		OwnedManufacturer inMaharashtra = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		OwnedManufacturer inKerala = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		manufacturers.setTerms(inKerala.manufacturer().getId(), new ManufacturerTerms(new BigDecimal("7.25"), null),
				Profiles.ADMIN);
		ProductView churna = TestCatalog.product(listing, inMaharashtra, "33.33", 50);
		ProductView tailam = TestCatalog.product(listing, inKerala, "190.00", 10);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		AuthenticatedUser buyer = Accounts.principal(clinic.owner());
		cart.add(buyer, churna.id(), 3);
		cart.add(buyer, tailam.id(), 2);

		CartView view = cart.view(buyer);
		List<OrderView> placed = checkout.placeOrders(buyer, null);

		assertThat(view.totals().total()).isEqualByComparingTo("503.99");
		assertThat(placed).hasSize(2);
		OrderView interState = placed.stream()
			.filter(order -> order.manufacturerId().equals(inMaharashtra.manufacturer().getId()))
			.findFirst()
			.orElseThrow();
		OrderView intraState = placed.stream()
			.filter(order -> order.manufacturerId().equals(inKerala.manufacturer().getId()))
			.findFirst()
			.orElseThrow();
		assertThat(interState.taxType().name()).isEqualTo("INTER_STATE");
		assertThat(interState.igstTotal()).isEqualByComparingTo("5.00");
		assertThat(interState.cgstTotal()).isEqualByComparingTo("0.00");
		assertThat(interState.total()).isEqualByComparingTo("104.99");
		assertThat(intraState.taxType().name()).isEqualTo("INTRA_STATE");
		assertThat(intraState.cgstTotal()).isEqualByComparingTo("9.50");
		assertThat(intraState.sgstTotal()).isEqualByComparingTo("9.50");
		assertThat(intraState.total()).isEqualByComparingTo("399.00");
		assertThat(intraState.items().getFirst().commissionRate()).isEqualByComparingTo("7.25");
		assertThat(placed).allSatisfy(order -> {
			assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
			assertThat(order.orderNumber()).matches("AYR-\\d{4}-\\d{6}");
			assertThat(order.placeOfSupply()).isEqualTo(IndianState.KERALA);
			assertThat(order.clinicName()).isEqualTo(clinic.clinic().getLegalName());
		});
		assertThat(cart.view(buyer).isEmpty()).isTrue();
		assertThat(catalog.get(churna.id(), buyer).stockQuantity()).isEqualTo(47);
		assertThat(catalog.get(tailam.id(), buyer).stockQuantity()).isEqualTo(8);
		assertThat(auditLog
			.find(new AuditQuery("Order", intraState.id().toString(), null, "ORDER_PLACED", null, null),
					PageRequest.of(0, 5))
			.getContent()).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("2 × " + tailam.name()).contains("399.00"));
	}

	@Test
	void deliveryToAnotherStateMakesTheSameManufacturerInterState() {
		OwnedManufacturer inKerala = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView tailam = TestCatalog.product(listing, inKerala, "190.00", 10);
		AuthenticatedUser buyer = Accounts
			.principal(Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner());
		cart.add(buyer, tailam.id(), 2);
		PostalAddress branch = new PostalAddress("3 Race Course Road", null, "Coimbatore", "641018",
				IndianState.TAMIL_NADU);

		assertThat(cart.view(buyer, IndianState.TAMIL_NADU).groups().getFirst().intraState()).isFalse();
		OrderView order = checkout.placeOrders(buyer, branch).getFirst();

		assertThat(order.placeOfSupply()).isEqualTo(IndianState.TAMIL_NADU);
		assertThat(order.shippingAddress().city()).isEqualTo("Coimbatore");
		assertThat(order.igstTotal()).isEqualByComparingTo("19.00");
	}

	@Test
	void aPlacedOrderKeepsItsSnapshotWhenTheCatalogChanges() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "100.00", 10);
		AuthenticatedUser buyer = Accounts
			.principal(Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner());
		OrderView order = placement.place(buyer, List.of(new OrderLine(product.id(), 1)), null, OrderSource.WEB);

		ProductDetails changed = new ProductDetails("Renamed Churna", product.sku(), "3004", new BigDecimal("12"),
				new BigDecimal("150.00"), new BigDecimal("200.00"), "200 g", product.dosageForm(), "Other", null, 1,
				false);
		listing.update(product.id(), changed, Accounts.principal(maker.owner()));

		OrderView.Item item = orders.get(order.id(), buyer).items().getFirst();
		assertThat(item.productName()).isEqualTo(product.name());
		assertThat(item.unitPrice()).isEqualByComparingTo("100.00");
		assertThat(item.gstRate()).isEqualByComparingTo("5.00");
		assertThat(item.hsnCode()).isEqualTo("30049011");
		assertThat(item.packSize()).isEqualTo("100 g");
		assertThat(item.lineTotal()).isEqualByComparingTo("105.00");
	}

	@Test
	void onlyAnApprovedClinicOrdersAndNothingIsKeptOfARefusedOrder() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "20.00", 10);
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.KERALA));

		assertThatThrownBy(() -> placement.place(Accounts.principal(pending.owner()),
				List.of(new OrderLine(product.id(), 1)), null, OrderSource.WEB))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("once the Ayurlahi team has approved");
		assertThat(catalog.get(product.id(), Profiles.ADMIN).stockQuantity()).isEqualTo(10);
	}

	@Test
	void refusalsNameTheProblem() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		OwnedManufacturer other = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView few = TestCatalog.product(listing, maker, "20.00", 3);
		ProductView plenty = TestCatalog.product(listing, maker, "30.00", 100);
		ProductView elsewhere = TestCatalog.product(listing, other, "30.00", 100);
		ProductView boxed = listing.create(Accounts.principal(maker.owner()),
				TestCatalog.details(TestCatalog.uniqueName("Kashayam"), "90.00", 6), 60);
		AuthenticatedUser buyer = Accounts
			.principal(Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner());

		assertThatThrownBy(() -> placement.place(buyer,
				List.of(new OrderLine(plenty.id(), 5), new OrderLine(few.id(), 4)), null, OrderSource.WEB))
			.isInstanceOf(ConflictException.class)
			.hasMessage("Only 3 of " + few.name() + " are in stock; you asked for 4.");
		assertThatThrownBy(() -> placement.place(buyer,
				List.of(new OrderLine(plenty.id(), 1), new OrderLine(elsewhere.id(), 1)), null, OrderSource.WEB))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("one manufacturer");
		assertThatThrownBy(() -> placement.place(buyer, List.of(new OrderLine(boxed.id(), 5)), null, OrderSource.WEB))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("The minimum order of " + boxed.name() + " is 6 units.");
		assertThatThrownBy(() -> placement.place(buyer,
				List.of(new OrderLine(plenty.id(), 1), new OrderLine(plenty.id(), 1)), null, OrderSource.WEB))
			.isInstanceOf(InvalidInputException.class);
		assertThat(catalog.get(plenty.id(), buyer).stockQuantity()).as("the first line's reservation rolled back")
			.isEqualTo(100);
		assertThat(orders.search(OrderFilter.all(), buyer, PageRequest.of(0, 5))).isEmpty();
	}

	@Test
	void theCartChecksMinimumAndStockAsLinesAreAddedAndAgainAtCheckout() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "20.00", 5);
		AuthenticatedUser buyer = Accounts
			.principal(Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner());

		cart.add(buyer, product.id(), 4);
		assertThatThrownBy(() -> cart.add(buyer, product.id(), 2)).isInstanceOf(ConflictException.class)
			.hasMessage("Only 5 of " + product.name() + " are in stock and your cart already has 4.");
		listing.setStock(product.id(), null, 2, Accounts.principal(maker.owner()));

		CartView view = cart.view(buyer);
		assertThat(view.readyForCheckout()).isFalse();
		assertThat(view.groups().getFirst().lines().getFirst().problem())
			.isEqualTo("Only 2 in stock now: lower the quantity.");
		assertThatThrownBy(() -> checkout.placeOrders(buyer, null)).isInstanceOf(ConflictException.class);
		cart.setQuantity(buyer, product.id(), 2);
		assertThat(cart.view(buyer).readyForCheckout()).isTrue();
		assertThat(cart.lineCount(buyer)).isEqualTo(1);
	}

	@Test
	void reorderRefillsTheCartWithWhatIsStillAvailable() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView stays = TestCatalog.product(listing, maker, "20.00", 10);
		ProductView goes = TestCatalog.product(listing, maker, "25.00", 10);
		AuthenticatedUser buyer = Accounts
			.principal(Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner());
		OrderView order = placement.place(buyer, List.of(new OrderLine(stays.id(), 8), new OrderLine(goes.id(), 1)),
				null, OrderSource.WEB);
		listing.setActive(goes.id(), false, Accounts.principal(maker.owner()));

		List<String> unavailable = cart.reorder(buyer, order);

		assertThat(unavailable).containsExactly(goes.name());
		CartView view = cart.view(buyer);
		assertThat(view.groups().getFirst().lines()).singleElement()
			.satisfies(line -> assertThat(line.product().id()).isEqualTo(stays.id()))
			.satisfies(line -> assertThat(line.quantity()).as("only 2 are left after the order").isEqualTo(2));
	}

	@Test
	void theApiPlacesAnOrderAsTheContractSays() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		ProductView product = TestCatalog.product(listing, maker, "95.00", 20);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		Api api = new Api(mvc, tokens);

		MvcTestResult placed = api.post(clinic.owner(), "/api/orders",
				"""
						{"items": [{"productId": "%s", "quantity": 3}],
						 "shippingAddress": {"addressLine1": "Branch, 5 Main Road", "city": "Pune", "pincode": "411001", "stateCode": "27"}}
						"""
					.formatted(product.id()));
		MvcTestResult tooMany = api.post(clinic.owner(), "/api/orders",
				"{\"items\": [{\"productId\": \"%s\", \"quantity\": 30}]}".formatted(product.id()));
		MvcTestResult empty = api.post(clinic.owner(), "/api/orders", "{\"items\": []}");
		MvcTestResult badState = api.post(clinic.owner(), "/api/orders", """
				{"items": [{"productId": "%s", "quantity": 1}],
				 "shippingAddress": {"addressLine1": "X", "city": "Y", "pincode": "411001", "stateCode": "99"}}
				""".formatted(product.id()));

		assertThat(placed).hasStatus(HttpStatus.CREATED);
		assertThat(placed).bodyJson().extractingPath("$.taxType").isEqualTo("INTRA_STATE");
		assertThat(placed).bodyJson().extractingPath("$.placeOfSupply.stateName").isEqualTo("Maharashtra");
		assertThat(placed).bodyJson().extractingPath("$.subtotal").isEqualTo(285.0);
		assertThat(placed).bodyJson().extractingPath("$.cgstTotal").isEqualTo(7.13);
		assertThat(placed).bodyJson().extractingPath("$.sgstTotal").isEqualTo(7.13);
		assertThat(placed).bodyJson().extractingPath("$.total").isEqualTo(299.26);
		assertThat(placed).bodyJson().doesNotHavePath("$.items[0].commissionRate");
		assertThat(placed).bodyJson().extractingPath("$.statusHistory[0].status").isEqualTo("PENDING");
		assertThat(placed).bodyJson().extractingPath("$.statusHistory[0].actorRole").isEqualTo("CLINIC");
		assertThat(tooMany).hasStatus(HttpStatus.CONFLICT);
		assertThat(tooMany).bodyJson().extractingPath("$.detail").asString().contains(product.name());
		assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(badState).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(badState).bodyJson().extractingPath("$.errors[0].field").isEqualTo("shippingAddress.stateCode");

		String id = JsonPath.read(Api.body(placed), "$.id");
		assertThat(api.get(maker.owner(), "/api/orders/" + id)).bodyJson()
			.extractingPath("$.items[0].commissionRate")
			.isEqualTo(10.0);
		assertThat(api.get(maker.owner(), "/api/orders?status=PENDING")).bodyJson()
			.extractingPath("$.content[0].id")
			.isEqualTo(id);
	}

}
