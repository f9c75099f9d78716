package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.ayurlahi.test.Browser;
import com.ayurlahi.test.IntegrationTest;

/**
 * The journey, on the simulated phone: the demo clinic says hi, finds Triphala,
 * orders two products of two manufacturers with one structured command, checks out, pays
 * both payment links in the Razorpay sandbox and hears about the payments and its
 * invoices; the manufacturer ships in its portal and the clinic gets the tracking number;
 * the manufacturer's own phone got the new paid order.
 */
@IntegrationTest
class WhatsAppJourneyBrowserIT {

	/**
	 * How long a reply may take to come back through the inbound handling and the outbox.
	 */
	private static final Duration REPLY_TIME = Duration.ofSeconds(30);

	private static final String PASSWORD = "Demo@12345";

	private static final String CLINIC_NUMBER = "919800000003";

	private static final String MAKER_NUMBER = "919800000004";

	private static final Pattern PAYMENT_LINK = Pattern.compile("https?://\\S+/sandbox/razorpay/links/[A-Za-z0-9_]+");

	private static final Pattern ORDER_NUMBER = Pattern.compile("AYR-\\d{4}-\\d{6}");

	@LocalServerPort
	int port;

	Browser clinic;

	Browser maker;

	@BeforeEach
	void browsers() {
		clinic = new Browser(port);
		maker = new Browser(port);
	}

	@AfterEach
	void closeBrowsers() {
		clinic.close();
		maker.close();
	}

	@Test
	void theDemoClinicOrdersOnWhatsAppPaysByLinkAndHearsOfEveryStep() {
		clinic.signIn("clinic@demo.ayurlahi.in", PASSWORD);
		clinic.open("/dev/whatsapp?number=" + CLINIC_NUMBER);
		assertThat(clinic.byTestId("simulator-banner").getText()).containsIgnoringCase("simulator");

		say("hi");
		awaitConversation("What would you like to do?");
		clinic.screenshot("whatsapp-simulator-menu");

		say("triphala");
		clinic.waitUntil(
				driver -> clinic.byTestId("conversation").getDomProperty("textContent").contains("Triphala Churna"));
		// The conversation is polled and may be replaced between finding the menu and
		// clicking it: found again then.
		clinic.click(By.xpath("(//*[@data-testid='list-menu']//summary)[last()]"));
		clinic.screenshot("whatsapp-simulator-search");

		say("ORDER SAP-TRI-100 x 5, VHF-BAL-450 x 2");
		awaitConversation("₹651.00");
		say("CHECKOUT");
		awaitConversation("Place orders");
		// The phone can answer a question only once it has reached it (its button is
		// disabled until then).
		clinic.waitUntil(ExpectedConditions.elementToBeClickable(lastButton("Place orders")), REPLY_TIME);
		clinic.click(lastButton("Place orders"));
		awaitConversation("2 orders are placed");
		List<String> orderNumbers = ORDER_NUMBER.matcher(lastChannelText("2 orders are placed"))
			.results()
			.map(java.util.regex.MatchResult::group)
			.toList();
		assertThat(orderNumbers).hasSize(2);
		clinic.waitUntil(driver -> PAYMENT_LINK.matcher(conversation()).results().count() >= 2);
		clinic.screenshot("whatsapp-simulator-orders-placed");
		List<String> links = PAYMENT_LINK.matcher(conversation())
			.results()
			.map(java.util.regex.MatchResult::group)
			.distinct()
			.toList();
		assertThat(links).hasSize(2);

		for (String link : links) {
			clinic.driver().get(link);
			clinic.waitUntil(
					ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='sandbox-pay']")));
			assertThat(clinic.byTestId("sandbox-banner").getText()).containsIgnoringCase("sandbox");
			if (link.equals(links.getFirst())) {
				clinic.screenshot("whatsapp-payment-link-sandbox");
			}
			clinic.clickTestId("sandbox-pay");
			clinic.waitUntil(
					ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='sandbox-result']")));
		}

		clinic.open("/dev/whatsapp?number=" + CLINIC_NUMBER);
		for (String number : orderNumbers) {
			clinic.waitUntil(driver -> conversation().lines()
				.anyMatch(line -> line.contains(number) && line.toLowerCase().contains("received")));
			clinic.waitUntil(driver -> conversation().lines()
				.anyMatch(line -> line.contains(number) && line.toLowerCase().contains("invoice")));
		}
		clinic.screenshot("whatsapp-simulator-paid-and-invoiced");

		maker.signIn("maker@demo.ayurlahi.in", PASSWORD);
		String sahyadriOrder = orderNumbers.getFirst();
		maker.open("/manufacturer/orders");
		maker.waitUntil(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("tr[data-order='" + sahyadriOrder + "'] [data-testid='move-PROCESSING']")));
		maker.click(By.cssSelector("tr[data-order='" + sahyadriOrder + "'] [data-testid='move-PROCESSING']"));
		maker.waitUntil(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-testid='queue-message']"), "is now being packed"));
		maker.clickTestId("queue-packing");
		maker.waitUntil(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-order='" + sahyadriOrder + "']")));
		maker.find(By.cssSelector("tr[data-order='" + sahyadriOrder + "'] [data-testid='carrier']")).sendKeys("DTDC");
		maker.find(By.cssSelector("tr[data-order='" + sahyadriOrder + "'] [data-testid='tracking-number']"))
			.sendKeys("D70012345");
		maker.click(By.cssSelector("tr[data-order='" + sahyadriOrder + "'] [data-testid='move-SHIPPED']"));
		maker.waitUntil(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-testid='queue-message']"), "is now shipped"));

		clinic.waitUntil(driver -> conversation().contains("D70012345"));
		assertThat(conversation()).contains("DTDC");
		clinic.screenshot("whatsapp-simulator-shipped");

		maker.open("/dev/whatsapp?number=" + MAKER_NUMBER);
		maker.waitUntil(driver -> maker.byTestId("conversation").getText().contains(sahyadriOrder));
		assertThat(maker.byTestId("conversation").getText()).doesNotContain(CLINIC_NUMBER, "+91 98000 00003");
		maker.screenshot("whatsapp-simulator-manufacturer-new-order");

		maker.open("/dev/whatsapp?number=" + CLINIC_NUMBER);
		assertThat(maker.driver().findElements(By.cssSelector("[data-testid='conversation']")))
			.as("a manufacturer never opens a clinic's phone")
			.isEmpty();
		assertThat(maker.driver().getPageSource()).doesNotContain("for order " + orderNumbers.getLast());
	}

	private void say(String text) {
		WebElement input = clinic.byTestId("compose-text");
		input.clear();
		input.sendKeys(text);
		clinic.clickTestId("send");
		clinic.waitUntil(driver -> clinic.driver()
			.findElements(By.cssSelector("[data-testid='user-text']"))
			.stream()
			.anyMatch(sent -> sent.getText().equals(text)));
	}

	private void awaitConversation(String text) {
		try {
			clinic.waitUntil(driver -> conversation().contains(text), REPLY_TIME);
		}
		catch (TimeoutException late) {
			throw new AssertionError(
					"No \"" + text + "\" within " + REPLY_TIME + "; the conversation:\n" + conversation(), late);
		}
	}

	/**
	 * The conversation's text. htmx swaps the conversation in as messages and their
	 * statuses come, so an element found may be gone by the time it is read: it is found
	 * and read again then.
	 */
	private String conversation() {
		return clinic.waitUntil(driver -> clinic.byTestId("conversation").getText(), REPLY_TIME);
	}

	private String lastChannelText(String containing) {
		return clinic.waitUntil(driver -> driver.findElements(By.cssSelector("[data-testid='channel-text']"))
			.stream()
			.map(WebElement::getText)
			.filter(text -> text.contains(containing))
			.reduce((first, second) -> second)
			.orElse(null), REPLY_TIME);
	}

	private By lastButton(String title) {
		return By.xpath("(//button[@data-testid='tap-button'][normalize-space()='" + title + "'])[last()]");
	}

}
