package com.ayurlahi.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

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
		resize(DESKTOP);
	}

	/** Where the browser saves downloads: a folder of this browser's own profile. */
	public Path downloads() {
		return profile.resolve("downloads");
	}

	/** The file once the browser has finished downloading it. */
	public Path awaitDownload(String fileName) {
		Path file = downloads().resolve(fileName);
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
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

	/** Signs in through the login form and waits for the landing page. */
	public void signIn(String email, String password) {
		open("/login");
		find(By.id("username")).sendKeys(email);
		find(By.id("password")).sendKeys(password);
		byTestId("sign-in").click();
		waitUntil(browser -> !path().startsWith("/login"));
	}

	/** Saves the current page as {@code target/screenshots/<name>.png}. */
	public void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
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
