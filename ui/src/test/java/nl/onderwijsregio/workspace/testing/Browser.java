package nl.onderwijsregio.workspace.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless system Chromium in Dutch, with a fresh profile, saving a screenshot of each step under target/. Without
 * Chromium or ChromeDriver a journey is skipped locally, with the reason, but fails on CI (environment {@code CI=true}):
 * there a journey that did not run must not count as passed.
 */
public final class Browser implements AutoCloseable {

    private static final Path SHOTS = Path.of("target", "journeys");
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String journey;
    private final String language;
    private int step;

    public Browser(String journey) throws IOException {
        this(journey, "nl");
    }

    /**
     * A browser whose language is {@code language} ({@code nl} or {@code en}): Chromium's {@code --lang} and its
     * Accept-Language, as a person with a browser in that language would have.
     */
    public Browser(String journey, String language) throws IOException {
        this.journey = journey;
        this.language = language;
        requireBrowser();
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "chromium")), "profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1366,900",
                "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of("intl.accept_languages", language.equals("nl") ? "nl-NL,nl" : language + "-GB," + language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.pollingEvery(Duration.ofMillis(50)); // not the default half second: most waits end within a round trip
        // A page that reloads (e.g. after choosing a region) replaces nodes while they are read: just look again.
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /** The environment says this is a CI run ({@code CI=true}, as set by {@code .ci/run} and most CI services). */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static void requireBrowser() {
        Path chromium = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return;
        }
        String missing =
                "Browser journeys need Chromium (" + chromium + (Files.isExecutable(chromium) ? "" : ": missing")
                        + ") and ChromeDriver (" + chromedriver + (Files.isExecutable(chromedriver) ? "" : ": missing")
                        + "): apt-get install chromium chromium-driver, or -Dchromium.binary / -Dchromedriver.binary";
        if (onCi()) {
            throw new IllegalStateException(missing + ". On CI (CI=true) a journey without a browser fails.");
        }
        Assumptions.abort(missing + ". Skipped here; on CI (CI=true) this fails.");
    }

    /** The console's errors since the last call (Chromium's log), e.g. "Failed to load resource: … 404". */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }

    /** The browser's language, {@code nl} or {@code en}. */
    public String language() {
        return language;
    }

    /** Sets the window (in headless Chromium: the viewport) to {@code width} × {@code height} CSS pixels. */
    public void size(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** The viewport's width in CSS pixels. */
    public int width() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.innerWidth;"))
                .intValue();
    }

    /** Waits until Vaadin has no request in flight (the page has settled after a navigation or a click). */
    public void settle() {
        until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) return document.readyState === 'complete';
                return document.readyState === 'complete'
                    && Object.values(flow.clients).every(c => !c.isActive || !c.isActive());""")));
    }

    /** Writes a screenshot to {@code target/journeys/<name>.png} (no step number). */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether a Vaadin component is enabled: its {@code disabled} attribute (Selenium's {@code isEnabled()} looks only at
     * native form controls and is always true for a {@code vaadin-button}).
     */
    public static boolean enabled(WebElement component) {
        return component.getDomAttribute("disabled") == null;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits (up to 30 s) until the condition holds. */
    public void until(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /** Scrolls an element into view and clicks it, as a user would. */
    public void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Signs in on the Keycloak login page (password {@code demo} unless given). */
    public void logInAtKeycloak(String username, String password) {
        fillInKeycloakLogin(username, password);
        submitKeycloakLogin();
    }

    /** Goes to Keycloak's login page (the landing page's button) and types the name and password, not sending them. */
    public void fillInKeycloakLogin(String username, String password) {
        waitFor(By.id("login")).click();
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        shot("keycloak-" + username);
    }

    /** Sends Keycloak's filled-in login form. */
    public void submitKeycloakLogin() {
        driver.findElement(By.id("kc-login")).click();
    }

    public void shot(String name) {
        try {
            Files.createDirectories(SHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve("%s-%02d-%s.png".formatted(journey, ++step, name)), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
