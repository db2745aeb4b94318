package nl.onderwijsregio.workspace.bench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Heap per idle Vaadin session: the app's used heap after a full GC (read over JMX) before and after opening N
 * anonymous browser sessions on the landing page. Each session is what a browser creates: the page request (which
 * creates the HTTP and Vaadin session) and the UI's init request (which creates the UI and its component tree).
 * Signed-in screens need an OIDC login at Keycloak and are not measured.
 */
public final class SessionHeap {

    private SessionHeap() {}

    public static SessionResult measure(AppProcess app, int sessions) throws IOException, InterruptedException {
        JMXServiceURL url = new JMXServiceURL(app.jmxAddress());
        try (JMXConnector jmx = JMXConnectorFactory.connect(url)) {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(
                    server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            open(app, client); // the first one initialises lazily created singletons; not counted
            long before = usedAfterGc(memory);
            int beforeSessions = activeSessions(server);
            int uis = 0;
            for (int i = 0; i < sessions; i++) {
                uis += open(app, client) ? 1 : 0;
            }
            long after = usedAfterGc(memory);
            int opened = activeSessions(server) - beforeSessions;
            return new SessionResult(sessions, opened, uis, before, after, (after - before) / (double) sessions);
        }
    }

    /** Opens one session as a browser would; returns whether the init answer carried a UI id (a UI was created). */
    private static boolean open(AppProcess app, HttpClient client) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(app.uri("/welkom"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The landing page set no session cookie"));
        HttpResponse<String> init = client.send(
                HttpRequest.newBuilder(app.uri("/?v-r=init&location=welkom"))
                        .header("Cookie", cookie)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200) {
            throw new IllegalStateException("The UI init request answered " + init.statusCode());
        }
        return init.body().contains("v-uiId");
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

    /** Tomcat's count of live HTTP sessions (the app runs with its MBean registry on), or -1. */
    private static int activeSessions(MBeanServerConnection server) {
        try {
            var names = server.queryNames(new ObjectName("Tomcat:type=Manager,*"), null);
            int total = 0;
            for (ObjectName name : names) {
                total += ((Number) server.getAttribute(name, "activeSessions")).intValue();
            }
            return total;
        } catch (Exception e) {
            return -1;
        }
    }

    /** Used heap after GC before and after opening the sessions, in bytes. */
    public record SessionResult(
            int sessions,
            int sessionsSeenByTomcat,
            int uisCreated,
            long heapBefore,
            long heapAfter,
            double bytesPerSession) {}
}
