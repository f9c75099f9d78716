package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.address.AddressLines;
import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.gst.TestGstins;
import com.ayurlahi.invoices.Invoice;
import com.ayurlahi.invoices.InvoiceKind;
import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.invoices.InvoicePdfs;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.profiles.ContactDetails;
import com.ayurlahi.profiles.Licence;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.DemoData;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * Issue 16's "done when", in the browser: a clinic on Free (its trial long over) has used
 * its ten orders of the month; the catalog and the cart say so and checkout refuses with
 * a link to change plan. It subscribes to Clinic, authorises UPI AutoPay on the sandbox's
 * page, finds the platform's tax invoice on its plan page, and orders again (paid in the
 * payment sandbox). A renewal fails: past due with a warning, restricted to Free after
 * the grace period (the reconciliation job, started by the team), active again once paid,
 * while the manufacturer packs, ships and delivers the paid order and the clinic tracks
 * it and downloads its invoice. The team sees the plan change, the MRR, the past-due
 * list, the clinic's history and the subscription invoices.
 */
@IntegrationTest
class SubscriptionJourneysBrowserIT {

	private static final String CLINIC_NAME = "Nalanda Ayurveda Clinic";

	private static final String ADMIN = "admin@demo.ayurlahi.in";

	private static final String MAKER = "maker@demo.ayurlahi.in";

	/** The Clinic plan's ₹999.00 and 18 % GST, as Razorpay charges it. */
	private static final String CLINIC_MONTH = "₹1,178.82";

	@LocalServerPort
	int port;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	InvoiceManagement invoices;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SandboxSubscriptions sandbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	OwnedClinic owned;

	Browser clinic;

	Browser maker;

	Browser admin;

	@BeforeEach
	void aClinicOnFreeThatUsedItsOrdersThisMonth() {
		owned = aClinic();
		jdbc.sql("update clinics set created_at = created_at - interval '60 days' where id = :id")
			.param("id", owned.clinic().getId())
			.update();
		setOrdersThisMonth(10);
		clinic = new Browser(port);
		maker = new Browser(port);
		admin = new Browser(port);
	}

	@AfterEach
	void closeBrowsersAndPutTheClockBack() {
		clock.reset();
		clinic.close();
		maker.close();
		admin.close();
	}

	@Test
	void aClinicOnFreeUpgradesInTheSandboxOrdersAgainGoesPastDueIsRestrictedAndPaysWhileItsOrderMovesOn()
			throws IOException {
		// 1. Free, its ten orders used: the catalog and the cart say so, checkout
		// refuses.
		clinic.signIn(owned.owner().getEmail(), Accounts.PASSWORD);
		clinic.open("/clinic/catalog");
		clinic.waitUntil(ExpectedConditions.titleIs("Catalog · Ayurlahi"));
		assertThat(clinic.byTestId("plan-notice-message").getText())
			.startsWith("Your Free plan's 10 orders for this month are used up: you can place orders again from ");
		assertThat(clinic.byTestId("plan-notice-link").getText()).isEqualTo("Change plan");
		clinic.screenshot("subscription-catalog-limit-reached");

		UUID triphala = DemoData.line(catalog, "SAP-TRI-100", 1).productId();
		clinic.open("/clinic/catalog/" + triphala);
		clinic.waitUntil(ExpectedConditions.titleIs("Triphala Churna · Ayurlahi"));
		WebElement quantity = clinic.byTestId("add-quantity");
		quantity.clear();
		quantity.sendKeys("5");
		clinic.clickTestId("add-to-cart");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='cart-count']"), "1"));
		clinic.clickTestId("nav-cart");
		clinic.waitUntil(ExpectedConditions.titleIs("Cart · Ayurlahi"));
		assertThat(clinic.byTestId("plan-notice-message").getText()).contains("orders for this month are used up");
		clinic.screenshot("subscription-cart-limit-reached");

		clinic.clickTestId("checkout");
		clinic.waitUntil(ExpectedConditions.titleIs("Checkout · Ayurlahi"));
		clinic.clickTestId("place-orders");
		clinic
			.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='checkout-error']")));
		assertThat(clinic.byTestId("checkout-error").getText()).contains(
				"Your Free plan's 10 orders for this month are used up. Upgrade to Clinic to order more this month.");
		assertThat(clinic.byTestId("checkout-error-link").getText()).isEqualTo("Change plan");
		assertThat(clinic.byTestId("checkout-error-link").getAttribute("href")).endsWith("/clinic/plan");
		assertThat(ordersOfTheClinic()).isZero();
		clinic.screenshot("subscription-checkout-refused");

		// 2. Plan and billing: Clinic, confirmed, authorised by UPI AutoPay in the
		// sandbox.
		clinic.clickTestId("checkout-error-link");
		clinic.waitUntil(ExpectedConditions.titleIs("Plan and billing · Ayurlahi"));
		assertThat(clinic.byTestId("plan-name").getText()).isEqualTo("Free");
		assertThat(clinic.byTestId("plan-source").getText()).isEqualTo("Free");
		assertThat(clinic.byTestId("plan-usage").getText()).isEqualTo("10 of 10 orders");
		clinic.screenshot("subscription-plan-free");

		clinic.clickTestId("choose-CLINIC");
		clinic.waitUntil(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-testid='plan-change-confirmation']")));
		assertThat(clinic.byTestId("plan-change-summary").getText()).contains("Clinic", CLINIC_MONTH);
		clinic.screenshot("subscription-plan-confirm");

		clinic.clickTestId("confirm-plan-change");
		clinic.waitUntil(ExpectedConditions.titleIs("Razorpay sandbox subscription"));
		Subscription subscription = subscriptions.findByClinicIdOrderByCreatedAtDesc(owned.clinic().getId()).getFirst();
		assertThat(clinic.path()).isEqualTo(SandboxSubscriptions.PAGE_PATH + subscription.getGatewaySubscriptionId());
		assertThat(clinic.byTestId("sandbox-banner").getText()).startsWith("SANDBOX.");
		assertThat(clinic.byTestId("sandbox-plan").getText()).isEqualTo("Clinic (version 1)");
		assertThat(clinic.byTestId("sandbox-due-now").getText()).contains(CLINIC_MONTH, "(the first month)");
		clinic.screenshot("subscription-sandbox-authorise");

		clinic.clickTestId("sandbox-authorise-UPI");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='sandbox-result']"),
				"The UPI AutoPay mandate is authorised."));
		assertThat(clinic.byTestId("sandbox-method").getText()).isEqualTo("UPI AutoPay");
		clinic.screenshot("subscription-sandbox-authorised");
		awaitWebhooksApplied();

		clinic.clickTestId("sandbox-return");
		clinic.waitUntil(ExpectedConditions.titleIs("Plan and billing · Ayurlahi"));
		assertThat(clinic.byTestId("plan-state").getText()).isEqualTo("Clinic: active");
		assertThat(clinic.byTestId("plan-source").getText()).isEqualTo("Subscribed");
		assertThat(clinic.byTestId("payment-method").getText()).isEqualTo("UPI AutoPay");
		assertThat(clinic.byTestId("next-charge").getText()).matches(CLINIC_MONTH + " on \\d{1,2} \\w{3} \\d{4}");
		assertThat(clinic.byTestId("plan-usage").getText()).isEqualTo("10 orders (unlimited)");
		Invoice first = awaitSubscriptionInvoices(1).getFirst();
		assertThat(first.getNumber()).matches("AYL/\\d{4}/S\\d{6}");
		WebElement invoiceRow = awaitOnPlanPage(
				By.cssSelector("[data-testid='plan-invoice'][data-number='" + first.getNumber() + "']"));
		assertThat(invoiceRow.getText()).contains("Tax invoice", CLINIC_MONTH);
		clinic.screenshot("subscription-plan-active");

		clinic.click(invoiceRow.findElement(By.cssSelector("[data-testid='download-plan-invoice']")));
		Path pdf = clinic.awaitDownload(first.fileName());
		assertThat(InvoicePdfs.text(Files.readAllBytes(pdf))).contains("TAX INVOICE", first.getNumber(),
				"Ayurlahi Technologies Private Limited", "32AAJCA2026R1ZL", CLINIC_NAME, "997331", "CGST", "SGST",
				CLINIC_MONTH);
		clinic.open("/invoices/" + first.getId());
		assertThat(clinic.find(By.tagName("h1")).getText()).isEqualTo("TAX INVOICE");
		clinic.screenshot("subscription-invoice-document");

		// 3. It orders again: placed, paid in the payment sandbox, and packed.
		clinic.open("/clinic/cart");
		clinic.waitUntil(ExpectedConditions.titleIs("Cart · Ayurlahi"));
		assertThat(clinic.driver().findElements(By.cssSelector("[data-testid='plan-notice']"))).isEmpty();
		clinic.clickTestId("checkout");
		clinic.waitUntil(ExpectedConditions.titleIs("Checkout · Ayurlahi"));
		clinic.clickTestId("place-orders");
		clinic.waitUntil(ExpectedConditions.titleIs("Your orders · Ayurlahi"));
		assertThat(clinic.byTestId("flash").getText()).contains("Sahyadri Ayurved Pharmacy Pvt Ltd", "awaits payment");
		clinic.click(By.cssSelector("[data-testid='order-row'] a"));
		clinic.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='timeline']")));
		UUID orderId = UUID.fromString(clinic.path().substring("/clinic/orders/".length()));
		clinic.clickTestId("pay-order");
		clinic.waitUntil(ExpectedConditions.titleIs("Razorpay sandbox checkout"));
		clinic.clickTestId("sandbox-pay");
		clinic.waitUntil(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='payment-outcome']"),
				"data-outcome", "captured"));
		clinic.clickTestId("back-to-order");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Confirmed"));
		clinic.screenshot("subscription-order-paid");

		maker.signIn(MAKER, DemoData.PASSWORD);
		maker.open("/manufacturer/orders/" + orderId);
		maker.clickTestId("move-PROCESSING");
		maker.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"),
				"being packed"));
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Being packed"));

		// 4. The renewal fails: past due, with a warning on the page and in the
		// notifications.
		clinic.open(SandboxSubscriptions.PAGE_PATH + subscription.getGatewaySubscriptionId());
		clinic.waitUntil(ExpectedConditions.titleIs("Razorpay sandbox subscription"));
		clinic.clickTestId("sandbox-fail-next");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='sandbox-failures-to-come']"),
				"The next 1 charge(s) will fail."));
		clinic.clickTestId("sandbox-renew-now");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='sandbox-result']"),
				"The next charge was taken now."));
		assertThat(clinic.byTestId("sandbox-status").getText()).isEqualTo("pending");
		clinic.screenshot("subscription-sandbox-renewal-failed");
		awaitWebhooksApplied();

		clinic.open("/clinic/plan");
		assertThat(clinic.byTestId("plan-source").getText()).isEqualTo("Past due");
		assertThat(clinic.byTestId("plan-name").getText()).isEqualTo("Clinic");
		assertThat(clinic.byTestId("plan-state").getText()).startsWith("Past due");
		clinic.screenshot("subscription-plan-past-due");
		WebElement warning = awaitNotification("Razorpay could not take the payment for your Clinic plan.");
		assertThat(warning.getText()).contains("unless it is paid by");
		clinic.screenshot("subscription-notification-past-due");

		admin.signIn(ADMIN, DemoData.PASSWORD);
		admin.open("/admin/subscriptions/past-due");
		admin.waitUntil(ExpectedConditions.titleIs("Past due · Subscriptions · Admin console · Ayurlahi"));
		WebElement pastDueRow = admin
			.find(By.cssSelector("[data-testid='past-due-row'][data-subscription='" + subscription.getId() + "']"));
		assertThat(pastDueRow.getText()).contains(CLINIC_NAME, "Clinic");
		admin.screenshot("subscription-admin-past-due");

		maker.open("/manufacturer/orders/" + orderId);
		maker.byTestId("carrier").sendKeys("DTDC");
		maker.byTestId("tracking-number").sendKeys("D70011223");
		maker.clickTestId("move-SHIPPED");
		maker.waitUntil(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"), "shipped"));
		clinic.open("/clinic/orders/" + orderId);
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Shipped"));

		// The grace period ends; the team's reconciliation job restricts the clinic to
		// Free.
		YearMonth monthBefore = Entitlements.monthOf(clock.instant());
		clock.moveBy(Duration.ofDays(8));
		if (!Entitlements.monthOf(clock.instant()).equals(monthBefore)) {
			// Near a month's end the move starts a new month: its count as full as
			// before.
			setOrdersThisMonth(11);
		}
		admin.open("/admin/jobs");
		admin.waitUntil(ExpectedConditions.titleIs("Jobs · Ayurlahi"));
		admin.click(By.cssSelector("[data-job='subscription-reconciliation'] [data-testid='run-job']"));
		admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"),
				"The subscription-reconciliation job started as run "));
		// The page polls only runs it thinks recent, judged by the moved clock: reloaded.
		await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
			admin.open("/admin/jobs");
			return admin.find(By.cssSelector("[data-job='subscription-reconciliation'] [data-testid='run-status']"))
				.getText()
				.equals("COMPLETED");
		});
		admin.screenshot("subscription-admin-reconciliation");

		clinic.open("/clinic/plan");
		assertThat(clinic.byTestId("plan-source").getText()).isEqualTo("Restricted");
		assertThat(clinic.byTestId("plan-name").getText()).isEqualTo("Free");
		assertThat(clinic.byTestId("plan-features").getText()).contains("10 orders a month", "No ordering on WhatsApp");
		clinic.screenshot("subscription-plan-restricted");
		clinic.open("/clinic/catalog");
		assertThat(clinic.byTestId("plan-notice-message").getText())
			.startsWith("Your Free plan's 10 orders for this month are used up");
		clinic.screenshot("subscription-catalog-restricted");

		// Restricted, the clinic still follows its paid order to delivery and downloads
		// its invoice.
		maker.open("/manufacturer/orders/" + orderId);
		maker.clickTestId("move-DELIVERED");
		maker.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"),
				"is now delivered"));
		clinic.open("/clinic/orders/" + orderId);
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Delivered"));
		clinic.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='order-invoice']")));
		Invoice orderInvoice = invoices.forOrder(orderId, principal()).getFirst();
		clinic.clickTestId("download-order-invoice");
		assertThat(InvoicePdfs.text(Files.readAllBytes(clinic.awaitDownload(orderInvoice.fileName()))))
			.contains("TAX INVOICE", orderInvoice.getNumber(), CLINIC_NAME);
		clinic.screenshot("subscription-restricted-order-delivered");

		// Paying again makes it active.
		clinic.open(SandboxSubscriptions.PAGE_PATH + subscription.getGatewaySubscriptionId());
		clinic.clickTestId("sandbox-pay-now");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='sandbox-result']"),
				"Paid: the subscription is active again."));
		assertThat(clinic.byTestId("sandbox-status").getText()).isEqualTo("active");
		clinic.screenshot("subscription-sandbox-paid");
		awaitWebhooksApplied();
		clinic.open("/clinic/plan");
		assertThat(clinic.byTestId("plan-state").getText()).isEqualTo("Clinic: active");
		assertThat(clinic.byTestId("plan-source").getText()).isEqualTo("Subscribed");
		awaitSubscriptionInvoices(2);
		assertThat(awaitOnPlanPage(By.cssSelector("[data-testid='plan-invoice']:nth-child(2)")).isDisplayed()).isTrue();
		clinic.screenshot("subscription-plan-active-again");

		// 5. The team: the MRR, the clinic's history with its plan change, the invoices.
		admin.open("/admin/subscriptions");
		admin.waitUntil(ExpectedConditions.titleIs("Subscriptions · Admin console · Ayurlahi"));
		assertThat(admin.byTestId("mrr").getText()).startsWith("₹");
		admin.screenshot("subscription-admin-overview");
		admin.open("/admin/subscriptions/clinics/" + owned.clinic().getId());
		admin.waitUntil(ExpectedConditions.titleIs("Clinic's subscription · Admin console · Ayurlahi"));
		assertThat(admin.byTestId("clinic-name").getText()).contains(CLINIC_NAME);
		assertThat(admin.byTestId("current-plan").getText()).contains("Clinic");
		// The history shows the subscription, its mandate, both charges and the dunning:
		// past due, restricted, paid again (kept after the clinic paid).
		assertThat(admin.byTestId("timeline").getText()).contains("Subscribed", "Clinic v1 at ₹999.00 a month",
				"Mandate authorised", "Clinic v1 by UPI AutoPay", "Past due", "Restricted", "Paid again");
		assertThat(admin.driver().findElements(By.cssSelector("[data-testid='timeline-entry'][data-kind='CHARGED']")))
			.hasSize(2);
		admin.screenshot("subscription-admin-clinic-history");
		admin.open("/admin/subscriptions/subscribers");
		admin.waitUntil(ExpectedConditions.titleIs("Subscribers · Admin console · Ayurlahi"));
		assertThat(admin
			.find(By.cssSelector("[data-testid='subscriber-row'][data-subscription='" + subscription.getId() + "']"))
			.getText()).contains(CLINIC_NAME, "Clinic", "UPI AutoPay");
		admin.screenshot("subscription-admin-subscribers");
		admin.open("/admin/invoices?kind=" + InvoiceKind.SUBSCRIPTION_INVOICE.name());
		for (Invoice invoice : awaitSubscriptionInvoices(2)) {
			assertThat(
					admin.find(By.cssSelector("[data-testid='invoice-row'][data-number='" + invoice.getNumber() + "']"))
						.getText())
				.contains(CLINIC_NAME, CLINIC_MONTH);
		}
		admin.screenshot("subscription-admin-invoices");
	}

	private OwnedClinic aClinic() {
		Gstin gstin = TestGstins.random(IndianState.KERALA);
		ProfileDetails details = new ProfileDetails(CLINIC_NAME, gstin,
				new Licence("DL-" + gstin.pan(), LocalDate.now().plusYears(1)),
				new AddressLines("7 Temple Road", null, "Thrissur", "680001"),
				new ContactDetails("Dr. Meera Nair", Accounts.uniqueMobile(), Accounts.uniqueEmail("nalanda")));
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, details);
		return new OwnedClinic(pending.owner(), clinics.approve(pending.clinic().getId(), Profiles.ADMIN));
	}

	private void setOrdersThisMonth(int orders) {
		String month = Entitlements.monthOf(clock.instant()).toString();
		jdbc.sql("delete from clinic_order_usage where clinic_id = :id and usage_month = :month")
			.param("id", owned.clinic().getId())
			.param("month", month)
			.update();
		jdbc.sql("insert into clinic_order_usage (clinic_id, usage_month, orders) values (:id, :month, :orders)")
			.param("id", owned.clinic().getId())
			.param("month", month)
			.param("orders", orders)
			.update();
	}

	private long ordersOfTheClinic() {
		return jdbc.sql("select count(*) from orders where clinic_id = :id")
			.param("id", owned.clinic().getId())
			.query(Long.class)
			.single();
	}

	private AuthenticatedUser principal() {
		return Accounts.principal(owned.owner());
	}

	/** Waits until every webhook the sandbox sent has been posted and applied. */
	private void awaitWebhooksApplied() {
		await().atMost(Duration.ofSeconds(20)).until(sandbox::webhooksPosted);
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from razorpay_events where outcome = 'RECEIVED'
				and (event_type like 'subscription.%' or payload like '%subscriptionChargeId%')
				""").query(Long.class).single() == 0);
	}

	/** The clinic's subscription invoices once there are {@code count}, oldest first. */
	private java.util.List<Invoice> awaitSubscriptionInvoices(int count) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> invoices.listFor(principal(), Set.of(InvoiceKind.SUBSCRIPTION_INVOICE), PageRequest.of(0, 10))
				.getContent()
				.stream()
				.sorted((a, b) -> a.getNumber().compareTo(b.getNumber()))
				.toList(), list -> list.size() == count);
	}

	/**
	 * The element of the plan page's invoices (loaded by htmx after the page), reloading
	 * the page until it is there.
	 */
	private WebElement awaitOnPlanPage(By element) {
		await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
			clinic.open("/clinic/plan");
			clinic.waitUntil(ExpectedConditions.presenceOfElementLocated(element));
			return true;
		});
		return clinic.find(element);
	}

	/** Opens the notifications and waits for one starting with {@code text}. */
	private WebElement awaitNotification(String text) {
		By notification = By.xpath("//*[@data-testid='notification'][contains(., '" + text + "')]");
		await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
			clinic.open("/clinic/plan");
			clinic.clickTestId("notifications-toggle");
			clinic.waitUntil(ExpectedConditions.visibilityOfElementLocated(notification));
			return true;
		});
		return clinic.find(notification);
	}

}
