package org.iucnkg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * One headless Debian Chromium per test class, driven through chromedriver, with a fresh profile. Pages
 * are opened on the application under test; screenshots of the whole page go to target/screenshots/.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private ChromeDriver driver;
    private Path profile;
    private String base;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER))
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "): apt-get install chromium chromium-driver, as .ci/run does.");
        profile = Files.createTempDirectory("iucn-kg-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) driver.quit();
        if (profile != null) FileSystemUtils.deleteRecursively(profile.toFile());
    }

    /** Where the application under test answers, e.g. http://localhost:12345. */
    void serve(int port) {
        base = "http://localhost:" + port;
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application in a desktop-sized window and waits for the page to load. */
    Browser open(String pathAndQuery) {
        size(DESKTOP);
        driver.get(base + pathAndQuery);
        return this;
    }

    String url(String pathAndQuery) {
        return base + pathAndQuery;
    }

    void size(Dimension size) {
        if (!driver.manage().window().getSize().equals(size)) driver.manage().window().setSize(size);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits up to 20 s for {@code condition} to hold (be non-null and not false). */
    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    WebElement awaitVisible(String css) {
        return await(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Saves the whole page (not only the window) as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        long width = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        long height = ((Number) script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
