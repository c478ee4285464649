package vn.cadres.system.bench;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * End-to-end latency of the running system at a steady rate: each command is an HTTP registration
 * on cadre-service; it counts as visible when its document is in reporting-service's roster. The
 * observer looks up the {@value #OBSERVED} oldest commands not yet seen every 5 ms, by key, in the
 * read model's database: projections apply events nearly in order, and a lighter look keeps the
 * measurement from loading the database it measures.
 * <p>
 * Arguments: cadre-service base URL, office token (province HN), MongoDB URI, reporting database,
 * commands per second (200), seconds measured (30), seconds of warm-up at the same rate before (60).
 * Seven JVMs on two cores take about two minutes at 200 commands/s to compile their hot paths: after
 * a one-minute warm-up the first fifteen seconds measured were still 0.6-1.6 s at p99, after two
 * minutes they were not, so {@code bench.sh} warms up for 120 s. A cold system at that rate is
 * overloaded for its first minute (0 s warm-up: p99 14 s, 40% refused).
 */
public final class LatencyBenchmark {

    private static final Pattern CADRE_ID = Pattern.compile("\"cadreId\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int OBSERVED = 64;
    private static final Duration WINDOW = Duration.ofSeconds(5);

    /** Commands answered but not yet seen in the read model, oldest first: send time to cadre id. */
    private final ConcurrentSkipListMap<Long, String> pending = new ConcurrentSkipListMap<>();
    private final List<Long> commandNanos = new CopyOnWriteArrayList<>();
    /** Send time of each visible command, with its latency: where in the run the slow ones were. */
    private final ConcurrentSkipListMap<Long, Long> visibleBySendTime = new ConcurrentSkipListMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    /** Names differ from run to run: the same person registered twice is refused as a duplicate. */
    private final String run = Long.toString(System.nanoTime(), 36);

    public static void main(String[] args) throws Exception {
        int rate = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        int warmUpSeconds = args.length > 6 ? Integer.parseInt(args[6]) : 60;
        try (MongoClient mongo = MongoClients.create(args[2])) {
            MongoCollection<Document> roster = mongo.getDatabase(args[3]).getCollection("cadre_roster");
            LatencyBenchmark warmUp = new LatencyBenchmark();
            warmUp.run(args[0], args[1], roster, rate, warmUpSeconds);
            LatencyBenchmark bench = new LatencyBenchmark();
            bench.run(args[0], args[1], roster, rate, seconds);
            bench.report(rate, seconds);
        }
        System.exit(0);
    }

    private void run(String baseUrl, String token, MongoCollection<Document> roster, int rate, int seconds)
            throws InterruptedException {
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        int total = rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n < total) {
                register(baseUrl, token, n);
            }
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds + 30L).toNanos();
        while (System.nanoTime() < deadline && (sent.get() < total || !pending.isEmpty()
                || commandNanos.size() + failures.get() < total)) {
            observe(roster);
            Thread.sleep(5);
        }
        clock.shutdownNow();
    }

    private void register(String baseUrl, String token, int n) {
        String body = "{\"fullName\":\"Trần Văn Đo Lường " + run + " " + n + "\",\"gender\":\"MALE\","
                + "\"birthDate\":\"1980-01-01\",\"managingProvince\":\"HN\",\"homeProvince\":\"HN\","
                + "\"homeCommune\":\"Phường Hoàn Kiếm\",\"ethnicity\":\"Kinh\",\"professionalEducation\":\"BACHELOR\","
                + "\"politicalTheory\":\"ADVANCED\",\"managementScope\":\"Ban Thường vụ Thành ủy\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/cadres"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            if (error != null || response.statusCode() != 201) {
                failures.incrementAndGet();
                return;
            }
            commandNanos.add(System.nanoTime() - start);
            Matcher id = CADRE_ID.matcher(response.body());
            if (id.find()) {
                long key = start;
                while (pending.putIfAbsent(key, id.group(1)) != null) {
                    key++;
                }
            }
        });
    }

    private void observe(MongoCollection<Document> roster) {
        Map<String, Long> oldest = new HashMap<>();
        for (Map.Entry<Long, String> command : pending.entrySet()) {
            oldest.put(command.getValue(), command.getKey());
            if (oldest.size() == OBSERVED) {
                break;
            }
        }
        if (oldest.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        for (Document visible : roster.find(in("_id", oldest.keySet())).projection(Projections.include("_id"))) {
            long start = oldest.get(visible.getString("_id"));
            pending.remove(start);
            visibleBySendTime.put(start, now - start);
        }
    }

    private void report(int rate, int seconds) {
        Figures.line(String.format("steady %d commands/s for %d s: %d failed, %d never visible", rate, seconds,
                failures.get(), pending.size()));
        Figures.percentiles("HTTP command (POST /api/cadres -> 201)", toArray(commandNanos));
        Figures.percentiles("command -> visible in reporting read model", toArray(visibleBySendTime.values()));
        reportWindows();
    }

    /** The p99 of each five seconds of the run: a stall shows as one slow window, overload as all. */
    private void reportWindows() {
        if (visibleBySendTime.isEmpty()) {
            return;
        }
        long first = visibleBySendTime.firstKey();
        Map<Long, List<Long>> windows = new TreeMap<>();
        visibleBySendTime.forEach((start, latency) ->
                windows.computeIfAbsent((start - first) / WINDOW.toNanos(), w -> new ArrayList<>()).add(latency));
        StringBuilder line = new StringBuilder("p99 per " + WINDOW.toSeconds() + " s window (ms):");
        windows.values().forEach(window -> line.append(' ').append(Math.round(Figures.quantileMillis(toArray(window), 0.99))));
        Figures.line(line.toString());
    }

    private static long[] toArray(Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
