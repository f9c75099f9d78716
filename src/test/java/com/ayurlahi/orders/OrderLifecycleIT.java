package com.ayurlahi.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.audit.AuditEntry;
import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.notifications.NotificationCenter;
import com.ayurlahi.products.ProductCatalog;
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
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

import org.awaitility.Awaitility;

/**
 * An order's life through the API: fulfilment step by step, refusals of illegal steps
 * that name the allowed ones, item cancellations and partial fulfilment, cancellations
 * that give the stock back, history, audit and notifications.
 */
@IntegrationTest
class OrderLifecycleIT {

	@Autowired
	OrderManagement orders;

	@Autowired
	OrderPlacement placement;

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
	NotificationCenter notifications;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Test
	void theManufacturerFulfilsAPaidOrderAndTheClinicSeesEveryStep() {
		Fixture fixture = new Fixture();
		OrderView order = fixture.place(2, 1);
		orders.confirmPayment(order.id(), Actor.system());
		Api api = new Api(mvc, tokens);
		String status = "/api/orders/" + order.id() + "/status";

		MvcTestResult skipped = api.patch(fixture.maker.owner(), status, "{\"status\": \"SHIPPED\"}");
		MvcTestResult packing = api.patch(fixture.maker.owner(), status,
				"{\"status\": \"PROCESSING\", \"note\": \"Packing today\"}");
		MvcTestResult untracked = api.patch(fixture.maker.owner(), status,
				"{\"status\": \"SHIPPED\", \"carrier\": \"DTDC\"}");
		MvcTestResult shipped = api.patch(fixture.maker.owner(), status,
				"{\"status\": \"SHIPPED\", \"carrier\": \"DTDC\", \"trackingNumber\": \"D70012345\"}");
		MvcTestResult byClinic = api.patch(fixture.clinic.owner(), status, "{\"status\": \"DELIVERED\"}");
		MvcTestResult delivered = api.patch(Accounts.create(users, Role.SUPPORT), status,
				"{\"status\": \"DELIVERED\"}");
		MvcTestResult afterwards = api.patch(fixture.maker.owner(), status, "{\"status\": \"PROCESSING\"}");

		assertThat(skipped).hasStatus(HttpStatus.CONFLICT);
		assertThat(skipped).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo(
					"An order that is CONFIRMED can't be moved to SHIPPED. From CONFIRMED you can move it to: PROCESSING.");
		assertThat(packing).hasStatusOk();
		assertThat(untracked).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(untracked).bodyJson().extractingPath("$.errors[0].field").isEqualTo("trackingNumber");
		assertThat(shipped).bodyJson().extractingPath("$.trackingNumber").isEqualTo("D70012345");
		assertThat(byClinic).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(delivered).bodyJson().extractingPath("$.status").isEqualTo("DELIVERED");
		assertThat(afterwards).hasStatus(HttpStatus.CONFLICT);

		OrderView seen = orders.get(order.id(), Accounts.principal(fixture.clinic.owner()));
		assertThat(seen.statusHistory()).extracting(OrderView.Step::status)
			.containsExactly(OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.PROCESSING, OrderStatus.SHIPPED,
					OrderStatus.DELIVERED);
		assertThat(seen.statusHistory()).extracting(OrderView.Step::actorRole)
			.containsExactly("CLINIC", "SYSTEM", "MANUFACTURER", "MANUFACTURER", "SUPPORT");
		assertThat(seen.statusHistory().get(2).note()).isEqualTo("Packing today");
		assertThat(audit(order, "ORDER_STATUS_CHANGED")).hasSize(4)
			.anySatisfy(entry -> assertThat(entry.changes()).contains("\"SHIPPED\"").contains("D70012345"));
		Awaitility.await()
			.untilAsserted(() -> assertThat(notifications.unread(fixture.clinic.owner().getId(), 10))
				.extracting(notification -> notification.message())
				.contains("Order " + order.orderNumber() + " is on its way.",
						"Order " + order.orderNumber() + " is delivered."));
	}

	@Test
	void itemsTheManufacturerCanNotSupplyAreCancelledBeforeShippingAndTheOrderEndsPartiallyFulfilled() {
		Fixture fixture = new Fixture();
		OrderView order = fixture.place(4, 3);
		Api api = new Api(mvc, tokens);
		String itemPath = "/api/orders/" + order.id() + "/items/" + order.items().get(1).id() + "/cancel";

		MvcTestResult withoutReason = api.post(fixture.maker.owner(), itemPath, "{}");
		MvcTestResult byClinic = api.post(fixture.clinic.owner(), itemPath, "{\"reason\": \"x\"}");
		MvcTestResult cancelled = api.post(fixture.maker.owner(), itemPath, "{\"reason\": \"Batch held for testing\"}");
		MvcTestResult again = api.post(fixture.maker.owner(), itemPath, "{\"reason\": \"twice\"}");

		assertThat(withoutReason).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(withoutReason).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		assertThat(byClinic).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(cancelled).hasStatusOk();
		assertThat(cancelled).bodyJson().extractingPath("$.items[1].status").isEqualTo("CANCELLED");
		assertThat(cancelled).bodyJson().extractingPath("$.subtotal").isEqualTo(400.0);
		assertThat(cancelled).bodyJson().extractingPath("$.total").isEqualTo(420.0);
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		assertThat(catalog.get(fixture.second.id(), Profiles.ADMIN).stockQuantity()).isEqualTo(10);

		orders.confirmPayment(order.id(), Actor.system());
		orders.changeStatus(order.id(), OrderStatus.PROCESSING, null, null, Accounts.principal(fixture.maker.owner()));
		orders.changeStatus(order.id(), OrderStatus.SHIPPED, new Shipment("India Post", "EK1IN"), null,
				Accounts.principal(fixture.maker.owner()));
		MvcTestResult shippedItem = api.post(fixture.maker.owner(),
				"/api/orders/" + order.id() + "/items/" + order.items().getFirst().id() + "/cancel",
				"{\"reason\": \"late\"}");
		assertThat(shippedItem).hasStatus(HttpStatus.CONFLICT);
		MvcTestResult delivered = api.patch(fixture.maker.owner(), "/api/orders/" + order.id() + "/status",
				"{\"status\": \"DELIVERED\"}");

		assertThat(delivered).bodyJson().extractingPath("$.status").isEqualTo("PARTIALLY_FULFILLED");
		assertThat(audit(order, "ORDER_ITEM_CANCELLED")).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("Batch held for testing").contains("\"420.00\""));
	}

	@Test
	void theClinicCancelsAnUnpaidOrderAndItsStockComesBackOnce() {
		Fixture fixture = new Fixture();
		OrderView order = fixture.place(4, 3);
		Api api = new Api(mvc, tokens);
		String cancel = "/api/orders/" + order.id() + "/cancel";

		MvcTestResult byManufacturer = api.post(fixture.maker.owner(), cancel, "{\"reason\": \"x\"}");
		MvcTestResult byOtherClinic = api.post(Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner(),
				cancel, "{\"reason\": \"x\"}");
		MvcTestResult cancelled = api.post(fixture.clinic.owner(), cancel, "{\"reason\": \"Ordered twice\"}");
		MvcTestResult again = api.post(fixture.clinic.owner(), cancel, "{\"reason\": \"Ordered twice\"}");

		assertThat(byManufacturer).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(byOtherClinic).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(cancelled).bodyJson().extractingPath("$.status").isEqualTo("CANCELLED");
		assertThat(cancelled).bodyJson().extractingPath("$.items[*].status").asArray().containsOnly("CANCELLED");
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		assertThat(catalog.get(fixture.first.id(), Profiles.ADMIN).stockQuantity()).isEqualTo(20);
		assertThat(catalog.get(fixture.second.id(), Profiles.ADMIN).stockQuantity()).isEqualTo(10);
		assertThat(audit(order, "ORDER_CANCELLED")).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("Ordered twice").contains("\"CANCELLED\""));
	}

	@Test
	void theClinicCanNotCancelAPaidOrderOnceItIsBeingPacked() {
		Fixture fixture = new Fixture();
		OrderView order = fixture.place(1, 1);
		orders.confirmPayment(order.id(), Actor.system());
		orders.changeStatus(order.id(), OrderStatus.PROCESSING, null, null, Accounts.principal(fixture.maker.owner()));

		MvcTestResult refused = new Api(mvc, tokens).post(fixture.clinic.owner(),
				"/api/orders/" + order.id() + "/cancel", "{\"reason\": \"Changed my mind\"}");

		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("An order that is PROCESSING can't be moved to CANCELLED.");
		assertThat(catalog.get(fixture.first.id(), Profiles.ADMIN).stockQuantity()).isEqualTo(19);
	}

	@Test
	void theManufacturerCancelsNoWholeOrderButRefusesItsItemsOneByOneWithAReason() {
		Fixture fixture = new Fixture();
		OrderView unpaid = fixture.place(1, 1);
		OrderView paid = fixture.place(2, 1);
		orders.confirmPayment(paid.id(), Actor.system());
		Api api = new Api(mvc, tokens);

		MvcTestResult unpaidRefused = api.patch(fixture.maker.owner(), "/api/orders/" + unpaid.id() + "/status",
				"{\"status\": \"CANCELLED\", \"note\": \"Can't supply\"}");
		MvcTestResult paidRefused = api.patch(fixture.maker.owner(), "/api/orders/" + paid.id() + "/status",
				"{\"status\": \"CANCELLED\", \"note\": \"Can't supply\"}");
		MvcTestResult byCancelPath = api.post(fixture.maker.owner(), "/api/orders/" + paid.id() + "/cancel",
				"{\"reason\": \"Can't supply\"}");

		assertThat(unpaidRefused).hasStatus(HttpStatus.CONFLICT);
		assertThat(unpaidRefused).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("An order that is PENDING can't be moved to CANCELLED.");
		assertThat(paidRefused).hasStatus(HttpStatus.CONFLICT);
		assertThat(byCancelPath).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(orders.get(paid.id(), Profiles.ADMIN).status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(orders.get(unpaid.id(), Profiles.ADMIN).status()).isEqualTo(OrderStatus.PENDING);

		for (OrderView.Item item : paid.items()) {
			assertThat(api.post(fixture.maker.owner(), "/api/orders/" + paid.id() + "/items/" + item.id() + "/cancel",
					"{\"reason\": \"Batch recalled\"}"))
				.hasStatusOk();
		}
		assertThat(orders.get(paid.id(), Profiles.ADMIN).status()).isIn(OrderStatus.CANCELLED, OrderStatus.REFUNDED);
	}

	@Test
	void aStatusNoteOverTheLimitIsRefusedNotCut() {
		Fixture fixture = new Fixture();
		OrderView order = fixture.place(1, 1);
		orders.confirmPayment(order.id(), Actor.system());
		Api api = new Api(mvc, tokens);
		String status = "/api/orders/" + order.id() + "/status";

		MvcTestResult tooLong = api.patch(fixture.maker.owner(), status,
				"{\"status\": \"PROCESSING\", \"note\": \"" + "n".repeat(301) + "\"}");
		MvcTestResult atTheLimit = api.patch(fixture.maker.owner(), status,
				"{\"status\": \"PROCESSING\", \"note\": \"" + "n".repeat(300) + "\"}");

		assertThat(tooLong).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(tooLong).bodyJson().extractingPath("$.errors[0].field").isEqualTo("note");
		assertThat(tooLong).bodyJson().extractingPath("$.errors[0].message").asString().contains("300");
		assertThat(atTheLimit).hasStatusOk();
		assertThat(orders.get(order.id(), Profiles.ADMIN).statusHistory()).last()
			.satisfies(step -> assertThat(step.note()).isEqualTo("n".repeat(300)));
	}

	@Test
	void eachRoleListsTheOrdersItMaySee() {
		Fixture fixture = new Fixture();
		OrderView order = fixture.place(1, 1);
		Api api = new Api(mvc, tokens);
		User otherClinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner();
		User otherMaker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA).owner();

		assertThat(api.get(fixture.clinic.owner(), "/api/orders")).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly(order.id().toString());
		assertThat(api.get(fixture.maker.owner(), "/api/orders")).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly(order.id().toString());
		assertThat(api.get(otherClinic, "/api/orders")).bodyJson().extractingPath("$.page.totalElements").isEqualTo(0);
		assertThat(api.get(otherMaker, "/api/orders/" + order.id())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(api.get(Accounts.create(users, Role.SUPPORT), "/api/orders/" + order.id())).hasStatusOk();
		assertThat(api.get(fixture.clinic.owner(), "/api/orders?status=NOPE")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private List<AuditEntry> audit(OrderView order, String action) {
		return auditLog
			.find(new AuditQuery("Order", order.id().toString(), null, action, null, null), PageRequest.of(0, 10))
			.getContent();
	}

	/**
	 * A Kerala clinic and a Maharashtra manufacturer with two products: ₹100 (20 in
	 * stock) and ₹50 (10 in stock).
	 */
	private final class Fixture {

		final OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		final OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);

		final ProductView first = TestCatalog.product(listing, maker, "100.00", 20);

		final ProductView second = TestCatalog.product(listing, maker, "50.00", 10);

		OrderView place(int firstQuantity, int secondQuantity) {
			return placement.place(Accounts.principal(clinic.owner()),
					List.of(new OrderLine(first.id(), firstQuantity), new OrderLine(second.id(), secondQuantity)), null,
					OrderSource.WEB);
		}

	}

}
