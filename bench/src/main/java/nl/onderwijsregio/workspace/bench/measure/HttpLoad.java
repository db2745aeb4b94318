package nl.onderwijsregio.workspace.bench.measure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Closed-loop load on one API endpoint over loopback: N threads each send the next request as soon as the previous
 * one is answered, for a fixed time after a warm-up; every thread uses its own bearer token.
 */
public final class HttpLoad {

    private HttpLoad() {}

    /** The catalogue API with the same four searches as the in-process measurement. */
    public static final List<String> CATALOGUE_PATHS = List.of(
            "/api/v1/catalogue",
            "/api/v1/catalogue?q=verzuim",
            "/api/v1/catalogue?toegang=CLOSED&sector=PO",
            "/api/v1/catalogue?q=leraren&toegang=CLOSED");

    /**
     * Runs the load; with {@code gzip} the client asks for a compressed answer ({@code Accept-Encoding: gzip}, as BI
     * tools and browsers do) and decompresses each one it gets.
     */
    public static HttpResult run(
            AppProcess app,
            String endpoint,
            List<String> paths,
            List<String> tokens,
            int threads,
            Duration warmup,
            Duration duration,
            boolean gzip)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        AtomicLong errors = new AtomicLong();
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                String token = tokens.get(t % tokens.size());
                int first = t;
                results.add(pool.submit(() -> loop(client, app, paths, token, first, measureFrom, end, errors, gzip)));
            }
            pool.shutdown();
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            try {
                all.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        long[] nanos = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new HttpResult(
                endpoint,
                threads,
                duration.toSeconds(),
                nanos.length,
                errors.get(),
                nanos.length / (double) duration.toSeconds(),
                Latencies.ofNanos(nanos));
    }

    private static long[] loop(
            HttpClient client,
            AppProcess app,
            List<String> paths,
            String token,
            int first,
            long measureFrom,
            long end,
            AtomicLong errors,
            boolean gzip)
            throws InterruptedException {
        long[] times = new long[1024];
        int n = 0;
        for (int i = first; ; i++) {
            long start = System.nanoTime();
            if (start >= end) {
                break;
            }
            HttpRequest.Builder builder = HttpRequest.newBuilder(app.uri(paths.get(i % paths.size())))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30));
            if (gzip) {
                builder.header("Accept-Encoding", "gzip");
            }
            int status;
            try {
                HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                if (gzip && status == 200 && !decompresses(response)) {
                    status = -2;
                }
            } catch (IOException e) {
                status = -1;
            }
            long done = System.nanoTime();
            if (start < measureFrom) {
                continue;
            }
            if (status != 200) {
                errors.incrementAndGet();
                continue;
            }
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
            }
            times[n++] = done - start;
        }
        return Arrays.copyOf(times, n);
    }

    /** Whether the answer came gzipped and decompresses (what a client asking for gzip must do with it). */
    private static boolean decompresses(HttpResponse<byte[]> response) throws IOException {
        if (!response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            return false;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return in.readAllBytes().length > 0;
        }
    }

    /** Throughput and latency of the successful requests in the measured window. */
    public record HttpResult(
            String endpoint,
            int threads,
            long seconds,
            long requests,
            long errors,
            double requestsPerSecond,
            Latencies latencies) {}
}
