package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.ayurlahi.common.tax.Money;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.DemoData;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.UserManagement;

/**
 * The demo clinic pays in the Razorpay sandbox: the bank declines the card, the clinic
 * sees why (from Razorpay's signed webhook), tries again on the same Razorpay order by
 * UPI and sees the order confirmed; it cancels a paid order and watches the refund
 * arrive. The team starts the payment-timeout sweep from the console, watches it end, and
 * follows refunds and payouts.
 */
@IntegrationTest
class PaymentJourneysBrowserIT {

	private static final String CLINIC = "clinic@demo.ayurlahi.in";

	@LocalServerPort
	int port;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	UserManagement users;

	Browser clinic;

	@BeforeEach
	void openBrowser() {
		clinic = new Browser(port);
	}

	@AfterEach
	void closeBrowser() {
		clinic.close();
	}

	@Test
	void aDeclinedCardIsExplainedAndTheRetryByUpiConfirmsTheOrder() {
		OrderView order = placement.place(DemoData.clinic(users), List.of(DemoData.line(catalog, "SAP-TRI-100", 4)),
				null, OrderSource.WEB);
		clinic.signIn(CLINIC, "Demo@12345");
		clinic.open("/clinic/orders/" + order.id());
		assertThat(clinic.byTestId("pay-order").getText()).isEqualTo("Pay " + Money.format(order.total()));

		clinic.clickTestId("pay-order");
		clinic.waitUntil(ExpectedConditions.titleIs("Razorpay sandbox checkout"));
		clinic.clickTestId("sandbox-fail");
		clinic.waitUntil(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='payment-outcome']"),
				"data-outcome", "failed"));
		assertThat(clinic.byTestId("payment-result").getText()).contains("The payment did not go through.",
				"Your payment was declined by the bank. Try another card or UPI.");
		clinic.screenshot("clinic-payment-failed");

		clinic.clickTestId("retry-payment");
		clinic.waitUntil(ExpectedConditions.titleIs("Razorpay sandbox checkout"));
		clinic.clickTestId("sandbox-pay");
		clinic.waitUntil(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='payment-outcome']"),
				"data-outcome", "captured"));
		clinic.clickTestId("back-to-order");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Confirmed"));
		assertThat(clinic.find(By.cssSelector("[data-testid='timeline']")).getText()).contains("Payment failed",
				"Confirmed");
	}

	@Test
	void theClinicCancelsAPaidOrderAndWatchesTheRefundArrive() {
		OrderView order = placement.place(DemoData.clinic(users), List.of(DemoData.line(catalog, "SAP-TRI-100", 2)),
				null, OrderSource.WEB);
		clinic.signIn(CLINIC, "Demo@12345");
		clinic.open("/clinic/orders/" + order.id());
		clinic.clickTestId("pay-order");
		clinic.waitUntil(ExpectedConditions.titleIs("Razorpay sandbox checkout"));
		clinic.clickTestId("sandbox-pay");
		clinic.waitUntil(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='payment-outcome']"),
				"data-outcome", "captured"));
		clinic.clickTestId("back-to-order");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Confirmed"));
		assertThat(clinic.byTestId("cancel-refund-hint").getText()).contains(Money.format(order.total()));

		clinic.byTestId("cancel-reason").sendKeys("Ordered the wrong pack size");
		clinic.clickTestId("cancel-order");

		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Refunded"));
		assertThat(clinic.byTestId("timeline").getText()).contains("Ordered the wrong pack size",
				"Refund of " + Money.format(order.total()), "processed by Razorpay");
		clinic.screenshot("clinic-order-refunded");

		try (Browser admin = new Browser(port)) {
			admin.signIn("admin@demo.ayurlahi.in", "Demo@12345");
			admin.open("/admin/payments");
			admin.clickTestId("refunds-and-payouts");
			admin.waitUntil(ExpectedConditions.titleIs("Refunds and payouts · Admin console · Ayurlahi"));
			assertThat(admin.find(By.cssSelector("[data-testid='refund-row'][data-order='" + order.orderNumber()
					+ "'] [data-testid='refund-status']"))
				.getText()).isEqualTo("Refunded");
			admin.screenshot("admin-refunds");
		}
	}

	@Test
	void anAdminStartsThePaymentTimeoutSweepFromTheConsole() {
		clinic.signIn("admin@demo.ayurlahi.in", "Demo@12345");
		clinic.clickTestId("nav-jobs");
		clinic.waitUntil(ExpectedConditions.titleIs("Jobs · Ayurlahi"));

		clinic.click(By.cssSelector("[data-job='payment-timeout-sweep'] [data-testid='run-job']"));

		clinic.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"),
				"The payment-timeout-sweep job started as run "));
		clinic.waitUntil(ExpectedConditions
			.textToBe(By.cssSelector("[data-job='payment-timeout-sweep'] [data-testid='run-status']"), "COMPLETED"));
		clinic.waitUntil(
				ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='jobs']"), "data-polling", "false"));
		assertThat(clinic.find(By.cssSelector("[data-job='payment-timeout-sweep'] [data-testid='run-duration']"))
			.getText()).endsWith(" s").doesNotStartWith("running");
		clinic.screenshot("admin-jobs");

		clinic.clickTestId("nav-payments");
		clinic.waitUntil(ExpectedConditions.titleIs("Payments · Admin console · Ayurlahi"));
		assertThat(clinic.driver().findElements(By.cssSelector("[data-testid='payment-row']"))).isNotEmpty();
		clinic.screenshot("admin-payments");
		clinic.clickTestId("received-events");
		clinic.waitUntil(ExpectedConditions.titleIs("Received webhooks · Admin console · Ayurlahi"));
		clinic.screenshot("admin-payment-events");
	}

}
