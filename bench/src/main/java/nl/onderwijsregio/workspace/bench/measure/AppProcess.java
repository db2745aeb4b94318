package nl.onderwijsregio.workspace.bench.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The packaged app ({@code ui/target/workspace.jar}) as a child process against the benchmark database, with a JMX
 * port on loopback for heap readings. Started once per run; its start is the cold-start measurement.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int jmxPort;
    private final double startSeconds;

    private AppProcess(Process process, int port, int jmxPort, double startSeconds) {
        this.process = process;
        this.port = port;
        this.jmxPort = jmxPort;
        this.startSeconds = startSeconds;
    }

    /** Starts the app and waits (at most two minutes) for the first HTTP 200 of the landing page. */
    public static AppProcess start(
            Path jar, @Nullable Path aotCache, int port, int jmxPort, Map<String, Object> properties, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        if (aotCache != null) {
            command.add("-XX:AOTCache=" + aotCache.toAbsolutePath());
        }
        // no JMX options at launch: they add a module the AOT cache was not trained with (the JVM then ignores the
        // cache); the heap readings attach a local management agent after the start instead (jmxAddress)
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--server.port=" + port);
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Files.createDirectories(log.toAbsolutePath().getParent());
        Path workDir = Files.createTempDirectory("bench-app");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        AppProcess app = new AppProcess(process, port, jmxPort, 0);
        double seconds = app.awaitFirstOk(start, Duration.ofMinutes(2));
        return new AppProcess(process, port, jmxPort, seconds);
    }

    private double awaitFirstOk(long start, Duration timeout) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(uri("/welkom"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The app stopped during start; see its log (exit " + process.exitValue() + ")");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - start) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The app did not answer 200 within " + timeout);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int jmxPort() {
        return jmxPort;
    }

    /** A local JMX connector address of the running app: its management agent, started through the attach API. */
    public String jmxAddress() throws IOException {
        try {
            com.sun.tools.attach.VirtualMachine vm =
                    com.sun.tools.attach.VirtualMachine.attach(String.valueOf(process.pid()));
            try {
                return vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
        } catch (com.sun.tools.attach.AttachNotSupportedException e) {
            throw new IOException("Cannot attach to the app for its heap readings", e);
        }
    }

    /** Seconds from launching the JVM to the first HTTP 200 of the landing page. */
    public double startSeconds() {
        return startSeconds;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
