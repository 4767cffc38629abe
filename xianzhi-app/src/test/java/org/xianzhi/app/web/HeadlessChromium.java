package org.xianzhi.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's {@code chromium}, headless, driven through Debian's {@code chromedriver}: one per test class, since
 * starting it takes a second or two. Both paths are given explicitly so that Selenium Manager never looks for (or
 * downloads) a browser or driver of its own; the machine has no network but the package registries.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Selenium warns on every start that it has no DevTools bindings for this Chromium; these tests use none. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Whether the Debian packages chromium and chromium-driver are installed (a fresh clone may lack them). */
    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /**
     * A browser with its profile in the empty folder {@code profile}, a 1280×1000 window and the console log kept at
     * every level.
     */
    static HeadlessChromium start(Path profile) {
        return start(profile, null);
    }

    /** The same, saving downloads into {@code downloads} without asking (null: the browser's default). */
    static HeadlessChromium start(Path profile, Path downloads) {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
        }
        options.setBinary(BINARY.toFile());
        // Root in a container with no network: no sandbox, no GPU, no /dev/shm, and nothing that phones home.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
        return new HeadlessChromium(driver);
    }

    /** Loads {@code url} and waits until its scripts have run. */
    /** The elements of the page now shown that {@code css} selects. */
    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void open(String url) {
        driver.get(url);
        waitUntil("the page loaded", () -> "complete".equals(script("return document.readyState")));
    }

    /** Runs {@code js} in the page (its arguments are {@code arguments[0]}…) and returns what it returns. */
    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Waits up to ten seconds for {@code condition}; fails naming {@code what} when it never holds. */
    void waitUntil(String what, BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    /**
     * The console's errors (SEVERE entries: uncaught exceptions, {@code console.error}, failed loads) since the
     * last call; reading the log empties it.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString).toList();
    }

    /** A PNG of the whole window. */
    byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** The ids of the charts matching {@code css} that hold no drawn canvas or SVG of non-zero size. */
    @SuppressWarnings("unchecked")
    List<String> undrawn(String css) {
        return (List<String>) script("""
                return Array.from(document.querySelectorAll(arguments[0])).filter(function (el) {
                  var drawn = el.querySelector('canvas, svg');
                  if (!drawn) { return true; }
                  var box = drawn.getBoundingClientRect();
                  if (!(box.width > 0 && box.height > 0)) { return true; }
                  if (drawn.tagName.toLowerCase() !== 'canvas') { return drawn.querySelectorAll('path, rect').length === 0; }
                  // A canvas counts as drawn once some of its pixels are painted.
                  var pixels = drawn.getContext('2d').getImageData(0, 0, drawn.width, drawn.height).data, painted = 0;
                  for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { painted++; } }
                  return painted < 500;
                }).map(function (el) { return el.id; });
                """, css);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
