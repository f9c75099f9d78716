package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.ayurlahi.test.Browser;
import com.ayurlahi.test.IntegrationTest;

/**
 * A manufacturer keeps its catalog: a new product refused for its MRP, corrected and
 * listed; its stock set; a stock file checked, corrected and applied. The team looks
 * through all orders. Pages also on a phone.
 */
@IntegrationTest
class CatalogManagementBrowserIT {

	private static final String DEMO_PASSWORD = "Demo@12345";

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aManufacturerListsAProductAndUpdatesStockFromAFile() throws IOException {
		browser.signIn("maker@demo.ayurlahi.in", DEMO_PASSWORD);
		browser.clickTestId("nav-products");
		browser.waitUntil(ExpectedConditions.titleIs("Your products · Ayurlahi"));
		assertThat(browser.byTestId("result-count").getText()).isEqualTo("20 products");
		browser.screenshot("manufacturer-products");

		browser.clickTestId("new-product");
		browser.find(By.id("name")).sendKeys("Punarnavadi Mandur");
		browser.find(By.id("sku")).sendKeys("sap-pun-060");
		new Select(browser.find(By.id("dosageForm"))).selectByValue("GULIKA");
		browser.find(By.id("packSize")).sendKeys("60 tablets");
		browser.find(By.id("unitPrice")).sendKeys("150");
		new Select(browser.find(By.id("gstRate"))).selectByValue("5");
		browser.find(By.id("mrp")).sendKeys("150");
		browser.find(By.id("stockQuantity")).sendKeys("80");
		browser.find(By.id("composition")).sendKeys("Punarnava, Mandura bhasma, Trikatu, Triphala");
		browser.clickTestId("save-product");
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='error-mrp']")));
		assertThat(browser.byTestId("error-mrp").getText())
			.isEqualTo("The price with GST (₹157.50) may not exceed the MRP (₹150.00).");
		browser.screenshot("manufacturer-product-errors");
		browser.find(By.id("mrp")).clear();
		browser.find(By.id("mrp")).sendKeys("190");
		browser.clickTestId("save-product");
		browser.waitUntil(ExpectedConditions.titleIs("Punarnavadi Mandur · Ayurlahi"));
		assertThat(browser.byTestId("flash").getText()).contains("Punarnavadi Mandur is in your catalog");
		assertThat(browser.find(By.id("sku")).getAttribute("value")).isEqualTo("SAP-PUN-060");
		WebElement stock = browser.byTestId("stock-input");
		stock.clear();
		stock.sendKeys("95");
		browser.clickTestId("save-stock");
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='current-stock']"), "95"));
		browser.screenshot("manufacturer-product");

		browser.open("/manufacturer/products/import");
		browser.find(By.id("file"))
			.sendKeys(csv("bad.csv", "sku,stock,unitPrice\nSAP-PUN-060,120\nSAP-HIN-050,-5\nNOT-OURS,4\n"));
		browser.clickTestId("preview-import");
		browser.waitUntil(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='import-problems']")));
		assertThat(browser.byTestId("import-problems").getText()).startsWith("2 of 3 lines have problems.");
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid='row-problem']")))
			.extracting(WebElement::getText)
			.containsExactly("The stock \"-5\" is not a whole number from 0 to 10,00,000.",
					"None of your products has the SKU NOT-OURS.");
		browser.screenshot("manufacturer-stock-import-problems");

		browser.find(By.id("file"))
			.sendKeys(csv("good.csv", "sku,stock,unitPrice\nSAP-PUN-060,120\nSAP-HIN-050,300,62.00\n"));
		browser.clickTestId("preview-import");
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='import-ok']")));
		assertThat(browser.byTestId("import-preview").getText()).contains("95 → 120", "₹60.00 → ₹62.00");
		browser.screenshot("manufacturer-stock-import");
		browser.clickTestId("apply-import");
		browser.waitUntil(ExpectedConditions.titleIs("Your products · Ayurlahi"));
		assertThat(browser.byTestId("flash").getText()).isEqualTo("2 products were updated from your file.");
		WebElement search = browser.byTestId("product-search");
		search.sendKeys("punarnavadi");
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='result-count']"), "1 product"));
		assertThat(browser.byTestId("product-stock").getText()).isEqualTo("120");
	}

	@Test
	void theTeamFiltersAllOrdersAndOpensOne() {
		browser.signIn("support@demo.ayurlahi.in", DEMO_PASSWORD);
		browser.clickTestId("nav-orders");
		browser.waitUntil(ExpectedConditions.titleIs("Orders · Admin console · Ayurlahi"));
		new Select(browser.byTestId("status-filter")).selectByValue("PARTIALLY_FULFILLED");
		browser.waitUntil(driver -> browser.path().contains("status=PARTIALLY_FULFILLED"));
		browser.byTestId("manufacturer-filter").sendKeys("sahyadri");
		browser.waitUntil(driver -> browser.path().contains("manufacturer=sahyadri"));
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='result-count']"), "1 order"));
		browser.screenshot("admin-orders");

		browser.click(By.cssSelector("[data-testid='order-link']"));
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='timeline']")));
		assertThat(browser.byTestId("order-status").getText()).isEqualTo("Partially fulfilled");
		assertThat(browser.find(By.cssSelector("[data-testid='timeline']")).getText())
			.contains("Cancelled 6 × Yogaraj Guggulu: Batch held back for quality testing");
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid='cancel-order-form']"))).isEmpty();
		browser.screenshot("admin-order");
	}

	@Test
	void theCatalogAndTheCartWorkOnAPhone() {
		browser.resize(Browser.PHONE);
		browser.signIn("clinic@demo.ayurlahi.in", DEMO_PASSWORD);
		browser.open("/clinic/catalog?q=shatavari");
		assertThat(browser.byTestId("result-count").getText()).isEqualTo("3 products");
		browser.screenshot("clinic-catalog-phone");
		browser.open("/clinic/cart");
		browser.screenshot("clinic-cart-phone");
	}

	private String csv(String name, String content) throws IOException {
		Path file = files.resolve(name);
		Files.writeString(file, content);
		return file.toAbsolutePath().toString();
	}

}
