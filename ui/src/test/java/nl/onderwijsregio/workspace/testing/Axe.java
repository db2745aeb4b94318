package nl.onderwijsregio.workspace.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the {@code axe.min.js} bundled in {@code com.deque.html.axe-core:selenium}) on the page in the
 * browser and returns its violations, each as "rule (impact): targets". It runs the WCAG 2.0/2.1 A and AA rules and
 * axe's {@code best-practice} rules (landmarks and one {@code <main>}, {@code region}, {@code heading-order},
 * {@code aria-allowed-role}, {@code empty-table-header}, …): everything axe checks except the experimental ones.
 */
public final class Axe {

    /** The axe tags run: WCAG 2.0/2.1 A and AA, and best practice. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private static final String SCRIPT = read();

    private Axe() {}

    /** A part of the page left out of the check, with the reason why (required: exclusions must be argued). */
    public record Exclusion(String selector, String reason) {
        public Exclusion {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("An axe exclusion needs a reason: " + selector);
            }
        }
    }

    /** The violations on the whole page, leaving out the parts given, each with its reason. */
    public static List<String> violations(WebDriver driver, Exclusion... excluded) {
        return run(driver, Arrays.stream(excluded).map(Exclusion::selector).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(WebDriver driver, List<String> excluded) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) {
            js.executeScript(SCRIPT); // once per page load: the app's own navigation keeps it
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const context = arguments[0].length ? {exclude: arguments[0].map(s => [s])} : document;
                axe.run(context, {runOnly: {type: 'tag', values: arguments[1]}, resultTypes: ['violations'], performanceTimer: false, xpath: false, ancestry: false})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes
                        .map(n => JSON.stringify(n.target) + ' ' + (n.html || '').substring(0, 160)
                              + (n.failureSummary ? ' | ' + n.failureSummary.replace(/\\s+/g, ' ').substring(0, 200) : ''))
                        .join(' ;; '))))
                  .catch(e => done(['axe failed: ' + e]));""", excluded, TAGS);
        return new ArrayList<>((List<String>) result);
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
