package nl.onderwijsregio.workspace.bench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Heap per signed-in session on the busiest screens: for each screen, N people sign in through the app's real OIDC
 * login (authorization-code flow against the bench's issuer, {@link LoginFlow}) and open the screen as a browser does
 * (its page, then the UI's init request, which builds the screen and loads its data). Used heap after a full GC
 * (over JMX) before and after each screen's sessions, divided by N.
 */
public final class SignedInSessions {

    /** A screen: its route and who opens it (a region lead, or national staff). */
    public record Screen(String name, String path, boolean national) {}

    public static final List<Screen> SCREENS = List.of(
            new Screen("home", "/", false),
            new Screen("catalogue", "/catalogus", false),
            new Screen("register", "/register", false),
            new Screen("findings feed", "/bevindingen", false),
            new Screen("landelijk overzicht", "/landelijk", true));

    /** One screen's sessions: heap after GC before and after, and per session. */
    public record ScreenResult(
            String screen,
            String path,
            int sessions,
            int uisCreated,
            long heapBefore,
            long heapAfter,
            double bytesPerSession) {}

    /** Every screen, the mean per session over all, and how many such sessions fit in 1 GiB of heap. */
    public record Result(List<ScreenResult> screens, double bytesPerSession, long heapBaseline, long sessionsPerGiB) {}

    private SignedInSessions() {}

    public static Result measure(
            AppProcess app, LoginFlow login, List<LoginFlow.Person> leads, LoginFlow.Person national, int perScreen)
            throws IOException, InterruptedException {
        leads.forEach(login::register);
        login.register(national);
        JMXServiceURL url = new JMXServiceURL(app.jmxAddress());
        try (JMXConnector jmx = JMXConnectorFactory.connect(url)) {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(
                    server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            for (Screen screen : SCREENS) { // the first of each initialises lazily created singletons: not counted
                open(app, screen.national() ? national : leads.getFirst(), screen.path());
            }
            long baseline = usedAfterGc(memory);
            List<ScreenResult> results = new ArrayList<>();
            int next = 0;
            for (Screen screen : SCREENS) {
                long before = usedAfterGc(memory);
                int uis = 0;
                for (int i = 0; i < perScreen; i++) {
                    LoginFlow.Person person = screen.national() ? national : leads.get(next++ % leads.size());
                    uis += open(app, person, screen.path()) ? 1 : 0;
                }
                long after = usedAfterGc(memory);
                results.add(new ScreenResult(
                        screen.name(),
                        screen.path(),
                        perScreen,
                        uis,
                        before,
                        after,
                        (after - before) / (double) perScreen));
            }
            double mean = results.stream()
                    .mapToDouble(ScreenResult::bytesPerSession)
                    .average()
                    .orElse(Double.NaN);
            long perGiB = (long) ((1024L * 1024 * 1024 - baseline) / mean);
            return new Result(results, mean, baseline, perGiB);
        }
    }

    /** Signs {@code person} in with a fresh browser and opens {@code path}; returns whether a UI was created. */
    private static boolean open(AppProcess app, LoginFlow.Person person, String path)
            throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        // the login first (an anonymous visit to the home page shows the landing page instead), then the screen
        URI next = app.uri("/oauth2/authorization/keycloak");
        HttpResponse<String> page = null;
        for (int hop = 0; hop < 10; hop++) {
            URI target = next.getPath().endsWith("/protocol/openid-connect/auth")
                    ? URI.create(next + "&login_hint=" + URLEncoder.encode(person.username(), StandardCharsets.UTF_8))
                    : next;
            page = browser.send(get(target), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() / 100 != 3) {
                break;
            }
            next = target.resolve(page.headers().firstValue("Location").orElseThrow());
        }
        if (page == null
                || page.statusCode() != 200
                || page.uri().getPath().startsWith("/oauth2")
                || page.uri().getPath().startsWith("/login")
                || page.uri().getPath().equals("/welkom")) {
            throw new IllegalStateException("Signing in " + person.username() + " ended at "
                    + (page == null ? "nothing" : page.statusCode() + " " + page.uri()));
        }
        if (!page.uri().getPath().equals(path)) {
            page = browser.send(get(app.uri(path)), HttpResponse.BodyHandlers.ofString());
        }
        if (page.statusCode() != 200 || !page.uri().getPath().equals(path)) {
            throw new IllegalStateException("Opening " + path + " as " + person.username() + " answered "
                    + page.statusCode() + " " + page.uri());
        }
        HttpResponse<String> init = browser.send(
                get(app.uri("/?v-r=init&location=" + URLEncoder.encode(path.substring(1), StandardCharsets.UTF_8))),
                HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200) {
            throw new IllegalStateException("The UI init request of " + path + " answered " + init.statusCode());
        }
        return init.body().contains("v-uiId");
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build();
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
