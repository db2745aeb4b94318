package nl.onderwijsregio.workspace.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the {@code axe.min.js} bundled in {@code com.deque.html.axe-core:selenium}) on the page in the
 * browser and returns its violations (WCAG 2.0/2.1 A and AA rules), each as "rule: targets".
 */
public final class Axe {

    private static final String SCRIPT = read();

    private Axe() {}

    /**
     * The violations on the whole page, leaving out the elements matching {@code excluded} (CSS selectors; give the
     * reason for each exclusion at the call).
     */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver, String... excluded) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const context = arguments[0].length ? {exclude: arguments[0].map(s => [s])} : document;
                axe.run(context, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => JSON.stringify(n.target))
                                                                   .join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""", List.of(excluded));
        return (List<String>) result;
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
