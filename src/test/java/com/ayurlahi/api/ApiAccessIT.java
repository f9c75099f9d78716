package com.ayurlahi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.gst.TestGstins;
import com.ayurlahi.disputes.DisputeOpening;
import com.ayurlahi.disputes.DisputeReason;
import com.ayurlahi.disputes.NewDispute;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.payments.PaymentCheckout;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.orders.Shipment;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanCatalog;
import com.ayurlahi.subscriptions.PlanFeatures;
import com.ayurlahi.subscriptions.PlanTerms;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.DocumentedStatuses;
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
 * Every endpoint of the API contract built so far, called by every kind of caller:
 * anonymous, each role, and the owner versus another tenant. 401 without a token, 403 for
 * a role that may never use the endpoint, 404 for another tenant's clinic, manufacturer,
 * product, order or dispute; 409 where the role may act but the state forbids it. Each
 * answer is one the endpoint's OpenAPI description documents
 * ({@link DocumentedStatuses}).
 */
@IntegrationTest
class ApiAccessIT {

	private static final String ANONYMOUS = "anonymous";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	JwtTokens tokens;

	@Autowired
	ProductListing listing;

	@Autowired
	OrderPlacement placement;

	@Autowired
	PaymentManagement payments;

	@Autowired
	OrderManagement orders;

	@Autowired
	DisputeOpening disputeOpening;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	PlanCatalog planCatalog;

	private @Nullable DocumentedStatuses documented;

	@TestFactory
	List<DynamicTest> everyEndpointForEveryCaller() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		OwnedClinic otherClinic = Profiles.approvedClinic(users, clinics, IndianState.GOA);
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		OwnedManufacturer otherMaker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		Map<String, @Nullable User> callers = new LinkedHashMap<>();
		callers.put(ANONYMOUS, null);
		callers.put("CLINIC (owner)", clinic.owner());
		callers.put("CLINIC (other)", otherClinic.owner());
		callers.put("MANUFACTURER (owner)", maker.owner());
		callers.put("MANUFACTURER (other)", otherMaker.owner());
		callers.put("ADMIN", Accounts.create(users, Role.ADMIN));
		callers.put("SUPPORT", Accounts.create(users, Role.SUPPORT));
		String clinicPath = "/api/clinics/" + clinic.clinic().getId();
		String makerPath = "/api/manufacturers/" + maker.manufacturer().getId();

		List<DynamicTest> tests = new ArrayList<>();
		// anon CL-own CL-oth MF-own MF-oth ADMIN SUPPORT
		expect(tests, callers, HttpMethod.GET, "/api/users/me", null, 401, 200, 200, 200, 200, 200, 200);
		expect(tests, callers, HttpMethod.GET, "/api/clinics/me", null, 401, 200, 200, 403, 403, 403, 403);
		expect(tests, callers, HttpMethod.GET, "/api/clinics", null, 401, 403, 403, 403, 403, 200, 200);
		expect(tests, callers, HttpMethod.GET, clinicPath, null, 401, 200, 404, 403, 403, 200, 200);
		expect(tests, callers, HttpMethod.PATCH, clinicPath, () -> "{\"city\": \"Thrissur\"}", 401, 200, 404, 403, 403,
				200, 403);
		expect(tests, callers, HttpMethod.POST, "/api/clinics", this::newClinicJson, 401, 409, 409, 403, 403, 403, 403);
		// an approved profile: approving or rejecting it again is a conflict, suspending
		// and then reinstating works
		for (Map.Entry<String, Integer> decision : List.of(Map.entry("approve", 409), Map.entry("reject", 409),
				Map.entry("suspend", 200), Map.entry("reinstate", 200))) {
			expect(tests, callers, HttpMethod.POST, clinicPath + "/" + decision.getKey(),
					() -> "{\"reason\": \"test\"}", 401, 403, 403, 403, 403, decision.getValue(), 403);
		}
		expect(tests, callers, HttpMethod.GET, "/api/manufacturers/me", null, 401, 403, 403, 200, 200, 403, 403);
		expect(tests, callers, HttpMethod.GET, "/api/manufacturers", null, 401, 403, 403, 403, 403, 200, 200);
		expect(tests, callers, HttpMethod.GET, makerPath, null, 401, 403, 403, 200, 404, 200, 200);
		expect(tests, callers, HttpMethod.PATCH, makerPath, () -> "{\"city\": \"Pune\"}", 401, 403, 403, 200, 404, 200,
				403);
		expect(tests, callers, HttpMethod.PATCH, makerPath, () -> "{\"commissionRate\": 9.5}", 401, 403, 403, 403, 404,
				200, 403);
		expect(tests, callers, HttpMethod.POST, "/api/manufacturers", this::newManufacturerJson, 401, 403, 403, 409,
				409, 403, 403);
		// an approved profile: approving or rejecting it again is a conflict, suspending
		// and then reinstating works
		for (Map.Entry<String, Integer> decision : List.of(Map.entry("approve", 409), Map.entry("reject", 409),
				Map.entry("suspend", 200), Map.entry("reinstate", 200))) {
			expect(tests, callers, HttpMethod.POST, makerPath + "/" + decision.getKey(), () -> "{\"reason\": \"test\"}",
					401, 403, 403, 403, 403, decision.getValue(), 403);
		}
		expect(tests, callers, HttpMethod.GET, "/api/audit", null, 401, 403, 403, 403, 403, 200, 200);
		expect(tests, callers, HttpMethod.GET, "/api/admin/whatsapp/messages", null, 401, 403, 403, 403, 403, 200, 200);
		// GST return data: a manufacturer its own GSTR-1, ADMIN the platform's and the
		// GSTR-8
		expect(tests, callers, HttpMethod.GET, "/api/gst/gstr1?period=2026-11", null, 401, 403, 403, 200, 200, 200,
				403);
		expect(tests, callers, HttpMethod.GET, "/api/gst/gstr8?period=2026-11", null, 401, 403, 403, 403, 403, 200,
				403);

		// the team's subscriptions: read by staff, changed by ADMIN (on a test plan too
		// dear to be anyone's cheapest, retired by the last row)
		Plan accessPlan = planCatalog.create(
				"IT_ACCESS_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase(),
				new PlanTerms("Access Test", null, new BigDecimal("90000.00"), new PlanFeatures(10, false, 7, false)),
				Profiles.ADMIN);
		String plansPath = "/api/admin/subscriptions/plans";
		expect(tests, callers, HttpMethod.GET, "/api/admin/subscriptions", null, 401, 403, 403, 403, 403, 200, 200);
		expect(tests, callers, HttpMethod.GET, "/api/admin/subscriptions?status=PAST_DUE", null, 401, 403, 403, 403,
				403, 200, 200);
		expect(tests, callers, HttpMethod.POST,
				"/api/admin/subscriptions/" + otherClinic.clinic().getId() + "/override",
				() -> "{\"planId\": \"%s\", \"until\": \"%s\", \"reason\": \"Access test\"}"
					.formatted("0a7b0000-0000-4000-8000-000000000003", LocalDate.now(IndianTime.ZONE).plusDays(30)),
				401, 403, 403, 403, 403, 201, 403);
		// no such charge: an admin's request reaches the refund, which finds none
		expect(tests, callers, HttpMethod.POST, "/api/admin/subscriptions/charges/" + UUID.randomUUID() + "/refund",
				() -> "{\"amount\": \"10.00\", \"reason\": \"Access test\"}", 401, 403, 403, 403, 403, 404, 403);
		expect(tests, callers, HttpMethod.GET, plansPath, null, 401, 403, 403, 403, 403, 200, 200);
		// the code is taken: an admin's request reaches the catalogue, which refuses it
		expect(tests, callers, HttpMethod.POST, plansPath,
				() -> planJson("\"code\": \"" + accessPlan.getCode() + "\", ", "90000"), 401, 403, 403, 403, 403, 409,
				403);
		// GST on 90000.03 differs between CGST + SGST and IGST: refused for an admin
		expect(tests, callers, HttpMethod.POST, plansPath + "/" + accessPlan.getId() + "/versions",
				() -> planJson("", "90000.03"), 401, 403, 403, 403, 403, 400, 403);
		expect(tests, callers, HttpMethod.POST, plansPath + "/" + accessPlan.getId() + "/retire", null, 401, 403, 403,
				403, 403, 200, 403);

		// the clinic's own subscription: plans for everyone signed in, the rest for a
		// clinic owner (subscribing waits for authorisation; another plan meanwhile is a
		// conflict; cancelling gives the waiting one up)
		String clinicPlan = "{\"planId\": \"0a7b0000-0000-4000-8000-000000000002\"}";
		expect(tests, callers, HttpMethod.GET, "/api/subscriptions/plans", null, 401, 200, 200, 200, 200, 200, 200);
		expect(tests, callers, HttpMethod.GET, "/api/subscriptions/me", null, 401, 200, 200, 403, 403, 403, 403);
		expect(tests, callers, HttpMethod.POST, "/api/subscriptions", () -> clinicPlan, 401, 201, 201, 403, 403, 403,
				403);
		expect(tests, callers, HttpMethod.POST, "/api/subscriptions/me/change",
				() -> "{\"planId\": \"0a7b0000-0000-4000-8000-000000000003\"}", 401, 409, 409, 403, 403, 403, 403);
		expect(tests, callers, HttpMethod.POST, "/api/subscriptions/me/cancel", () -> "{\"atCycleEnd\": true}", 401,
				200, 200, 403, 403, 403, 403);

		ProductView product = TestCatalog.product(listing, maker, "40.00", 1000);
		ProductView another = TestCatalog.product(listing, maker, "60.00", 1000);
		ProductView deletable = TestCatalog.product(listing, maker, "20.00", 5);
		String productPath = "/api/products/" + product.id();
		expect(tests, callers, HttpMethod.GET, "/api/products", null, 401, 200, 200, 200, 200, 200, 200);
		expect(tests, callers, HttpMethod.GET, productPath, null, 401, 200, 200, 200, 404, 200, 200);
		expect(tests, callers, HttpMethod.PATCH, productPath, () -> "{\"stockQuantity\": 900}", 401, 403, 403, 200, 404,
				200, 403);
		expect(tests, callers, HttpMethod.POST, "/api/products", this::newProductJson, 401, 403, 403, 201, 201, 403,
				403);
		// gone once its owner deleted it (it was never ordered)
		expect(tests, callers, HttpMethod.DELETE, "/api/products/" + deletable.id(), null, 401, 403, 403, 204, 404, 404,
				403);

		OrderView pending = order(clinic, product, another);
		OrderView withItems = order(clinic, product, another);
		OrderView cancellable = order(clinic, product, another);
		String orderPath = "/api/orders/" + pending.id();
		String itemPath = "/api/orders/" + withItems.id() + "/items/" + withItems.items().getFirst().id() + "/cancel";
		expect(tests, callers, HttpMethod.GET, "/api/orders", null, 401, 200, 200, 200, 200, 200, 200);
		expect(tests, callers, HttpMethod.GET, orderPath, null, 401, 200, 404, 200, 404, 200, 200);
		expect(tests, callers, HttpMethod.POST, "/api/orders",
				() -> "{\"items\": [{\"productId\": \"%s\", \"quantity\": 1}]}".formatted(product.id()), 401, 201, 201,
				403, 403, 403, 403);
		// an unpaid order can't be packed: a conflict for those who may move orders
		expect(tests, callers, HttpMethod.PATCH, orderPath + "/status", () -> "{\"status\": \"PROCESSING\"}", 401, 403,
				403, 409, 404, 409, 409);
		// the owner cancels the item first; then it is already cancelled
		expect(tests, callers, HttpMethod.POST, itemPath, () -> "{\"reason\": \"Out of stock\"}", 401, 403, 403, 200,
				404, 409, 403);
		expect(tests, callers, HttpMethod.POST, "/api/orders/" + cancellable.id() + "/cancel",
				() -> "{\"reason\": \"Not needed\"}", 401, 200, 404, 403, 403, 409, 403);

		OrderView unpaid = order(clinic, product, another);
		PaymentCheckout started = checkouts.initiate(order(clinic, product, another).id(),
				Accounts.principal(clinic.owner()));
		expect(tests, callers, HttpMethod.POST, "/api/payments/initiate/" + unpaid.id(), null, 401, 201, 404, 403, 403,
				403, 403);
		expect(tests, callers, HttpMethod.GET, "/api/payments/" + started.paymentId(), null, 401, 200, 404, 403, 403,
				200, 200);
		expect(tests, callers, HttpMethod.GET, "/api/payments/order/" + started.orderId(), null, 401, 200, 404, 403,
				403, 200, 200);
		OrderView disputed = delivered(clinic, maker, product);
		OrderView undisputed = delivered(clinic, maker, another);
		String disputePath = "/api/disputes/"
				+ disputeOpening.open(
						new NewDispute(disputed.id(),
								List.of(new NewDispute.Line(disputed.items().getFirst().id(), 1,
										DisputeReason.SHORT_OR_MISSING)),
								"One pack short"),
						Accounts.principal(clinic.owner()))
					.id();
		expect(tests, callers, HttpMethod.GET, "/api/disputes", null, 401, 200, 200, 200, 200, 200, 200);
		expect(tests, callers, HttpMethod.GET, disputePath, null, 401, 200, 404, 200, 404, 200, 200);
		expect(tests, callers, HttpMethod.POST, "/api/disputes",
				() -> "{\"orderId\": \"%s\", \"lines\": [{\"orderItemId\": \"%s\", \"quantity\": 1, \"reason\": \"OTHER\"}], \"description\": \"Seal broken\"}"
					.formatted(undisputed.id(), undisputed.items().getFirst().id()),
				401, 201, 404, 403, 403, 403, 403);
		expect(tests, callers, HttpMethod.POST, disputePath + "/messages", () -> "{\"text\": \"Any news?\"}", 401, 200,
				404, 200, 404, 200, 200);
		// the manufacturer has not answered: nothing to accept yet
		expect(tests, callers, HttpMethod.POST, disputePath + "/offer/accept", null, 401, 409, 404, 403, 403, 403, 403);
		expect(tests, callers, HttpMethod.POST, disputePath + "/respond",
				() -> "{\"action\": \"CONTEST\", \"note\": \"Packed six\"}", 401, 403, 403, 200, 404, 403, 403);
		// contested: with the team already
		expect(tests, callers, HttpMethod.POST, disputePath + "/escalate", null, 401, 403, 403, 403, 403, 409, 409);
		expect(tests, callers, HttpMethod.POST, disputePath + "/decide",
				() -> "{\"resolution\": \"REJECTED\", \"note\": \"The weight shows six\"}", 401, 403, 403, 403, 403,
				200, 403);
		// decided: nothing left to withdraw
		expect(tests, callers, HttpMethod.POST, disputePath + "/withdraw", null, 401, 409, 404, 403, 403, 403, 403);

		// open to all callers, who must prove themselves by Razorpay's signature instead
		expect(tests, callers, HttpMethod.POST, "/api/webhooks/razorpay/payment",
				() -> "{\"event\": \"payment.captured\"}", 400, 400, 400, 400, 400, 400, 400);
		return tests;
	}

	private void expect(List<DynamicTest> tests, Map<String, @Nullable User> callers, HttpMethod method, String path,
			@Nullable Supplier<String> body, int... statuses) {
		int column = 0;
		for (Map.Entry<String, @Nullable User> caller : callers.entrySet()) {
			int expected = statuses[column++];
			tests.add(DynamicTest.dynamicTest(method + " " + path + " as " + caller.getKey() + " → " + expected, () -> {
				var request = mvc.method(method)
					.uri(path)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body == null ? "" : body.get());
				if (caller.getValue() != null) {
					request = request.header(HttpHeaders.AUTHORIZATION,
							"Bearer " + tokens.issue(Accounts.principal(caller.getValue())).value());
				}
				MvcTestResult result = request.exchange();
				assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
					.isEqualTo(expected);
				documented().assertDocumented(method, path, expected);
			}));
		}
	}

	/** The application's OpenAPI description, read once. */
	private DocumentedStatuses documented() {
		DocumentedStatuses read = documented;
		if (read == null) {
			read = DocumentedStatuses.of(mvc);
			documented = read;
		}
		return read;
	}

	/** A paid order of one product, shipped and delivered. */
	private OrderView delivered(OwnedClinic clinic, OwnedManufacturer maker, ProductView product) {
		OrderView placed = order(clinic, product);
		PaymentCheckout payment = checkouts.initiate(placed.id(), Accounts.principal(clinic.owner()));
		payments.recordCapture(payment.razorpayOrderId(), "pay_Access" + placed.orderNumber().replace("-", ""),
				payment.amountPaise(), "INR", "upi");
		AuthenticatedUser manufacturer = Accounts.principal(maker.owner());
		orders.changeStatus(placed.id(), OrderStatus.PROCESSING, null, null, manufacturer);
		orders.changeStatus(placed.id(), OrderStatus.SHIPPED, new Shipment("DTDC", "D7000222"), null, manufacturer);
		return orders.changeStatus(placed.id(), OrderStatus.DELIVERED, null, null, manufacturer);
	}

	private OrderView order(OwnedClinic clinic, ProductView... products) {
		return placement.place(Accounts.principal(clinic.owner()),
				Arrays.stream(products).map(product -> new OrderLine(product.id(), 1)).toList(), null, OrderSource.WEB);
	}

	private static String planJson(String code, String price) {
		return """
				{%s"name": "Access Test", "monthlyPrice": %s, "whatsappOrdering": false, "disputeWindowDays": 7,
				 "prioritySupport": false}
				""".formatted(code, price);
	}

	private String newProductJson() {
		return """
				{"name": "Another Churna", "sku": "%s", "hsnCode": "3004", "gstRate": 5, "unitPrice": 10, "mrp": 20,
				 "packSize": "50 g", "dosageForm": "CHURNA", "composition": "Herbs", "minOrderQuantity": 1, "stockQuantity": 5}
				"""
			.formatted("ACC-" + UUID.randomUUID().toString().substring(0, 8));
	}

	private String newClinicJson() {
		return """
				{"name": "Another Clinic", "gstin": "%s", "drugLicenseNumber": "KL-1", "drugLicenseExpiry": "2030-01-01",
				 "addressLine1": "1 Road", "city": "Kochi", "pincode": "682001", "contactPerson": "Dr. A",
				 "phone": "+919812345678", "email": "a@example.in"}
				"""
			.formatted(TestGstins.random(IndianState.KERALA).value());
	}

	private String newManufacturerJson() {
		return """
				{"name": "Another Pharma", "gstin": "%s", "licenseNumber": "25D/1", "licenseExpiry": "2030-01-01",
				 "addressLine1": "1 Road", "city": "Pune", "pincode": "411001", "contactPerson": "Mr. B",
				 "phone": "+919812345678", "email": "b@example.in"}
				""".formatted(TestGstins.random(IndianState.MAHARASHTRA).value());
	}

}
