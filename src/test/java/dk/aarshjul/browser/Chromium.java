package dk.aarshjul.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium, headless, driven through its chromedriver, as a Danish user's browser: Danish language,
 * a fresh profile, no network beyond the application. Nothing is downloaded: where Chromium or chromedriver is
 * missing, the test fails and says what to install (.ci/run installs both).
 */
public final class Chromium implements AutoCloseable {

	/** Where screenshots are kept, for people to look at after a run. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private final ChromeDriver driver;
	private final String root;
	private final Path profile;

	private Chromium(ChromeDriver driver, String root, Path profile) {
		this.driver = driver;
		this.root = root;
		this.profile = profile;
	}

	/** A browser for the application at {@code root} (e.g. http://localhost:8080). */
	public static Chromium open(String root) {
		File browser = executable("CHROMIUM_BINARY", "/usr/bin/chromium");
		File chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
		Path profile;
		try {
			profile = Files.createTempDirectory("aarshjul-chromium");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--lang=da-DK", "--window-size=1400,1200", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da-DK,da"));
		// A browser in Denmark: Danish time, so Tasklist shows times as a Danish user sees them.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
			.withEnvironment(Map.of("TZ", "Europe/Copenhagen")).usingAnyFreePort().build();
		return new Chromium(new ChromeDriver(service, options), root, profile);
	}

	private static File executable(String variable, String standard) {
		String configured = System.getenv(variable);
		File file = new File(configured == null || configured.isBlank() ? standard : configured);
		if (!file.canExecute()) {
			throw new IllegalStateException("The browser tests need " + file + " (set " + variable + " to use another): "
					+ "install Debian's packages with 'apt-get install chromium chromium-driver' (.ci/run does it).");
		}
		return file;
	}

	public WebDriver driver() {
		return driver;
	}

	public void go(String path) {
		driver.get(root + path);
	}

	public WebElement waitFor(By what) {
		return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(what));
	}

	/** Clicks an element as a person would: scrolled into the middle of the window first, clear of headers and footers. */
	public void click(WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, PATIENCE).until(condition::apply);
	}

	public List<WebElement> all(By what) {
		return driver.findElements(what);
	}

	/** The visible text of the whole page. */
	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/** Saves what the browser shows as target/screenshots/{name}.png. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A full-page screenshot of the current page, however long it is. */
	public Path fullScreenshot(String name) {
		Object height = driver.executeScript("return Math.max(document.body.scrollHeight, "
				+ "...Array.from(document.querySelectorAll('*')).map(e => e.scrollHeight));");
		int pageHeight = Math.min(((Number) height).intValue() + 100, 8000);
		org.openqa.selenium.Dimension before = driver.manage().window().getSize();
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), pageHeight));
		try {
			return screenshot(name);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException e) {
				// A profile left in the temporary directory does no harm.
			}
		}
	}
}
