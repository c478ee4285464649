package vn.cadres.system.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.cadres.platform.testing.TestTokens;

/**
 * Registrations and corrections at a steady rate, as an office's client makes them, with what each
 * answer acknowledged recorded. A registration that got no answer, or a 503, is sent again until
 * it is answered: 201, or 409 naming the cadre an earlier attempt registered. A correction (of a
 * cadre registered a while before, and refused with 404 when the profiles lag after a restart) is not
 * sent again (the client cannot know whether it was applied): without an answer it may have been
 * applied once, and must not have been applied twice.
 */
final class Writes implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String OFFICE = TestTokens.office("BK");
    private static final int RECENT = 8;

    private final int cadrePort;
    private final long tickMillis;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread thread;
    private volatile Throwable failure;

    /** Person name to the cadre id acknowledged for it (201, or 409 naming it). */
    final Map<String, String> registered = new ConcurrentHashMap<>();
    /** Cadre id to the values of its corrections answered 204. */
    final Map<String, List<String>> corrected = new ConcurrentHashMap<>();
    /** Cadre id to the values of its corrections that got no answer. */
    final Map<String, List<String>> correctionsUnanswered = new ConcurrentHashMap<>();
    /** How the requests were answered: status, or "no answer". */
    final Map<String, Integer> answers = new TreeMap<>();

    private final Deque<String> unanswered = new ArrayDeque<>();
    private final List<String> ids = new ArrayList<>();
    private int nextPerson;
    private int nextCorrection;

    Writes(int cadrePort, int registrationsPerSecond) {
        this.cadrePort = cadrePort;
        this.tickMillis = 1000 / registrationsPerSecond;
    }

    Writes start() {
        thread = Thread.ofPlatform().name("fault-writes").start(this);
        return this;
    }

    /** Stops sending new writes, then sends the unanswered registrations again until all are answered. */
    void finish(Duration within) throws InterruptedException {
        running.set(false);
        thread.join(within.toMillis());
        if (failure != null) {
            throw new AssertionError("a write was refused", failure);
        }
        if (thread.isAlive()) {
            throw new AssertionError("registrations still unanswered after " + within + ": " + unanswered);
        }
    }

    @Override
    public void run() {
        try {
            write();
        } catch (Throwable e) {
            failure = e;
        }
    }

    private void write() {
        long next = System.nanoTime();
        while (running.get() || !unanswered.isEmpty()) {
            String name = unanswered.isEmpty() ? "Nguoi Thu So " + nextPerson++ : unanswered.poll();
            register(name);
            // the cadres registered a while ago: a newer one may not be in the profiles yet (404)
            if (running.get() && ids.size() > RECENT) {
                correct(ids.get(nextCorrection % (ids.size() - RECENT)), "Xa Thu " + nextCorrection++);
            }
            next += tickMillis * 1_000_000;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000);
                } catch (InterruptedException e) {
                    return;
                }
            } else {
                next = System.nanoTime();
            }
        }
    }

    private void register(String name) {
        String body = """
                {"fullName": "%s", "gender": "FEMALE", "birthDate": "1982-10-20",
                 "managingProvince": "BK", "effectiveDate": "2015-09-01", "homeProvince": "BK",
                 "homeCommune": "Phường Đức Xuân", "ethnicity": "Tày", "professionalEducation": "MASTER",
                 "politicalTheory": "ADVANCED", "managementScope": "Ban Thường vụ Tỉnh ủy Bắc Kạn"}""".formatted(name);
        Answer answer = post("/api/cadres", body);
        if (answer.status == 201 || answer.status == 409 && answer.body != null && answer.body.hasNonNull("cadreId")) {
            String id = answer.body.get("cadreId").asText();
            if (registered.putIfAbsent(name, id) == null) {
                ids.add(id);
            }
        } else if (answer.status >= 0 && answer.status != 503) {
            throw new AssertionError("registration of " + name + " answered " + answer.status + ": " + answer.body);
        } else {
            unanswered.add(name);
        }
    }

    private void correct(String cadreId, String value) {
        String body = """
                {"field": "homeCommune", "newValue": "%s", "reason": "kiểm thử sự cố"}""".formatted(value);
        Answer answer = post("/api/cadres/" + cadreId + "/corrections", body);
        if (answer.status == 204) {
            corrected.computeIfAbsent(cadreId, id -> new ArrayList<>()).add(value);
        } else if (answer.status == 404) {
            // the profiles lag behind the store after a restart: refused, nothing stored
            return;
        } else if (answer.status < 0) {
            correctionsUnanswered.computeIfAbsent(cadreId, id -> new ArrayList<>()).add(value);
        } else if (answer.status != 503) {
            throw new AssertionError("correction of " + cadreId + " answered " + answer.status + ": " + answer.body);
        }
    }

    /** An answer: its status (-1 when none came) and its JSON body. */
    record Answer(int status, JsonNode body) {
    }

    /** A GET with a timeout, for what the test reads at the end. */
    static Answer get(int port, String path, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()));
        } catch (IOException e) {
            return new Answer(-1, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null);
        }
    }

    private Answer post(String path, String body) {
        Answer answer = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cadrePort + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + OFFICE).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        synchronized (answers) {
            answers.merge(answer.status < 0 ? "no answer" : Integer.toString(answer.status), 1, Integer::sum);
        }
        return answer;
    }
}
