package com.ayurlahi.test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;
import org.webjars.WebJarVersionLocator;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, with a fresh profile
 * each time. Selenium is given both paths, so it never looks for (or downloads) a driver
 * or a browser.
 */
public final class Browser implements AutoCloseable {

	public static final Dimension DESKTOP = new Dimension(1280, 900);

	public static final Dimension PHONE = new Dimension(390, 844);

	private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

	/** axe-core from its npm package (the WebJar), read once for every browser. */
	private static final String AXE = readAxe();

	/**
	 * Runs axe on the page and answers its serious and critical violations, each with the
	 * rule, its impact, help text and the selectors of the offending elements.
	 */
	private static final String RUN_AXE = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then(function (results) {
			    done(results.violations
			      .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
			      .map(function (v) {
			        return { id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
			          targets: v.nodes.map(function (n) { return n.target.join(' '); }) };
			      }));
			  })
			  .catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e),
			    helpUrl: '', targets: [] }]); });
			""";

	private final String baseUrl;

	private final Path profile;

	private final ChromeDriver driver;

	public Browser(int port) {
		requireInstalled(CHROMIUM, "chromium");
		requireInstalled(CHROMEDRIVER, "chromium-driver");
		this.baseUrl = "http://localhost:" + port;
		try {
			this.profile = Files.createTempDirectory("ayurlahi-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--force-prefers-reduced-motion",
				"--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", downloads().toString(), "download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		resize(DESKTOP);
	}

	/** Where the browser saves downloads: a folder of this browser's own profile. */
	public Path downloads() {
		return profile.resolve("downloads");
	}

	/**
	 * The file once the browser has finished downloading it (within 30 s, as long as a
	 * script may take: on a slow, busy machine 15 s was once not enough for a PDF).
	 */
	public Path awaitDownload(String fileName) {
		Path file = downloads().resolve(fileName);
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> Files.isRegularFile(file) && !Files.exists(downloads().resolve(fileName + ".crdownload"))
					&& Files.size(file) > 0);
		return file;
	}

	public WebDriver driver() {
		return driver;
	}

	public void open(String path) {
		driver.get(baseUrl + path);
	}

	public String path() {
		String url = driver.getCurrentUrl();
		return url == null ? "" : url.replace(baseUrl, "");
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window, where nothing
	 * covers it.
	 */
	public void click(WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});",
				element);
		element.click();
	}

	/** Finds and clicks again when htmx replaced the element in between. */
	public void click(By by) {
		waitUntil(browser -> {
			click(find(by));
			return true;
		});
	}

	public void clickTestId(String testId) {
		click(By.cssSelector("[data-testid='" + testId + "']"));
	}

	public WebElement byTestId(String testId) {
		return driver.findElement(By.cssSelector("[data-testid='" + testId + "']"));
	}

	public <T> T waitUntil(ExpectedCondition<T> condition) {
		return waitUntil(condition, Duration.ofSeconds(10));
	}

	/**
	 * Waits longer than a page takes: for what arrives through background work (a
	 * WhatsApp reply goes through the inbound handling after commit and the outbox's
	 * sender), which a loaded test JVM may hold up for a while.
	 */
	public <T> T waitUntil(ExpectedCondition<T> condition, Duration atMost) {
		return new WebDriverWait(driver, atMost).ignoring(StaleElementReferenceException.class).until(condition);
	}

	/**
	 * Makes the page's viewport exactly {@code size} (headless Chromium otherwise keeps
	 * part of the window for browser chrome it doesn't draw, and clicks near the bottom
	 * miss).
	 */
	public void resize(Dimension size) {
		driver.manage().window().setSize(size);
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", size.width < 768));
	}

	/**
	 * Presses Tab until {@code target} has the focus, as a keyboard user reaches it (at
	 * most 60 presses), and answers it.
	 */
	public WebElement tabTo(By target) {
		WebElement element = waitUntil(ExpectedConditions.presenceOfElementLocated(target));
		for (int presses = 0; presses < 60; presses++) {
			if (element.equals(focused())) {
				return element;
			}
			press(Keys.TAB);
		}
		throw new AssertionError("Tab never reached " + target + " on " + path());
	}

	/** Types keys into whatever has the focus. */
	public void press(CharSequence... keys) {
		new Actions(driver).sendKeys(keys).perform();
	}

	/** The element that has the focus. */
	public WebElement focused() {
		return driver.switchTo().activeElement();
	}

	/** Signs in through the login form and waits for the landing page. */
	public void signIn(String email, String password) {
		open("/login");
		find(By.id("username")).sendKeys(email);
		find(By.id("password")).sendKeys(password);
		byTestId("sign-in").click();
		waitUntil(browser -> !path().startsWith("/login"));
	}

	/**
	 * Saves the current page as {@code target/screenshots/<name>.png}, after checking it
	 * with axe: every page of the page map is screenshot, so every one is checked.
	 */
	public void screenshot(String name) {
		assertAccessible(name);
		saveScreenshot(name);
	}

	/**
	 * Saves a page whose markup is not ours (Swagger UI from its WebJar) without checking
	 * it with axe: its violations are the library's to fix, not ours.
	 */
	public void screenshotOfThirdPartyPage(String name) {
		saveScreenshot(name);
	}

	private void saveScreenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Injects axe-core into the page (through WebDriver, which the page's
	 * Content-Security-Policy does not govern) and fails on serious or critical
	 * violations of WCAG 2.1 AA and axe's best practices, naming each rule, its impact,
	 * the elements and the help.
	 */
	public void assertAccessible(String page) {
		if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
			driver.executeScript(AXE);
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript(RUN_AXE);
		if (!violations.isEmpty()) {
			throw new AssertionError("Accessibility violations on " + page + " (" + path() + "):\n"
					+ violations.stream().map(Browser::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Map<String, Object> violation) {
		return "- " + violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + " "
				+ violation.get("helpUrl") + "\n    " + violation.get("targets");
	}

	private static String readAxe() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		if (path == null) {
			throw new IllegalStateException("axe-core's WebJar is not on the test classpath");
		}
		try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is not on the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	private static void requireInstalled(String path, String debianPackage) {
		if (!new File(path).canExecute()) {
			throw new IllegalStateException(path + " is missing. Browser tests drive Debian's Chromium: "
					+ "sudo apt-get install -y chromium chromium-driver (or run .ci/run, which installs them).");
		}
	}

}
