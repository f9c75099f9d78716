package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.ayurlahi.test.Browser;
import com.ayurlahi.test.IntegrationTest;

/**
 * An integrator opens {@code /api/docs}: Swagger UI, from its WebJar, shows the API's
 * description with its operations grouped by subject, and the login request with its
 * example, all under the site's strict Content-Security-Policy (nothing it needs is
 * refused).
 */
@IntegrationTest
class ApiDocsBrowserIT {

	/** Records what the page's policy refuses from now on. */
	private static final String WATCH_POLICY = """
			window.__refused = [];
			document.addEventListener('securitypolicyviolation',
			    e => window.__refused.push(e.violatedDirective + ' ' + e.blockedURI));""";

	@LocalServerPort
	int port;

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
	void swaggerUiShowsTheApiAndItsLoginExample() {
		browser.open("/api/docs");

		// the first visit compiles Swagger UI's large bundle on a loaded test machine
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"),
				"Ayurlahi API"), Duration.ofSeconds(60));
		browser.waitUntil(driver -> driver.findElements(By.cssSelector(".opblock")).size() > 60,
				Duration.ofSeconds(30));
		((JavascriptExecutor) browser.driver()).executeScript(WATCH_POLICY);
		assertThat(browser.find(By.cssSelector(".swagger-ui .info")).getText()).contains("POST /api/auth/login",
				"Authorization: Bearer");
		assertThat(browser.find(By.cssSelector(".btn.authorize")).isDisplayed()).isTrue();
		// the styles came from the WebJar: a POST block is green
		assertThat(browser.find(By.cssSelector(".opblock-post")).getCssValue("border-color"))
			.isEqualTo("rgb(73, 204, 144)");

		browser.click(By.cssSelector("#operations-auth-login .opblock-summary-control"));
		browser.waitUntil(driver -> driver.findElement(By.cssSelector("#operations-auth-login"))
			.getText()
			.contains("clinic@demo.ayurlahi.in"));
		assertThat(browser.find(By.cssSelector("#operations-auth-login")).getText()).contains("423", "429");
		// Swagger UI's own markup fails axe's contrast and select-name rules; it is
		// served as the WebJar ships it
		browser.screenshotOfThirdPartyPage("api-docs");

		@SuppressWarnings("unchecked")
		List<Object> refused = (List<Object>) ((JavascriptExecutor) browser.driver())
			.executeScript("return window.__refused;");
		assertThat(refused).isEmpty();
	}

}
