package vn.cadres.system.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cadres.platform.testing.TestTokens;

/**
 * Each process of the local system (the MongoDB-wire server, the Kafka broker, cadre-service,
 * reporting-service) killed with SIGKILL in turn while an office registers and corrects cadres at a
 * steady rate, and started again; then every acknowledged write (a 201's cadre, a 204's
 * correction) is compared with cadre-service's profiles and history and reporting's roster:
 * nothing lost, nothing applied twice.
 * <p>
 * The short form, in every build, kills each process once; {@code -Dfault.rounds=N} kills each N
 * times, {@code -Dfault.seconds-between-kills} and {@code -Dfault.registrations-per-second} set the
 * pace. infra must be packaged first (its launchers run from infra/target), as
 * {@code mvn -pl system-tests -am verify} does.
 */
class SystemFaultTest {

    private static final int ROUNDS = Integer.getInteger("fault.rounds", 1);
    private static final Duration BETWEEN_KILLS = Duration.ofSeconds(Integer.getInteger("fault.seconds-between-kills", 6));
    private static final int RATE = Integer.getInteger("fault.registrations-per-second", 4);
    private static final Duration START = Duration.ofSeconds(180);
    private static final Duration SETTLED = Duration.ofSeconds(120);

    /** Under target, not a temporary directory: the processes' logs are what explains a failure. */
    private final Path dir = Path.of("target", "fault-" + System.currentTimeMillis()).toAbsolutePath();

    @Test
    void everyAcknowledgedWriteSurvivesEachProcessKilledAndNoneIsAppliedTwice() throws Exception {
        Files.createDirectories(dir);
        Path infra = Path.of("..", "infra", "target").toAbsolutePath().normalize();
        assertThat(infra.resolve("lib")).as("infra packaged (mvn -pl system-tests -am verify)").isDirectory();
        String infraClasspath = infra.resolve("classes") + File.pathSeparator + infra.resolve("lib") + File.separator + "*";
        int mongoPort = freePort();
        int kafkaPort = freePort();
        int cadrePort = freePort();
        int reportingPort = freePort();
        String mongoUri = "mongodb://127.0.0.1:" + mongoPort;
        String kafka = "127.0.0.1:" + kafkaPort;

        List<String> infraJava = List.of(Child.java(), "-Xmx384m", "-XX:+UseSerialGC",
                "--sun-misc-unsafe-memory-access=allow", "-cp", infraClasspath);
        Child mongo = Child.launcher("wire server", dir.resolve("mongo.log"), "MongoDB-wire server ready on ",
                with(infraJava, "vn.cadres.infra.MongoServer", "--data-dir", dir.resolve("mongo").toString(),
                        "--port", Integer.toString(mongoPort)));
        Child broker = Child.launcher("broker", dir.resolve("kafka.log"), "Kafka ready on ",
                with(infraJava, "vn.cadres.infra.KafkaBroker", "--data-dir", dir.resolve("kafka").toString(),
                        "--port", Integer.toString(kafkaPort), "--controller-port", Integer.toString(freePort())));
        Child cadres = service("cadre-service", "vn.cadres.cadre.CadreServiceApplication", cadrePort, mongoUri, kafka);
        Child reporting = service("reporting-service", "vn.cadres.reporting.ReportingServiceApplication", reportingPort,
                mongoUri, kafka);

        try (mongo; broker; cadres; reporting) {
            mongo.start(START);
            broker.start(START);
            cadres.start(START);
            reporting.start(START);
            Writes writes = new Writes(cadrePort, RATE).start();
            List<String> downtimes = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                for (Child victim : List.of(mongo, broker, cadres, reporting)) {
                    Thread.sleep(BETWEEN_KILLS.toMillis());
                    long killed = System.nanoTime();
                    victim.kill();
                    victim.start(START);
                    downtimes.add("%s %.1f s".formatted(victim.name, (System.nanoTime() - killed) / 1e9));
                }
            }
            Thread.sleep(BETWEEN_KILLS.toMillis());
            writes.finish(SETTLED);
            System.out.printf("fault run: %d round(s), killed and restarted: %s%n", ROUNDS, String.join(", ", downtimes));
            System.out.printf("fault run: answers %s; logs in %s%n", writes.answers, dir);

            compare(writes, cadrePort, reportingPort);
        }
    }

    /** Every page of Bắc Kạn's roster, counting each cadre as often as it is listed; stops at a failed page. */
    private static void readRoster(int reports, Map<String, Integer> roster) {
        for (int page = 0; ; page++) {
            Writes.Answer answer = Writes.get(reports, "/api/reports/cadres?province=BK&size=200&page=" + page,
                    TestTokens.viewer());
            if (answer.status() != 200 || answer.body().get("items").isEmpty()) {
                return;
            }
            for (JsonNode entry : answer.body().get("items")) {
                roster.merge(entry.get("cadreId").asText(), 1, Integer::sum);
            }
        }
    }

    private void compare(Writes writes, int cadres, int reports) throws InterruptedException {
        Set<String> ids = new HashSet<>(writes.registered.values());
        int corrections = writes.corrected.values().stream().mapToInt(List::size).sum();

        // reporting catches up from its topic; the profiles from the store
        Map<String, Integer> roster = new HashMap<>();
        long deadline = System.nanoTime() + SETTLED.toNanos();
        do {
            roster.clear();
            readRoster(reports, roster);
            if (roster.keySet().containsAll(ids)) {
                break;
            }
            Thread.sleep(1000);
        } while (System.nanoTime() < deadline);

        Set<String> lostFromRoster = new HashSet<>(ids);
        lostFromRoster.removeAll(roster.keySet());
        Set<String> unknownInRoster = new HashSet<>(roster.keySet());
        unknownInRoster.removeAll(ids);
        List<String> twiceInRoster = roster.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();

        List<String> lostProfiles = new ArrayList<>();
        List<String> lostCorrections = new ArrayList<>();
        List<String> correctionsTwice = new ArrayList<>();
        for (String id : ids) {
            Writes.Answer history = Writes.get(cadres, "/api/history/records/" + id, TestTokens.auditor());
            if (history.status() != 200 || history.body().isEmpty()
                    || Writes.get(cadres, "/api/cadres/" + id, TestTokens.auditor()).status() != 200) {
                lostProfiles.add(id);
                continue;
            }
            // each value is the newValue of one correction, and the previousValue of the next
            String events = history.body().toString();
            for (String value : writes.corrected.getOrDefault(id, List.of())) {
                int times = occurrences(events, "\"newValue\":\"" + value + "\"");
                if (times == 0) {
                    lostCorrections.add(id + " " + value);
                } else if (times > 1) {
                    correctionsTwice.add(id + " " + value);
                }
            }
            for (String value : writes.correctionsUnanswered.getOrDefault(id, List.of())) {
                if (occurrences(events, "\"newValue\":\"" + value + "\"") > 1) {
                    correctionsTwice.add(id + " " + value);
                }
            }
        }
        Writes.Answer verification = Writes.get(cadres, "/api/history/verification", TestTokens.auditor());

        System.out.printf("fault run: %d registrations acknowledged, %d corrections acknowledged (%d unanswered); "
                        + "lost: %d profiles, %d from the roster, %d corrections; twice: %d in the roster, %d corrections; "
                        + "roster entries nobody acknowledged: %d%n",
                ids.size(), corrections, writes.correctionsUnanswered.values().stream().mapToInt(List::size).sum(),
                lostProfiles.size(), lostFromRoster.size(), lostCorrections.size(), twiceInRoster.size(),
                correctionsTwice.size(), unknownInRoster.size());
        assertThat(ids).as("registrations acknowledged").isNotEmpty();
        assertThat(writes.answers).as("answers").doesNotContainKey("500");
        assertThat(lostProfiles).as("acknowledged registrations missing from cadre-service").isEmpty();
        assertThat(lostCorrections).as("acknowledged corrections missing from the history").isEmpty();
        assertThat(correctionsTwice).as("corrections applied twice").isEmpty();
        assertThat(lostFromRoster).as("acknowledged registrations missing from the roster").isEmpty();
        assertThat(twiceInRoster).as("cadres twice in the roster").isEmpty();
        assertThat(unknownInRoster).as("roster entries no registration acknowledged").isEmpty();
        assertThat(verification.status()).isEqualTo(200);
        System.out.printf("fault run: hash chains %s%n", verification.body());
    }

    private Child service(String name, String mainClass, int port, String mongoUri, String kafka) {
        return Child.service(name, dir.resolve(name + ".log"), port, List.of(Child.java(), "-Xmx384m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), mainClass,
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--cadres.mongodb.uri=" + mongoUri,
                "--cadres.kafka.bootstrap-servers=" + kafka,
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + TestTokens.publicKeyFile(),
                "--cadres.audit.key-dir=" + TestTokens.publicKeyFile().getParent()));
    }

    private static List<String> with(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all;
    }

    private static int occurrences(String text, String part) {
        int times = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            times++;
        }
        return times;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
