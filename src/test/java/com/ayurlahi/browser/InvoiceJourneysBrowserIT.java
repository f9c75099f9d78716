package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.ayurlahi.common.tax.Money;
import com.ayurlahi.invoices.Invoice;
import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.invoices.InvoicePdfs;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.DemoData;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.UserManagement;

/**
 * The demo clinic pays an order and downloads its tax invoice from the order page; the
 * invoice lists of the clinic, the manufacturer and the team, and the invoice as a page.
 */
@IntegrationTest
class InvoiceJourneysBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	UserManagement users;

	@Autowired
	InvoiceManagement invoices;

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
	void theClinicPaysAndDownloadsItsInvoiceFromTheOrderPage() throws IOException {
		OrderView order = placement.place(DemoData.clinic(users), List.of(DemoData.line(catalog, "SAP-TRI-100", 3)),
				null, OrderSource.WEB);
		clinic.signIn(DemoData.CLINIC, DemoData.PASSWORD);
		clinic.open("/clinic/orders/" + order.id());
		clinic.clickTestId("pay-order");
		clinic.waitUntil(ExpectedConditions.titleIs("Razorpay sandbox checkout"));
		clinic.clickTestId("sandbox-pay");
		clinic.waitUntil(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='payment-outcome']"),
				"data-outcome", "captured"));
		clinic.clickTestId("back-to-order");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Confirmed"));

		clinic.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='order-invoice']")));
		Invoice invoice = invoices.forOrder(order.id(), DemoData.clinic(users)).getFirst();
		assertThat(clinic.byTestId("order-invoice").getText()).contains("Tax invoice", invoice.getNumber(),
				Money.format(order.total()));
		clinic.screenshot("clinic-order-invoice");

		clinic.clickTestId("download-order-invoice");

		Path pdf = clinic.awaitDownload(invoice.fileName());
		assertThat(InvoicePdfs.text(Files.readAllBytes(pdf))).contains("TAX INVOICE", invoice.getNumber(),
				"Sree Dhanwantari Ayurveda Clinic", "32AAFCA1234K1Z3", Money.format(order.total()));

		clinic.open("/clinic/invoices");
		assertThat(clinic.find(By.cssSelector("[data-testid='invoice-row'][data-number='" + invoice.getNumber() + "']"))
			.getText()).contains(Money.format(order.total()));
		clinic.screenshot("clinic-invoices");
		clinic.open("/invoices/" + invoice.getId());
		assertThat(clinic.find(By.tagName("h1")).getText()).isEqualTo("TAX INVOICE");
		clinic.screenshot("invoice-document");

		try (Browser maker = new Browser(port)) {
			maker.signIn("maker@demo.ayurlahi.in", DemoData.PASSWORD);
			maker.open("/manufacturer/invoices");
			assertThat(
					maker.find(By.cssSelector("[data-testid='invoice-row'][data-number='" + invoice.getNumber() + "']"))
						.getText())
				.contains("Sree Dhanwantari Ayurveda Clinic");
			maker.screenshot("manufacturer-invoices");
		}
		try (Browser admin = new Browser(port)) {
			admin.signIn("admin@demo.ayurlahi.in", DemoData.PASSWORD);
			admin.open("/admin/invoices");
			assertThat(
					admin.find(By.cssSelector("[data-testid='invoice-row'][data-number='" + invoice.getNumber() + "']"))
						.isDisplayed())
				.isTrue();
			admin.screenshot("admin-invoices");
		}
	}

}
