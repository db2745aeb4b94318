package nl.onderwijsregio.workspace.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The accessibility walk of one browser: for each named screen (or open dialog) it waits until the page has settled,
 * writes a screenshot to {@code ui/target/journeys/<screen>-<lang>-<width>.png}, runs axe ({@link Axe#TAGS}) and
 * collects the violations; {@link #assertNoViolations()} fails with all of them at once.
 */
public final class Audit {

    private final Browser browser;
    private final Map<String, List<String>> found = new LinkedHashMap<>();
    private int screens;
    private long axeNanos;
    private long shotNanos;

    public Audit(Browser browser) {
        this.browser = browser;
    }

    /** Checks the page as it is now, under the name {@code screen}; exclusions only with their reason. */
    public void screen(String screen, Axe.Exclusion... excluded) {
        browser.settle();
        String name = screen + "-" + browser.language() + "-" + browser.width();
        long start = System.nanoTime();
        browser.screenshot(name);
        long shot = System.nanoTime();
        List<String> violations = Axe.violations(browser.driver(), excluded);
        axeNanos += System.nanoTime() - shot;
        shotNanos += shot - start;
        screens++;
        if (!violations.isEmpty()) {
            found.put(name + " (" + browser.driver().getCurrentUrl() + ")", violations);
        }
    }

    /** How many screens were checked. */
    public int screens() {
        return screens;
    }

    /** The violations found so far, by screen. */
    public Map<String, List<String>> violations() {
        return found;
    }

    public void assertNoViolations() {
        System.out.printf(
                "Audit %s: %d screens, axe %d ms, screenshots %d ms%n",
                browser.language(), screens, axeNanos / 1_000_000, shotNanos / 1_000_000);
        assertThat(found)
                .as(() -> "axe violations on " + found.size() + " of " + screens + " screens:\n"
                        + found.entrySet().stream()
                                .map(e -> e.getKey() + "\n  " + String.join("\n  ", e.getValue()))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
