package nl.onderwijsregio.workspace.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * People saving while something fails: threads that create register entries and findings and reorder priorities
 * through the API of one or more instances, each write marked uniquely, every answer kept. Afterwards the database is
 * checked against the answers: every acknowledged write is there exactly once, none is there twice, none is half
 * there (its creation event and its audit row came in the same transaction), the ranking is still a ranking, and
 * every refusal was a Dutch 503 problem detail (or, for a killed instance, no answer at all).
 */
final class WriteLoad {

    /** One request and how it ended: an HTTP status, or {@code -1} when no answer came (the instance was gone). */
    record Outcome(Kind kind, String marker, int status, String body, long atNanos) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    enum Kind {
        REGISTER,
        FINDING,
        REORDER
    }

    static final String OUTAGE_DETAIL = "De database is even niet bereikbaar";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<String> apps;
    private final String region;
    private final String token;
    private final List<Long> priorities;
    private final String run = "fout" + System.nanoTime() % 1_000_000;
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    WriteLoad(List<String> apps, String region, String token, List<Long> priorities) {
        this.apps = List.copyOf(apps);
        this.region = region;
        this.token = token;
        this.priorities = List.copyOf(priorities);
    }

    /** Starts {@code count} writers; they write until {@link #stop()}. */
    WriteLoad start(int count) {
        for (int t = 0; t < count; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().name("write-load-" + t).start(() -> write(thread)));
        }
        return this;
    }

    /** Stops the writers and waits for their last answers. */
    List<Outcome> stop() throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(60));
            assertThat(thread.isAlive()).as(thread.getName() + " ended").isFalse();
        }
        return List.copyOf(outcomes);
    }

    private void write(int thread) {
        for (int i = 0; !stop.get(); i++) {
            String app = apps.get((thread + i) % apps.size());
            Kind kind = Kind.values()[(thread + i) % Kind.values().length];
            String marker = run + "-" + thread + "-" + i;
            Outcome outcome = send(kind, marker, request(app, kind, marker));
            outcomes.add(outcome);
            if (outcome.status() < 0) {
                pause(); // the instance is gone: do not spin
            }
        }
    }

    private HttpRequest request(String app, Kind kind, String marker) {
        String base = app + "/api/v1/regions/" + region;
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .timeout(Duration.ofSeconds(45))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        return switch (kind) {
            case REGISTER ->
                request.uri(URI.create(base + "/register"))
                        .POST(body("{\"what\":\"" + marker + "\",\"sourceText\":\"Personeelsgegevens van het bestuur\","
                                + "\"holderKind\":\"BESTUUR\",\"holderName\":\"Stichting Foutproef\"}"))
                        .build();
            case FINDING ->
                request.uri(URI.create(base + "/findings"))
                        .POST(body("{\"title\":\"" + marker + "\",\"body\":\"Gesprek tijdens een storing.\","
                                + "\"theme\":\"BEHOUDEN\",\"kind\":\"OVERLEG\",\"observedFrom\":\"2026-11-02\","
                                + "\"visibility\":\"OWN\",\"published\":false}"))
                        .build();
            case REORDER -> {
                List<Long> order = new ArrayList<>(priorities);
                Collections.shuffle(order, ThreadLocalRandom.current());
                yield request.uri(URI.create(base + "/priorities/order"))
                        .PUT(body(order.toString()))
                        .build();
            }
        };
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private static Outcome send(Kind kind, String marker, HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(kind, marker, response.statusCode(), response.body(), System.nanoTime());
        } catch (IOException e) {
            return new Outcome(kind, marker, -1, e.toString(), System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(kind, marker, -1, e.toString(), System.nanoTime());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Checks the answers against the database: acknowledged writes once, unacknowledged at most once, nothing half
     * written, the ranking whole; refusals only as {@code allowed} (503 with the Dutch text, and {@code -1} only when
     * {@code noAnswerAllowed}).
     */
    void verify(List<Outcome> all, Connection owner, boolean noAnswerAllowed) throws SQLException {
        List<String> unexpected = all.stream()
                .filter(o -> !o.acknowledged())
                .filter(o -> !(o.status() == 503 && o.body().contains(OUTAGE_DETAIL)))
                .filter(o -> !(noAnswerAllowed && o.status() == -1))
                .map(o -> o.kind() + " " + o.marker() + " → " + o.status() + " " + o.body())
                .toList();
        assertThat(unexpected).as("every refusal is a Dutch 503 problem detail").isEmpty();

        Map<String, Integer> entries =
                counts(owner, "select what, count(*) from register_entry where what like ?" + " group by what");
        Map<String, Integer> findings =
                counts(owner, "select title, count(*) from finding where title like ? group by title");
        for (Outcome o : all) {
            Map<String, Integer> stored = switch (o.kind()) {
                case REGISTER -> entries;
                case FINDING -> findings;
                case REORDER -> null;
            };
            if (stored == null) {
                continue;
            }
            int copies = stored.getOrDefault(o.marker(), 0);
            if (o.acknowledged()) {
                assertThat(copies)
                        .as("acknowledged " + o.kind() + " " + o.marker())
                        .isEqualTo(1);
            } else {
                assertThat(copies)
                        .as("unacknowledged " + o.kind() + " " + o.marker())
                        .isLessThanOrEqualTo(1);
            }
        }
        assertThat(single(owner, """
                        select count(*) from register_entry e where e.what like ?
                           and ((select count(*) from register_event v where v.entry_id = e.id and v.action = 'CREATED') <> 1
                             or (select count(*) from audit_event a where a.entity_table = 'register_entry'
                                    and a.entity_id = e.id::text and a.operation = 'INSERT') <> 1)"""))
                .as("register entries without exactly one creation event and one audit row")
                .isZero();
        assertThat(single(owner, """
                        select count(*) from finding f where f.title like ?
                           and (select count(*) from audit_event a where a.entity_table = 'finding'
                                   and a.entity_id = f.id::text and a.operation = 'INSERT') <> 1"""))
                .as("findings without exactly one audit row")
                .isZero();
        try (PreparedStatement ranks =
                owner.prepareStatement("select id, rank from priority where region_id = ? order by rank, id")) {
            ranks.setString(1, region);
            List<Long> ids = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            try (ResultSet rs = ranks.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    order.add(rs.getInt(2));
                }
            }
            assertThat(ids).containsExactlyInAnyOrderElementsOf(priorities);
            assertThat(order)
                    .as("ranks 1..n without gaps or doubles")
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, priorities.size())
                            .boxed()
                            .toList());
        }
    }

    /** How many writes of each kind were acknowledged, for the report and the non-vacuity checks. */
    static Map<String, Long> summary(List<Outcome> all) {
        return all.stream()
                .collect(Collectors.groupingBy(
                        o -> o.kind() + " " + (o.acknowledged() ? "2xx" : String.valueOf(o.status())),
                        java.util.TreeMap::new,
                        Collectors.counting()));
    }

    private Map<String, Integer> counts(Connection owner, String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement statement = owner.prepareStatement(sql)) {
            statement.setString(1, run + "-%");
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    private long single(Connection owner, String sql) throws SQLException {
        try (PreparedStatement statement = owner.prepareStatement(sql)) {
            statement.setString(1, run + "-%");
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
