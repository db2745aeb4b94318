package nl.onderwijsregio.workspace.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.onderwijsregio.workspace.bench.generate.DataGenerator;
import nl.onderwijsregio.workspace.bench.generate.World;
import nl.onderwijsregio.workspace.bench.measure.AnalysisFixture;
import nl.onderwijsregio.workspace.bench.measure.AppProcess;
import nl.onderwijsregio.workspace.bench.measure.HttpLoad;
import nl.onderwijsregio.workspace.bench.measure.LoginFlow;
import nl.onderwijsregio.workspace.bench.measure.Operation;
import nl.onderwijsregio.workspace.bench.measure.OperationResult;
import nl.onderwijsregio.workspace.bench.measure.OperationRunner;
import nl.onderwijsregio.workspace.bench.measure.Operations;
import nl.onderwijsregio.workspace.bench.measure.Plans;
import nl.onderwijsregio.workspace.bench.measure.Sample;
import nl.onderwijsregio.workspace.bench.measure.SessionHeap;
import nl.onderwijsregio.workspace.bench.measure.SignedInSessions;
import nl.onderwijsregio.workspace.bench.measure.TokenIssuer;
import nl.onderwijsregio.workspace.security.Role;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One benchmark run: a fresh embedded PostgreSQL, the app's migrations and catalogue import, the generated data
 * set, the key operations in-process, then (unless {@code --no-app}) the packaged app as a child process for cold
 * start, session heap and HTTP load; results to {@code bench/results/scale-N.{md,json}}.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (BenchOptions.wantsHelp(args)) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        BenchResults results = run(options);
        System.out.println(Report.markdown(results));
        System.out.println("Written: " + Report.write(results).toAbsolutePath());
        System.exit(0);
    }

    public static BenchResults run(BenchOptions options) throws Exception {
        String measuredAt = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
        List<String> load = new ArrayList<>(List.of(loadAverage("start")));
        try (BenchDatabase db = BenchDatabase.start()) {
            log("PostgreSQL on port " + db.port() + "; starting the backend (migrations, catalogue import)");
            Machine machine;
            DataGenerator.Loaded loaded;
            double loadSeconds;
            List<OperationResult> operations = new ArrayList<>();
            try (ConfigurableApplicationContext beans = BenchApplication.start(db);
                    Connection superuser = db.superuser();
                    Connection appRole = db.appRole();
                    Connection writer = db.appRole()) {
                machine = Machine.describe(superuser);
                log("Generating scale " + options.scaleName());
                long start = System.nanoTime();
                loaded = DataGenerator.load(superuser, options.scale(), LocalDate.now(ZoneOffset.UTC));
                loadSeconds = (System.nanoTime() - start) / 1e9;
                List<Sample> samples = samples(loaded.world(), options.iterations());
                AnalysisFixture analyses = null;
                if (Operations.ANALYSIS.stream().anyMatch(options::measures)) {
                    log("Writing the analyses of " + options.analysisRegions() + " regions through AnalysisService");
                    long written = System.nanoTime();
                    analyses = AnalysisFixture.create(beans, superuser, samples, options.analysisRegions());
                    try (Statement s = superuser.createStatement()) {
                        s.execute("vacuum analyze analysis, analysis_chapter, analysis_chapter_version,"
                                + " analysis_evidence, region_activity");
                    }
                    loaded = new DataGenerator.Loaded(loaded.world(), DataGenerator.counts(superuser));
                    log("Analyses written in " + Report.f((System.nanoTime() - written) / 1e9) + " s");
                }
                log("Loaded " + loaded.rows() + " in " + Report.f(loadSeconds) + " s");
                OperationRunner runner = new OperationRunner(beans, appRole, superuser, writer);
                if (options.explain()) {
                    log("Plans: "
                            + Plans.write(
                                    appRole,
                                    superuser,
                                    samples.getFirst(),
                                    options.out().resolve("tmp/plans-scale-" + options.scaleName() + ".txt")));
                }
                // Every key operation is warmed before any is measured: they share most of the app's code (the
                // service proxies, jOOQ, the connection pool), so measured one after another each right after its
                // own warm-up, the first ones measured paid for compiling that shared code for the later ones.
                List<Operation> key = Operations.all().stream()
                        .filter(operation -> options.measures(operation.name()))
                        .toList();
                for (Operation operation : key) {
                    log("Warming " + operation.name() + " (" + options.warmup() + " iterations)");
                    runner.warm(operation, samples, options.warmup());
                }
                for (Operation operation : key) {
                    log("Measuring " + operation.name());
                    operations.add(runner.measure(operation, samples));
                }
                if (analyses != null) {
                    List<Sample> analysisSamples = analyses.samples(samples);
                    for (Operation operation : Operations.analysis(analyses)) {
                        if (!options.measures(operation.name())) {
                            continue;
                        }
                        boolean export = Operations.export(operation);
                        List<Sample> these = export
                                ? analysisSamples.subList(
                                        0, Math.min(analysisSamples.size(), options.exportIterations()))
                                : analysisSamples;
                        int warmup = export ? Math.min(options.warmup(), options.exportWarmup()) : options.warmup();
                        log("Measuring " + operation.name() + " (" + these.size() + " iterations after " + warmup
                                + " warm-up)");
                        operations.add(runner.run(operation, these, warmup));
                    }
                }
            }
            BenchResults results = !options.app()
                    ? new BenchResults(
                            measuredAt,
                            options,
                            machine,
                            loaded.rows(),
                            loadSeconds,
                            operations,
                            null,
                            null,
                            null,
                            List.of(),
                            withLoad(load, "end"))
                    : withApp(options, db, measuredAt, machine, loaded, loadSeconds, operations, load);
            if (options.hold()) {
                System.out.println(Report.markdown(results));
                log("Holding: psql postgresql://postgres:postgres@localhost:" + db.port() + "/" + BenchDatabase.DATABASE
                        + " (stop this process to end)");
                Thread.sleep(Long.MAX_VALUE);
            }
            return results;
        }
    }

    private static BenchResults withApp(
            BenchOptions options,
            BenchDatabase db,
            String measuredAt,
            Machine machine,
            DataGenerator.Loaded loaded,
            double loadSeconds,
            List<OperationResult> operations,
            List<String> load)
            throws Exception {
        load.add(loadAverage("after the operations"));
        try (TokenIssuer issuer = TokenIssuer.start()) {
            Map<String, Object> properties = new HashMap<>(BenchApplication.properties(db));
            properties.put("workspace.security.issuer-uri", issuer.issuerUri());
            properties.put("workspace.security.client-secret", "bench-only-not-a-secret");
            properties.put("server.tomcat.mbeanregistry.enabled", "true");
            properties.put("logging.level.root", "INFO");
            properties.put("logging.level.nl.onderwijsregio", "INFO");
            properties.put("workspace.public-url", "http://127.0.0.1:" + options.port());
            // as in production, an SMTP server is configured (nothing listens there: the bench sends no mail), so
            // the app does not start the local mail catcher that a development start without one gets
            properties.put("workspace.mail.host", "127.0.0.1");
            properties.put("workspace.mail.port", String.valueOf(unusedPort()));
            log("Starting the app " + options.appJar()
                    + options.aotCache().map(c -> " with AOT cache " + c).orElse("") + " on port " + options.port());
            try (AppProcess app = AppProcess.start(
                    options.appJar(),
                    options.aotCache().orElse(null),
                    options.port(),
                    options.port() + 1,
                    properties,
                    options.out().resolve("tmp/app.log"))) {
                log("First HTTP 200 after " + Report.f(app.startSeconds()) + " s; opening " + options.sessions()
                        + " Vaadin sessions");
                var sessions = SessionHeap.measure(app, options.sessions());
                log("Signed-in sessions: " + options.signedInSessions() + " per screen, each an OIDC login");
                SignedInSessions.Result signedIn = null;
                try {
                    signedIn = SignedInSessions.measure(
                            app,
                            issuer.login(),
                            loaded.world().regions().stream()
                                    .map(r -> new LoginFlow.Person(r.lead(), Role.REGIO_LEAD.claim(), List.of(r.id())))
                                    .toList(),
                            new LoginFlow.Person("bench.national", Role.NATIONAL.claim(), List.of()),
                            options.signedInSessions());
                } catch (RuntimeException e) { // the rest of the run is still worth its report
                    log("Signed-in sessions not measured: " + e.getMessage());
                }
                List<String> tokens = loaded.world().regions().stream()
                        .limit(options.httpThreads())
                        .map(r -> issuer.memberToken(r.users().getLast(), r.id()))
                        .toList();
                log("HTTP load: " + options.httpThreads() + " threads, " + options.httpSeconds() + " s");
                var http = HttpLoad.run(
                        app,
                        "GET /api/v1/catalogue",
                        HttpLoad.CATALOGUE_PATHS,
                        tokens,
                        options.httpThreads(),
                        Duration.ofSeconds(Math.max(1, options.httpSeconds() / 4)),
                        Duration.ofSeconds(options.httpSeconds()),
                        false);
                List<HttpLoad.HttpResult> endpoints = new ArrayList<>(List.of(http));
                for (boolean gzip : List.of(false, true)) { // a plain client, then one that accepts gzip
                    endpoints.add(HttpLoad.run(
                            app,
                            gzip ? BenchResults.MATRIX_GZIP_ENDPOINT : BenchResults.MATRIX_ENDPOINT,
                            List.of("/api/v1/coverage/matrix"),
                            List.of(issuer.nationalToken("Bench Realisatie-Eenheid")),
                            options.httpThreads(),
                            Duration.ofSeconds(Math.max(1, options.httpSeconds() / 4)),
                            Duration.ofSeconds(options.httpSeconds()),
                            gzip));
                }
                return new BenchResults(
                        measuredAt,
                        options,
                        machine,
                        loaded.rows(),
                        loadSeconds,
                        operations,
                        app.startSeconds(),
                        sessions,
                        signedIn,
                        endpoints,
                        withLoad(load, "end"));
            }
        }
    }

    /** The iterations' inputs: a region drawn at random (seeded) and its lead; the same for every operation. */
    private static List<Sample> samples(World world, int iterations) {
        SplittableRandom random = new SplittableRandom(42);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            World.GeneratedRegion region =
                    world.regions().get(random.nextInt(world.regions().size()));
            samples.add(new Sample(region.id(), region.lead(), i));
        }
        return samples;
    }

    /** The machine's load average now (1, 5, 15 minutes), labelled: the runs share 2 cores with other work. */
    static String loadAverage(String when) {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ");
            return when + " " + parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return when + " "
                    + String.format(
                            java.util.Locale.ROOT,
                            "%.2f",
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                    .getSystemLoadAverage());
        }
    }

    private static List<String> withLoad(List<String> load, String when) {
        List<String> all = new ArrayList<>(load);
        all.add(loadAverage(when));
        return List.copyOf(all);
    }

    private static void log(String message) {
        System.out.println("[bench] " + message);
    }

    /** A loopback port nothing listens on (taken from the system, then released). */
    private static int unusedPort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
