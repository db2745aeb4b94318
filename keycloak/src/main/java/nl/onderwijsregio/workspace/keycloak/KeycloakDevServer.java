package nl.onderwijsregio.workspace.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Runs a real Keycloak (zip distribution, dev mode) with the demo realm for local runs and tests. */
public final class KeycloakDevServer implements AutoCloseable {

    /** Default HTTP port of the dev server. */
    public static final int DEFAULT_PORT = 8180;
    /** System property that overrides the default port. */
    public static final String PORT_PROPERTY = "onderwijsregio.keycloak.port";
    /** The SMTP port of the app's local mail catcher, where the demo realm sends its mails. */
    public static final int DEFAULT_SMTP_PORT = 3025;

    private final int port;
    private final Process process;
    private final Path logFile;
    private Duration startupTime = Duration.ZERO;
    private Thread shutdownHook;

    /**
     * How to start: port, Keycloak home, start timeout, whether the demo overlay is imported, the port of the local
     * mail catcher the demo realm sends its mails to ({@value #DEFAULT_SMTP_PORT} unless a test runs its own), and
     * the address of an app besides the demo app's that may sign in through the realm's {@code workspace} client
     * (a test's app on a free port), or {@code ""} for none.
     */
    public record Options(
            int port, Path home, Duration startTimeout, boolean demoOverlay, int smtpPort, String appUrl) {

        /** Port {@value #DEFAULT_PORT} (or {@value #PORT_PROPERTY}), the cached home, 180 s, with demo overlay. */
        public static Options defaults() {
            return new Options(
                    Integer.getInteger(PORT_PROPERTY, DEFAULT_PORT),
                    KeycloakDistribution.defaultHome(),
                    Duration.ofSeconds(180),
                    true,
                    DEFAULT_SMTP_PORT,
                    "");
        }

        public Options withPort(int newPort) {
            return new Options(newPort, home, startTimeout, demoOverlay, smtpPort, appUrl);
        }

        public Options withHome(Path newHome) {
            return new Options(port, newHome, startTimeout, demoOverlay, smtpPort, appUrl);
        }

        public Options withStartTimeout(Duration newTimeout) {
            return new Options(port, home, newTimeout, demoOverlay, smtpPort, appUrl);
        }

        public Options withDemoOverlay(boolean newDemoOverlay) {
            return new Options(port, home, startTimeout, newDemoOverlay, smtpPort, appUrl);
        }

        public Options withSmtpPort(int newSmtpPort) {
            return new Options(port, home, startTimeout, demoOverlay, newSmtpPort, appUrl);
        }

        /** Lets the app at {@code url} (e.g. {@code http://localhost:41234}) sign in and out too. */
        public Options withAppUrl(String url) {
            return new Options(port, home, startTimeout, demoOverlay, smtpPort, url);
        }
    }

    private KeycloakDevServer(int port, Process process, Path logFile) {
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    /** {@link #start(Options)} with {@link Options#defaults()}. */
    public static KeycloakDevServer start() {
        return start(Options.defaults());
    }

    /**
     * Starts a Keycloak of the caller's own on a free port, for tests: never one that already runs, whatever it is
     * (a demo Keycloak on {@value #DEFAULT_PORT}, another test run's), from a home of its own
     * ({@link KeycloakDistribution#ownHome()}: no database or realm file shared with another Keycloak).
     */
    public static KeycloakDevServer startOwn() {
        try {
            return startOwn(Options.defaults().withPort(freePort()).withHome(KeycloakDistribution.ownHome()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a Keycloak home of our own", e);
        }
    }

    /**
     * Starts a Keycloak of the caller's own on {@code options.port()}, for tests: fails instead of reusing when
     * anything already listens there.
     *
     * @throws IllegalStateException when the port is taken, or Keycloak cannot be started in time
     */
    public static KeycloakDevServer startOwn(Options options) {
        if (KeycloakProcess.portInUse(options.port())) {
            throw new IllegalStateException("Port " + options.port() + " is in use: a test starts a Keycloak of its own"
                    + " and never talks to one it did not start.");
        }
        KeycloakDevServer server = start(options);
        if (server.reused()) {
            throw new IllegalStateException("A Keycloak appeared on port " + options.port() + " while starting ours");
        }
        return server;
    }

    /** A TCP port that nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /**
     * Starts Keycloak and blocks until the realm's discovery document answers 200. When a Keycloak with the
     * realm already answers on the port, that one is reused (and {@link #stop()} leaves it running): for local runs
     * of the app; tests use {@link #startOwn()}.
     *
     * @throws IllegalStateException when Keycloak cannot be started in time (message holds the log tail)
     */
    public static KeycloakDevServer start(Options options) {
        long begin = System.nanoTime();
        String discovery = discoveryUrl(options.port());
        if (KeycloakProcess.answers200(discovery)) {
            return new KeycloakDevServer(options.port(), null, null);
        }
        if (KeycloakProcess.portInUse(options.port())) {
            throw new IllegalStateException("Port " + options.port() + " is in use, but " + discovery
                    + " does not answer 200. Stop whatever runs there or choose another port (-D" + PORT_PROPERTY
                    + ").");
        }
        try {
            Path home = KeycloakDistribution.ensureInstalled(options.home());
            var realm = options.demoOverlay() ? RealmFiles.demoRealm() : RealmFiles.baseRealm();
            if (realm.get("smtpServer") instanceof tools.jackson.databind.node.ObjectNode smtp) {
                smtp.put("port", String.valueOf(options.smtpPort()));
            }
            if (!options.appUrl().isEmpty()) {
                RealmFiles.allowApp(realm, options.appUrl());
            }
            KeycloakProcess.prepareHome(home, RealmFiles.toJson(realm));
            Path log = home.resolve("keycloak.log");
            Process process = KeycloakProcess.launch(home, options.port(), log);
            KeycloakDevServer server = new KeycloakDevServer(options.port(), process, log);
            server.registerShutdownHook();
            try {
                KeycloakProcess.awaitReady(discovery, process, options.startTimeout(), log);
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
            server.markStarted(Duration.ofNanos(System.nanoTime() - begin));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + options.home(), e);
        }
    }

    /** HTTP port. */
    public int port() {
        return port;
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** {@code http://localhost:<port>/realms/onderwijsregio}: the {@code iss} of every token. */
    public String issuerUri() {
        return baseUrl() + "/realms/" + RealmFiles.REALM;
    }

    /** The realm's token endpoint. */
    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    /** True when an already running Keycloak was reused instead of started. */
    public boolean reused() {
        return process == null;
    }

    /** PID of the Keycloak process started by this instance (empty when reused). */
    public Optional<Long> pid() {
        return Optional.ofNullable(process).map(Process::pid);
    }

    /** Keycloak's combined stdout/stderr ({@code <home>/keycloak.log}); empty when reused. */
    public Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }

    /** Wall time from {@link #start(Options)} until the realm answered (zero when reused). */
    public synchronized Duration startupTime() {
        return startupTime;
    }

    /** Stops the Keycloak process tree started by this instance; does nothing for a reused server. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            KeycloakProcess.stop(process);
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to run
            }
            shutdownHook = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void markStarted(Duration took) {
        startupTime = took;
    }

    private void registerShutdownHook() {
        Process started = process;
        shutdownHook = new Thread(() -> KeycloakProcess.stop(started), "keycloak-dev-server-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private static String discoveryUrl(int port) {
        return "http://localhost:" + port + "/realms/" + RealmFiles.REALM + "/.well-known/openid-configuration";
    }

    /** Runs the demo Keycloak in the foreground until Ctrl-C: {@code mvn -f keycloak/pom.xml compile exec:java}. */
    public static void main(String[] args) throws InterruptedException {
        KeycloakDevServer server = start();
        System.out.println((server.reused()
                        ? "Reusing Keycloak at "
                        : "Keycloak started in " + server.startupTime().toSeconds() + " s at ")
                + server.baseUrl());
        System.out.println("  issuer:        " + server.issuerUri());
        System.out.println("  admin console: " + server.baseUrl() + "/admin  (admin / admin)");
        System.out.println("  demo users:    lead.noordkust, member.noordkust, multi, national, ... (password: demo)");
        server.logFile().ifPresent(log -> System.out.println("  log:           " + log));
        if (!server.reused()) {
            server.process.waitFor();
        }
    }
}
