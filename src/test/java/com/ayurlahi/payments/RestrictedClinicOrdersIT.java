package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.orders.Shipment;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.subscriptions.Entitlement;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.Subscription;
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
import com.jayway.jsonpath.JsonPath;

/**
 * Whatever its subscription's state, a clinic keeps what it has already ordered: an order
 * placed while its Clinic subscription was paid up is paid, tracked, received, disputed
 * and its tax invoice downloaded after Razorpay halted the subscription and the clinic
 * was restricted to Free.
 */
@IntegrationTest
class RestrictedClinicOrdersIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Autowired
	MovableClock clock;

	@Autowired
	Entitlements entitlements;

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
	ClinicPlans clinicPlans;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void anOrderPlacedBeforeTheClinicWasRestrictedIsPaidTrackedReceivedDisputedAndInvoiced() throws Exception {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		Subscription subscription = clinicPlans.subscribed(clinic.clinic().getId(), ClinicPlans.CLINIC);
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "200.00", 20);
		AuthenticatedUser buyer = Accounts.principal(clinic.owner());
		OrderView order = placement.place(buyer, List.of(new OrderLine(product.id(), 3)), null, OrderSource.WEB);

		clinicPlans.halted(subscription);
		Entitlement restricted = entitlements.of(clinic.clinic().getId());
		assertThat(restricted.source()).isEqualTo(Entitlement.Source.RESTRICTED);
		assertThat(restricted.plan().getCode()).isEqualTo(ClinicPlans.FREE);

		new SandboxCheckout(mvc).payAndReturn(checkouts.initiate(order.id(), buyer));
		assertThat(orders.find(order.id()).status()).as("paid").isEqualTo(OrderStatus.CONFIRMED);

		assertThat(mvc.get().uri("/clinic/orders/" + order.id()).with(Accounts.login(clinic.owner())).exchange())
			.as("tracked")
			.hasStatusOk()
			.bodyText()
			.contains(order.orderNumber());
		Api api = new Api(mvc, tokens);
		Awaitility.await()
			.untilAsserted(() -> assertThat(api.get(clinic.owner(), "/api/invoices/order/" + order.id())).bodyJson()
				.extractingPath("$.length()")
				.isEqualTo(1));
		String invoiceId = JsonPath.read(Api.body(api.get(clinic.owner(), "/api/invoices/order/" + order.id())),
				"$[0].id");
		MvcTestResult pdf = api.get(clinic.owner(), "/api/invoices/" + invoiceId + "/pdf");
		assertThat(pdf).as("invoice downloaded").hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);

		AuthenticatedUser makerUser = Accounts.principal(maker.owner());
		orders.changeStatus(order.id(), OrderStatus.PROCESSING, null, null, makerUser);
		orders.changeStatus(order.id(), OrderStatus.SHIPPED, new Shipment("DTDC", "D13572468"), null, makerUser);
		OrderView delivered = orders.changeStatus(order.id(), OrderStatus.DELIVERED, null, null, makerUser);
		assertThat(delivered.status()).as("received").isEqualTo(OrderStatus.DELIVERED);

		MvcTestResult disputed = api.post(clinic.owner(), "/api/disputes", """
				{"orderId":"%s","lines":[{"orderItemId":"%s","quantity":1,"reason":"DAMAGED_IN_TRANSIT"}],
				 "description":"One bottle broken in the carton."}""".formatted(order.id(),
				delivered.items().getFirst().id()));
		assertThat(disputed).as("disputed").hasStatus(HttpStatus.CREATED);
		assertThat(entitlements.of(clinic.clinic().getId()).source()).isEqualTo(Entitlement.Source.RESTRICTED);
	}

}
