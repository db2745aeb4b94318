package nl.onderwijsregio.workspace.bench;

import java.nio.file.Path;

/**
 * What one run does, from the command line ({@code --name value}).
 *
 * @param scale       data set size; 1 = 50 regions, 500 users, 20,000 register entries
 * @param iterations  measured iterations per operation (after {@code warmup} unmeasured ones)
 * @param warmup      unmeasured iterations per operation first
 * @param app         also start the packaged app: cold start, session heap, HTTP load
 * @param appJar      the packaged app: by default the extracted one with its JDK AOT cache that the package step
 *                    builds ({@code ui/target/app/}), else {@code ui/target/workspace.jar}
 * @param port        the app's HTTP port
 * @param httpThreads concurrent clients of the HTTP load
 * @param httpSeconds measured seconds of the HTTP load (after a warm-up of a quarter of it)
 * @param sessions    Vaadin sessions opened for the heap measurement
 * @param out         folder for the Markdown and JSON results
 * @param explain     also write the plans ({@code explain analyze}) of every operation's statements for one sample
 * @param only        measure only the operations whose name contains this, or one of these comma-separated texts
 *                    (empty: all)
 * @param hold        keep PostgreSQL with the data set running after the in-process part, until the process is
 *                    stopped (to run queries against it with {@code psql})
 * @param exportIterations measured iterations of the analysis exports (each about a second), at most
 *                    {@code iterations}
 * @param exportWarmup unmeasured exports first (a cold JVM spends seconds loading POI and PDFBox), at most
 *                    {@code warmup}
 * @param analysisRegions regions that get a full analysis (the first distinct regions of the samples); the analysis
 *                    operations take them in turn
 * @param signedInSessions sessions per screen for the heap per signed-in session (OIDC login, five screens)
 * @param aot         start the app with the AOT cache next to the jar ({@code app.aot}) when there is one
 */
public record BenchOptions(
        double scale,
        int iterations,
        int warmup,
        boolean app,
        Path appJar,
        int port,
        int httpThreads,
        int httpSeconds,
        int sessions,
        Path out,
        boolean explain,
        String only,
        boolean hold,
        int exportIterations,
        int exportWarmup,
        int analysisRegions,
        int signedInSessions,
        boolean aot) {

    /** The command line's options, printed by {@code --help} and after a wrong argument. */
    public static final String USAGE = """
            Usage: java -jar bench/target/bench.jar [options]
              --scale N              data set size; 1 = 50 regions, 500 users, 20,000 register entries (default 1)
              --iterations N         measured iterations per operation (default 400)
              --warmup N             unmeasured iterations per operation first (default 100)
              --only a,b             measure only operations whose name contains one of these texts
              --no-app               skip the packaged app (cold start, session heap, HTTP load)
              --no-aot               start the app without its AOT cache
              --app-jar PATH         the packaged app (default ui/target/app/workspace.jar)
              --port N               the app's HTTP port (default 18480)
              --http-threads N       concurrent clients of the HTTP load (default 8)
              --http-seconds N       measured seconds of the HTTP load (default 20)
              --sessions N           anonymous Vaadin sessions for the heap measurement (default 100)
              --signed-in-sessions N sessions per screen for the heap per signed-in session (default 40)
              --export-iterations N  measured analysis exports (default 30)
              --export-warmup N      unmeasured analysis exports first (default 5)
              --analysis-regions N   regions that get a full analysis (default 8)
              --explain              also write the plans of every operation's statements
              --hold                 keep PostgreSQL with the data set running afterwards (for psql)
              --out DIR              folder for the Markdown and JSON results (default bench/results)
              --help                 print this and stop
            """;

    /** Whether the command line asks for the usage text only. */
    public static boolean wantsHelp(String... args) {
        return java.util.Arrays.asList(args).contains("--help")
                || java.util.Arrays.asList(args).contains("-h");
    }

    /** Where the package step puts the extracted app and its AOT cache. */
    static final String EXTRACTED_JAR = "ui/target/app/workspace.jar";

    public static BenchOptions parse(String... args) {
        var values = new java.util.HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + arg + " (see --help)");
            }
            if (arg.equals("--no-app") || arg.equals("--explain") || arg.equals("--hold") || arg.equals("--no-aot")) {
                values.put(arg.substring(2), "true");
            } else if (i + 1 < args.length) {
                values.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("No value for " + arg + " (see --help)");
            }
        }
        return new BenchOptions(
                Double.parseDouble(values.getOrDefault("scale", "1")),
                Integer.parseInt(values.getOrDefault("iterations", "400")),
                Integer.parseInt(values.getOrDefault("warmup", "100")),
                !values.containsKey("no-app"),
                Path.of(values.getOrDefault(
                        "app-jar",
                        java.nio.file.Files.exists(Path.of(EXTRACTED_JAR))
                                ? EXTRACTED_JAR
                                : "ui/target/workspace.jar")),
                Integer.parseInt(values.getOrDefault("port", "18480")),
                Integer.parseInt(values.getOrDefault("http-threads", "8")),
                Integer.parseInt(values.getOrDefault("http-seconds", "20")),
                Integer.parseInt(values.getOrDefault("sessions", "100")),
                Path.of(values.getOrDefault("out", "bench/results")),
                values.containsKey("explain"),
                values.getOrDefault("only", ""),
                values.containsKey("hold"),
                Integer.parseInt(values.getOrDefault("export-iterations", "30")),
                Integer.parseInt(values.getOrDefault("export-warmup", "5")),
                Integer.parseInt(values.getOrDefault("analysis-regions", "8")),
                Integer.parseInt(values.getOrDefault("signed-in-sessions", "40")),
                !values.containsKey("no-aot"));
    }

    /** The AOT cache to start the app with: {@code app.aot} beside the jar, if wanted and present. */
    public java.util.Optional<Path> aotCache() {
        Path cache = appJar.toAbsolutePath().resolveSibling("app.aot");
        return aot && java.nio.file.Files.exists(cache) ? java.util.Optional.of(cache) : java.util.Optional.empty();
    }

    /** The scale as it appears in file names: {@code 1}, {@code 10}, {@code 0.1}. */
    public String scaleName() {
        return scale == Math.rint(scale) ? String.valueOf((long) scale) : String.valueOf(scale);
    }

    /** Whether the operation of this name is measured ({@code only}: empty, or a part of the name, or parts comma-separated). */
    public boolean measures(String operation) {
        return java.util.Arrays.stream(only.split(",")).map(String::strip).anyMatch(operation::contains);
    }
}
