package nl.onderwijsregio.workspace.keycloak;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Prepares a Keycloak home, launches {@code bin/kc.sh start-dev}, waits for the realm and stops the process tree. */
final class KeycloakProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private KeycloakProcess() {}

    /** Writes the realm into {@code data/import}, the theme into {@code themes/}, and drops the old dev database. */
    static void prepareHome(Path home, String realmJson) throws IOException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        try (Stream<Path> old = Files.list(importDir)) {
            for (Path file : old.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(importDir.resolve(RealmFiles.REALM + "-realm.json"), realmJson);
        LoginTheme.copyTo(home.resolve("themes"));
        Paths2.deleteRecursively(home.resolve("data/h2"));
    }

    /** Starts Keycloak in dev mode on the JDK of the calling JVM; output goes to {@code logFile}. */
    static Process launch(Path home, int port, Path logFile) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--hostname=http://localhost:" + port,
                "--import-realm"));
        command.addAll(KeycloakServerOptions.arguments());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /** Polls {@code url} until it answers 200; fails fast when the process dies, or after {@code timeout}. */
    static void awaitReady(String url, Process process, Duration timeout, Path logFile) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (answers200(url)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + " before " + url
                        + " answered. Last lines of " + logFile + ":\n" + Paths2.tail(logFile, 60));
            }
            if (!sleep(500)) {
                throw new IllegalStateException("Interrupted while waiting for Keycloak at " + url);
            }
        }
        stop(process);
        throw new IllegalStateException("Keycloak did not answer " + url + " within " + timeout.toSeconds()
                + " s. Last lines of " + logFile + ":\n" + Paths2.tail(logFile, 60));
    }

    /** True when {@code url} answers HTTP 200 within a couple of seconds. */
    static boolean answers200(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** True when something accepts TCP connections on localhost:{@code port}. */
    static boolean portInUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops exactly this process and its descendants: SIGTERM, then SIGKILL after 30 s. */
    static void stop(Process process) {
        List<ProcessHandle> tree =
                new ArrayList<>(process.toHandle().descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle handle : tree) {
            while (handle.isAlive() && System.nanoTime() < deadline && sleep(100)) {
                // waiting for a graceful shutdown
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Sleeps; false (with the interrupt flag restored) when interrupted. */
    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
