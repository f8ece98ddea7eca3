package id.go.cilegon.sigap.webapp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver. Nothing is downloaded: both must be
 * installed ({@code apt-get install chromium chromium-driver}, as {@code .ci/run} does). Screenshots go to
 * {@code target/screenshots/} so a person can look at what the tests saw.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A phone-sized or desktop-sized window. */
    public static Browser open(int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(
                    "The browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory("sigap-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                    // Several headless windows run side by side in a journey; none of them may be throttled as
                    // a window in the background, or its renderer can stop answering the driver.
                    "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
                    "--disable-backgrounding-occluded-windows", "--disable-extensions",
                    "--window-size=" + width + "," + height);
            // Navigation returns once the document is parsed: the tests wait for what they need themselves, and
            // a subresource that never arrives must not hold a test for Selenium's three-minute read timeout.
            options.setPageLoadStrategy(PageLoadStrategy.EAGER);
            options.setPageLoadTimeout(Duration.ofSeconds(30));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            driver.manage().window().setSize(new Dimension(width, height));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Waits until the page has loaded its stylesheets and images. Navigation returns once the document is parsed
     * (see {@link #open}), so anything that measures layout, or photographs it, waits for this first: before the
     * stylesheet arrives every table is as wide as its content.
     */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(page -> "complete".equals(((JavascriptExecutor) page).executeScript("return document.readyState;")));
    }

    public void screenshot(String name) {
        settle();
        try {
            Path directory = Path.of("target", "screenshots");
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
