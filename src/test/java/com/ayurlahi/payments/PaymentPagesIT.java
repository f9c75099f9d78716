package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.gateway.RazorpaySignatures;
import com.ayurlahi.payments.webhooks.EventOutcome;
import com.ayurlahi.payments.webhooks.StoredWebhooks;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The clinic's payment pages: "Pay" on an unpaid order, the way to the checkout, the
 * checkout.js page with the only Content-Security-Policy that lets Razorpay's script in,
 * the result page, and who may see them.
 */
@IntegrationTest
class PaymentPagesIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PaymentManagement payments;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	StoredWebhooks webhooks;

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
	PaymentSettings settings;

	@Test
	void payOnAnUnpaidOrderLeadsToTheCheckout() {
		Fixture fixture = new Fixture();

		MvcTestResult orderPage = mvc.get()
			.uri("/clinic/orders/" + fixture.order.id())
			.with(as(fixture.clinic.owner()))
			.exchange();
		MvcTestResult pay = mvc.post()
			.uri("/clinic/orders/" + fixture.order.id() + "/pay")
			.with(as(fixture.clinic.owner()))
			.with(csrf())
			.exchange();

		assertThat(orderPage).hasStatusOk().bodyText().contains("data-testid=\"pay-order\"", "Pay ₹236.25");
		assertThat(pay).hasStatus(HttpStatus.FOUND);
		String checkoutUrl = pay.getResponse().getRedirectedUrl();
		assertThat(checkoutUrl).startsWith("/sandbox/razorpay/checkout/order_")
			.contains("?callback=%2Fpayments%2Frazorpay%2Fcallback%2F");
		MvcTestResult sandbox = mvc.get().uri(URI.create(checkoutUrl)).exchange();
		assertThat(sandbox).hasStatusOk()
			.bodyText()
			.contains("Sandbox.", "₹236.25", fixture.order.orderNumber(), "Pay with UPI (succeeds)",
					"Pay by card (the bank declines)");
	}

	@Test
	void theCheckoutJsPageAloneAllowsRazorpaysScript() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), Accounts.principal(fixture.clinic.owner()));

		MvcTestResult page = mvc.get()
			.uri("/clinic/payments/" + checkout.paymentId() + "/checkout")
			.with(as(fixture.clinic.owner()))
			.exchange();
		MvcTestResult orderPage = mvc.get()
			.uri("/clinic/orders/" + fixture.order.id())
			.with(as(fixture.clinic.owner()))
			.exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("https://checkout.razorpay.com/v1/checkout.js",
					"data-order-id=\"" + checkout.razorpayOrderId() + "\"", "data-amount=\"23625\"",
					"data-callback-url=\"http://localhost/payments/razorpay/callback/" + checkout.paymentId() + "\"");
		assertThat(page.getResponse().getHeader("Content-Security-Policy"))
			.contains("script-src 'self' https://checkout.razorpay.com");
		assertThat(orderPage.getResponse().getHeader("Content-Security-Policy")).doesNotContain("razorpay");
	}

	@Test
	void theResultPageSaysWhatBecameOfThePayment() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), Accounts.principal(fixture.clinic.owner()));
		String path = "/clinic/payments/" + checkout.paymentId();

		MvcTestResult waiting = mvc.get().uri(path + "?outcome=paid").with(as(fixture.clinic.owner())).exchange();
		payments.recordCapture(checkout.razorpayOrderId(), "pay_PagesIT000001", checkout.amountPaise(), "INR", "upi");
		MvcTestResult captured = mvc.get()
			.uri(path)
			.with(as(fixture.clinic.owner()))
			.header("HX-Request", "true")
			.exchange();

		assertThat(waiting).hasStatusOk().bodyText().contains("Razorpay has your payment; confirming it…", "every 2s");
		assertThat(captured).hasStatusOk().bodyText().contains("Payment received.").doesNotContain("every 2s", "<html");
	}

	@Test
	void onlyThePayingClinicSeesItsPayment() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), Accounts.principal(fixture.clinic.owner()));
		OwnedClinic stranger = Profiles.approvedClinic(users, clinics, IndianState.KERALA);

		assertThat(mvc.get().uri("/clinic/payments/" + checkout.paymentId()).with(as(stranger.owner())).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/clinic/orders/" + fixture.order.id() + "/pay")
			.with(as(stranger.owner()))
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/clinic/payments/" + checkout.paymentId()).with(as(fixture.maker.owner())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theSandboxOnlyReturnsToOurCallbackAndKnowsOnlyItsOrders() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), Accounts.principal(fixture.clinic.owner()));

		assertThat(mvc.get()
			.uri("/sandbox/razorpay/checkout/" + checkout.razorpayOrderId() + "?callback=https://evil.example/steal")
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get()
			.uri("/sandbox/razorpay/checkout/order_NeverCreated01?callback=/payments/razorpay/callback/"
					+ UUID.randomUUID())
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theTeamSeesFlaggedPaymentsAndTheWebhooksReceived() throws Exception {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), Accounts.principal(fixture.clinic.owner()));
		String body = ("{\"entity\":\"event\",\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":"
				+ "{\"id\":\"pay_AdminPages0001\",\"amount\":100,\"currency\":\"INR\",\"status\":\"captured\","
				+ "\"order_id\":\"%s\"}}}}")
			.formatted(checkout.razorpayOrderId());
		String eventId = "evt_admin_" + UUID.randomUUID().toString().substring(0, 8);
		mvc.post()
			.uri("/api/webhooks/razorpay/payment")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("X-Razorpay-Event-Id", eventId)
			.header("X-Razorpay-Signature", RazorpaySignatures.sign(body, settings.keys().webhookSecret()))
			.exchange();
		Awaitility.await().until(() -> webhooks.get(eventId).outcome() == EventOutcome.FLAGGED);
		User support = Accounts.create(users, Role.SUPPORT);

		MvcTestResult flagged = mvc.get().uri("/admin/payments?flagged=true").with(as(support)).exchange();
		MvcTestResult events = mvc.get().uri("/admin/payments/events").with(as(support)).exchange();
		MvcTestResult event = mvc.get()
			.uri("/admin/payments/events/event")
			.param("id", eventId)
			.with(as(support))
			.exchange();

		assertThat(flagged).hasStatusOk()
			.bodyText()
			.contains(fixture.order.orderNumber(), "₹236.25", "Razorpay reported INR 1.00 paid against ₹236.25.");
		assertThat(events).hasStatusOk().bodyText().contains(eventId, "payment.captured", "FLAGGED");
		assertThat(event).hasStatusOk().bodyText().contains("&quot;id&quot; : &quot;pay_AdminPages0001&quot;");
		assertThat(mvc.get().uri("/admin/payments").with(as(fixture.clinic.owner())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theManufacturerSeesWhatEachPaidOrderBringsAndTheTeamSeesTheLedgerBalance() {
		Fixture fixture = new Fixture();
		PaymentCheckout checkout = checkouts.initiate(fixture.order.id(), Accounts.principal(fixture.clinic.owner()));
		payments.recordCapture(checkout.razorpayOrderId(), "pay_Settlement0001", checkout.amountPaise(), "INR", "upi");

		MvcTestResult settlements = mvc.get()
			.uri("/manufacturer/settlements")
			.with(as(fixture.maker.owner()))
			.exchange();
		MvcTestResult admin = mvc.get().uri("/admin/payments").with(as(Accounts.create(users, Role.ADMIN))).exchange();

		assertThat(settlements).hasStatusOk()
			.bodyText()
			.contains(fixture.order.orderNumber(), "₹236.25", "₹22.50", "₹4.05", "₹1.13", "₹208.57");
		assertThat(admin).hasStatusOk().bodyText().contains("The ledger balances for all");
	}

	private static RequestPostProcessor as(User owner) {
		return user(Accounts.principal(owner));
	}

	private final class Fixture {

		final OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		final OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);

		final ProductView product = TestCatalog.product(listing, maker, "112.50", 20);

		final OrderView order = placement.place(Accounts.principal(clinic.owner()),
				List.of(new OrderLine(product.id(), 2)), null, OrderSource.WEB);

	}

}
