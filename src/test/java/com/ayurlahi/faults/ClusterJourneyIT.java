package com.ayurlahi.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.ayurlahi.test.Browser;
import com.ayurlahi.test.DemoData;

/**
 * The cluster journey: two instances of the built jar on one PostgreSQL database behind
 * nginx, and the demo clinic in a browser through nginx: signs in, fills its cart, checks
 * out, pays in the payment sandbox (whose webhook confirms the order) and gets its tax
 * invoice, while one instance is killed with SIGKILL after the cart is filled and started
 * again after the payment. The journey completes, the clinic stays signed in throughout
 * (its session lives in the database), and afterwards the order, its payment, its ledger
 * entries, its invoice number and its notifications each exist exactly once.
 */
class ClusterJourneyIT {

	@Test
	void aClinicOrdersAndPaysThroughNginxWhileAnInstanceIsKilledAndEverythingHappensOnce(@TempDir Path work)
			throws Exception {
		FaultDatabase database = new FaultDatabase("faults-cluster");
		JdbcClient sql = database.sql();
		Path documents = work.resolve("data");
		// The sandbox's webhooks go to the cluster's address, so whichever instance
		// queued
		// one, any live instance delivers it to any live instance.
		int proxyPort = AppInstance.freePort();
		List<String> settings = List.of("--ayurlahi.invoices.sweep-interval=1h",
				"--ayurlahi.payments.sweep-interval=1h", "--ayurlahi.payments.sandbox.webhook-url=http://127.0.0.1:"
						+ proxyPort + "/api/webhooks/razorpay/payment");
		try (AppInstance first = new AppInstance("cluster-a", database.url(), database.username(), database.password(),
				documents, settings)
			.start();
				AppInstance second = new AppInstance("cluster-b", database.url(), database.username(),
						database.password(), documents, settings)
					.start();
				Nginx nginx = Nginx.inFrontOf(work.resolve("nginx"), List.of(first, second), proxyPort);
				Browser clinic = new Browser(nginx.port())) {

			clinic.signIn(DemoData.CLINIC, DemoData.PASSWORD);
			clinic.open("/clinic/catalog?q=ashwagandha");
			clinic.waitUntil(ExpectedConditions.titleIs("Catalog · Ayurlahi"));
			addFromCatalog(clinic, "Ashwagandha Churna", "10");
			clinic.screenshot("cluster-cart-filled");

			first.kill();

			clinic.clickTestId("nav-cart");
			clinic.waitUntil(ExpectedConditions.titleIs("Cart · Ayurlahi"));
			assertThat(clinic.byTestId("cart-total").getText()).as("the cart, after its instance died").isNotBlank();
			clinic.clickTestId("checkout");
			clinic.waitUntil(ExpectedConditions.titleIs("Checkout · Ayurlahi"));
			clinic.clickTestId("place-orders");
			clinic.waitUntil(ExpectedConditions.titleIs("Your orders · Ayurlahi"));
			clinic.click(By.xpath("//tr[@data-testid='order-row'][td[text()='Sahyadri Ayurved Pharmacy Pvt Ltd']]//a"));
			clinic.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='timeline']")));
			String orderNumber = clinic.byTestId("order-number").getText();
			UUID orderId = UUID.fromString(clinic.path().substring("/clinic/orders/".length()));
			clinic.clickTestId("pay-order");
			clinic.waitUntil(ExpectedConditions.titleIs("Razorpay sandbox checkout"));
			clinic.clickTestId("sandbox-pay");
			clinic.waitUntil(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='payment-outcome']"),
					"data-outcome", "captured"));

			first.start();

			clinic.clickTestId("back-to-order");
			clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Confirmed"),
					Duration.ofSeconds(60));
			clinic.waitUntil(
					ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='order-invoice']")),
					Duration.ofSeconds(60));
			clinic.screenshot("cluster-order-confirmed-with-invoice");
			clinic.open("/clinic/orders");
			assertThat(clinic.driver().getTitle()).as("still signed in").isEqualTo("Your orders · Ayurlahi");

			assertThat(sql.sql("select count(*) from orders where order_number = ?")
				.params(orderNumber)
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(sql.sql("select status from payments where order_id = ?")
				.params(orderId)
				.query(String.class)
				.list()).as("one captured payment").containsExactly("CAPTURED");
			List<Map<String, Object>> ledger = sql
				.sql("select kind, count(*) as entries from ledger_entries where order_id = ? group by kind")
				.params(orderId)
				.query()
				.listOfRows();
			assertThat(ledger).isNotEmpty()
				.allSatisfy(kind -> assertThat(((Number) kind.get("entries")).longValue()).as(kind.toString())
					.isEqualTo(1));
			await("the tax invoice").atMost(Duration.ofSeconds(30))
				.until(() -> sql.sql("select count(*) from invoices where order_id = ? and kind = 'TAX_INVOICE'")
					.params(orderId)
					.query(Long.class)
					.single() == 1);
			assertThat(sql.sql("""
					select count(*) from (select supplier_key, financial_year from invoices where kind = 'TAX_INVOICE'
					 group by supplier_key, financial_year
					 having count(*) <> count(distinct sequence_number) or min(sequence_number) <> 1
					     or max(sequence_number) <> count(*)) as broken""").query(Long.class).single())
				.as("invoice series with a gap or a number twice")
				.isZero();
			assertThat(sql.sql("""
					select count(*) from (select user_id, message from notifications where message like ?
					 group by user_id, message having count(*) > 1) as twice""")
				.params("%" + orderNumber + "%")
				.query(Long.class)
				.single()).as("notifications given twice").isZero();
			assertThat(sql.sql("select count(*) from notifications where message like ?")
				.params("%" + orderNumber + "%")
				.query(Long.class)
				.single()).as("notifications of the order").isPositive();
			assertThat(sql.sql("""
					select count(*) from (select entity_id, action from audit_entries where entity_id in (?, ?)
					 group by entity_id, action having count(*) > 1) as twice""")
				.params(orderId.toString(),
						sql.sql("select cast(id as varchar) from payments where order_id = ?")
							.params(orderId)
							.query(String.class)
							.single())
				.query(Long.class)
				.single()).as("changes of the order or its payment audited twice").isZero();
		}
	}

	private static void addFromCatalog(Browser clinic, String product, String quantity) {
		By card = By.xpath("//div[@data-testid='catalog-item'][.//a[text()='" + product + "']]");
		clinic.waitUntil(ExpectedConditions.presenceOfElementLocated(card));
		WebElement field = clinic.find(card).findElement(By.cssSelector("[data-testid='add-quantity']"));
		field.clear();
		field.sendKeys(quantity);
		clinic.click(clinic.find(card).findElement(By.cssSelector("[data-testid='add-to-cart']")));
		clinic.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By
			.xpath("//div[@data-testid='catalog-item'][.//a[text()='" + product + "']]//*[@data-testid='add-status']"),
				"In your cart"));
	}

}
