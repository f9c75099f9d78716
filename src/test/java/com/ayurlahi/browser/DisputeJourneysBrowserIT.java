package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.orders.Shipment;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.SandboxCheckout;
import com.ayurlahi.payments.SettlementLedger;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.DemoData;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * The demo clinic reports a broken bottle with a photo on an order it received, the
 * manufacturer offers part of its price, the clinic accepts: the sandbox refunds it, the
 * credit note appears on the order, the ledger balances and the manufacturer's settlement
 * shows the refund. The team's console lists the disputes with their deadlines, and an
 * admin rejects the contested demo dispute.
 */
@IntegrationTest
class DisputeJourneysBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	OrderPlacement placement;

	@Autowired
	OrderManagement orders;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	SettlementLedger ledger;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	UserManagement users;

	@Autowired
	MockMvcTester mvc;

	@Test
	void aBrokenBottleIsReportedOfferedForAcceptedAndRefunded() throws Exception {
		OrderView order = deliveredOrder();
		Path photo = Files.createTempFile("broken-bottle", ".png");
		BufferedImage bottle = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D drawing = bottle.createGraphics();
		drawing.setColor(new Color(0x5B, 0x3A, 0x1E));
		drawing.fillRoundRect(120, 30, 80, 150, 20, 20);
		drawing.dispose();
		ImageIO.write(bottle, "png", photo.toFile());

		String disputePath;
		try (Browser clinic = new Browser(port)) {
			clinic.signIn(DemoData.CLINIC, DemoData.PASSWORD);
			clinic.open("/clinic/orders/" + order.id());
			clinic.waitUntil(ExpectedConditions.textToBePresentInElementLocated(
					By.cssSelector("[data-testid='dispute-button'] a"), "Report a problem (until "));
			clinic.click(By.cssSelector("[data-testid='dispute-button'] a"));
			clinic.waitUntil(ExpectedConditions.titleIs("Report a problem · Ayurlahi"));
			clinic.byTestId("units-0").sendKeys("1");
			new Select(clinic.byTestId("reason-0")).selectByValue("DAMAGED_IN_TRANSIT");
			clinic.byTestId("description").sendKeys("One bottle arrived broken; the carton was crushed.");
			clinic.byTestId("photo").sendKeys(photo.toString());
			clinic.screenshot("clinic-dispute-report");
			clinic.clickTestId("report");
			clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='dispute-status']"),
					"Awaiting the manufacturer"));
			assertThat(clinic.find(By.cssSelector("[data-testid='evidence'] img")).getAttribute("alt"))
				.startsWith("broken-bottle");
			clinic.byTestId("evidence-file").sendKeys(photo.toString());
			clinic.clickTestId("upload");
			clinic.waitUntil(driver -> driver.findElements(By.cssSelector("[data-testid='evidence'] img")).size() == 2);
			disputePath = clinic.path().replace("/clinic", "");
			clinic.screenshot("clinic-dispute");
			assertThat(clinic.driver().manage().logs().get("browser").getAll())
				.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
		}

		try (Browser maker = new Browser(port)) {
			maker.signIn("maker@demo.ayurlahi.in", DemoData.PASSWORD);
			maker.open("/manufacturer/disputes");
			assertThat(maker.find(By.cssSelector("[data-testid='disputes']")).getText()).contains(order.orderNumber());
			maker.screenshot("manufacturer-disputes");
			maker.open("/manufacturer" + disputePath);
			maker.click(By.id("action-offer"));
			maker.byTestId("amount-0").sendKeys("60.00");
			maker.screenshot("manufacturer-dispute-answer");
			assertThat(maker.driver().manage().logs().get("browser").getAll())
				.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
			maker.clickTestId("send-answer");
			maker.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='dispute-status']"),
					"Awaiting the clinic"));
		}

		try (Browser clinic = new Browser(port)) {
			clinic.signIn(DemoData.CLINIC, DemoData.PASSWORD);
			clinic.open("/clinic" + disputePath);
			clinic.clickTestId("accept-offer");
			clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='dispute-status']"), "Resolved"));
			clinic.waitUntil(driver -> {
				driver.navigate().refresh();
				return driver.findElement(By.cssSelector("[data-testid='refund']")).getText().contains("Refunded");
			});
			clinic.screenshot("clinic-dispute-resolved");
			clinic.open("/clinic/orders/" + order.id());
			clinic.waitUntil(driver -> {
				driver.navigate().refresh();
				return driver.findElements(By.cssSelector("[data-testid='order-invoice']"))
					.stream()
					.anyMatch(row -> row.getText().startsWith("Credit note") && row.getText().contains("₹60.00"));
			});
		}
		assertThat(ledger.check().unbalancedPayments()).isEmpty();

		try (Browser maker = new Browser(port)) {
			maker.signIn("maker@demo.ayurlahi.in", DemoData.PASSWORD);
			maker.open("/manufacturer/settlements");
			assertThat(maker.find(By.cssSelector("[data-testid='settlement-row'][data-order='" + order.orderNumber()
					+ "'] [data-testid='refunded']"))
				.getText()).isEqualTo("₹60.00");
		}

		try (Browser admin = new Browser(port)) {
			admin.signIn("admin@demo.ayurlahi.in", DemoData.PASSWORD);
			admin.open("/admin/disputes");
			assertThat(admin.find(By.cssSelector("[data-testid='disputes']")).getText()).contains(order.orderNumber());
			admin.screenshot("admin-disputes");
			admin.open("/admin/disputes?status=ESCALATED");
			admin.click(By.cssSelector("[data-testid='dispute-row'] a"));
			admin.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='decide-form']")));
			admin.screenshot("admin-dispute-decision");
			admin.click(By.id("resolution-REJECTED"));
			admin.find(By.id("note")).sendKeys("The dispatch weight on the courier's receipt shows six packs.");
			admin.clickTestId("decide");
			admin.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='dispute-status']"), "Rejected"));
		}
	}

	/** An order of the demo clinic, paid in the sandbox, shipped and delivered. */
	private OrderView deliveredOrder() {
		AuthenticatedUser clinic = DemoData.clinic(users);
		OrderView placed = placement.place(clinic, List.of(DemoData.line(catalog, "SAP-TRI-100", 2)), null,
				OrderSource.WEB);
		new SandboxCheckout(mvc).payAndReturn(checkouts.initiate(placed.id(), clinic));
		AuthenticatedUser maker = AuthenticatedUser.actingAs(users.findByEmail("maker@demo.ayurlahi.in").orElseThrow());
		orders.changeStatus(placed.id(), OrderStatus.PROCESSING, null, null, maker);
		orders.changeStatus(placed.id(), OrderStatus.SHIPPED, new Shipment("DTDC", "D70099887"), null, maker);
		return orders.changeStatus(placed.id(), OrderStatus.DELIVERED, null, null, maker);
	}

}
