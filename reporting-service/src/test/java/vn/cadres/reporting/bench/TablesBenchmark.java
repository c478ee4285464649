package vn.cadres.reporting.bench;

import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.PublishedEvents;
import vn.cadres.contracts.Topics;
import vn.cadres.contracts.cadre.CadreAppointed;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.cadre.PoliticalTheory;
import vn.cadres.contracts.cadre.ProfessionalEducation;
import vn.cadres.contracts.rotation.CadreRotated;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.rotation.RotationCompleted;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.UnitEstablished;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.KafkaBroker;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.platform.testing.TopicWriter;
import vn.cadres.reporting.ReportingServiceApplication;

/**
 * A benchmark, not a test: the server time of the first page of every table (and of a few filters,
 * the last page and an export) with a generated Hải Phòng of 3,000 cadres and 1,000 rotations in the
 * read models, printed as p50 / p95 / p99 of {@value #CALLS} calls each after {@value #WARM_UP} to
 * warm up. The goal (issue 20) is p95 under 300 ms for every page. Runs only when asked:
 * <pre>mvn -pl reporting-service -am verify -Dtest=TablesBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=tables</pre>
 * ({@code -Dbench.only=pool} measures only the lines whose name contains "pool").
 * It runs on the test parts (the wire server's memory backend, in this JVM), so the figures are the
 * service's and the query's, on a laptop-class machine shared with the broker.
 */
@EnabledIfSystemProperty(named = "bench", matches = "tables")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class TablesBenchmark extends RealPartsTest {

    private static final int CADRES = 3_000;
    private static final int ROTATIONS = 1_000;
    private static final int UNITS = 60;
    private static final int WARM_UP = 30;
    private static final int CALLS = 200;
    private static final ProvinceCode HAI_PHONG = ProvinceCode.of("HP");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hương", "Lan", "Long", "Mai",
        "Nam", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Việt", "Yến", "Ánh"};
    private static final Movement[] MOVEMENTS = Movement.values();
    private static final EnvelopeJson JSON = new EnvelopeJson(new EventCodec(PublishedEvents.ALL).mapper());

    @Test
    void first_pages_of_every_table_with_a_province_of_3000_cadres_and_1000_rotations() {
        long start = System.nanoTime();
        String unit = haiPhong();
        String token = TestTokens.viewer();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Http.Response rotations = http().get("/api/reports/rotations?province=HP&status=COMPLETED&size=1", token);
            Http.Response pool = http().get("/api/reports/pool?province=HP&size=1", token);
            return rotations.status() == 200 && pool.status() == 200 && rotations.body().get("total").asInt()
                    == ROTATIONS / 4 && pool.body().get("total").asInt() == CADRES;
        });
        System.out.printf(Locale.ROOT, "tables: %,d cadres and %,d rotations written and projected in %.1f s%n",
                CADRES, ROTATIONS, (System.nanoTime() - start) / 1e9);

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("rotations, first page (by start)", "/api/reports/rotations?province=HP");
        pages.put("rotations, first page by name (Vietnamese order)", "/api/reports/rotations?province=HP&sort=name");
        pages.put("rotations, by -plannedEnd, 200 rows", "/api/reports/rotations?province=HP&sort=-plannedEnd&size=200");
        pages.put("rotations, status=OVERDUE", "/api/reports/rotations?province=HP&status=OVERDUE");
        pages.put("rotations, movement + blocCrossing + period", "/api/reports/rotations?province=HP&movement=DOWNWARD"
                + "&blocCrossing=false&from=2020-01-01&to=2021-12-31");
        pages.put("rotations, unitId (either end)", "/api/reports/rotations?province=HP&unitId=" + unit);
        pages.put("rotations, q=nguyen van (name search)", "/api/reports/rotations?province=HP&q="
                + URLEncoder.encode("nguyen van", StandardCharsets.UTF_8));
        pages.put("rotations, last page by name", "/api/reports/rotations?province=HP&sort=name&page=39");
        pages.put("pool, first page (by name)", "/api/reports/pool?province=HP");
        pages.put("pool, as of 2015-01-01, by -managedSince", "/api/reports/pool?province=HP&asOf=2015-01-01"
                + "&sort=-managedSince");
        pages.put("pool, q=dang", "/api/reports/pool?province=HP&q=dang");
        pages.put("pool, last page", "/api/reports/pool?province=HP&page=119");
        pages.put("pool summary (the figures)", "/api/reports/pool/summary?province=HP");
        pages.put("key posts, first page", "/api/reports/key-posts?province=HP");
        pages.put("roster, first page", "/api/reports/cadres?province=HP");
        pages.put("export: rotations.csv, every row", "/api/reports/export/rotations.csv?province=HP&sort=name");
        pages.put("export: pool.xlsx, every row", "/api/reports/export/pool.xlsx?province=HP");
        String only = System.getProperty("bench.only", "");
        pages.forEach((what, path) -> {
            if (what.contains(only)) {
                measure(what, path, token);
            }
        });
    }

    private void measure(String what, String path, String token) {
        Http http = http();
        for (int i = 0; i < WARM_UP; i++) {
            call(http, path, token);
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            call(http, path, token);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "tables: %-50s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", what,
                at(nanos, 0.50), at(nanos, 0.95), at(nanos, 0.99));
    }

    private static void call(Http http, String path, String token) {
        int status = path.contains("/export/") ? http.getRaw(path, token).status() : http.get(path, token).status();
        if (status != 200) {
            throw new IllegalStateException(path + ": " + status);
        }
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /**
     * Hải Phòng's units, cadres each appointed to one, and rotations of the first thousand: a quarter
     * completed, a quarter running (most past their planned end), half proposed, in every direction,
     * starting from 2012 to 2028. Answers a unit, for the filter by unit.
     */
    private static String haiPhong() {
        Random random = new Random(20);
        List<String> units = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 10), new StringSerializer(), new ByteArraySerializer())) {
            for (int u = 0; u < UNITS; u++) {
                String unitId = UUID.randomUUID().toString();
                units.add(unitId);
                Level level = u % 2 == 0 ? Level.DISTRICT : Level.COMMUNE;
                send(producer, Topics.CADRE_EVENTS, TopicWriter.firstEventOf("Unit", unitId, new UnitEstablished(unitId,
                        (level == Level.DISTRICT ? "Huyện ủy " : "Đảng ủy xã ") + u, level, u % 3 == 0 ? Bloc.GOVERNMENT
                        : Bloc.PARTY, HAI_PHONG, "Địa bàn " + u, null, List.of("Bí thư", "Chủ tịch UBND"),
                        LocalDate.of(2000, 1, 1))));
            }
            List<String> cadres = new ArrayList<>();
            for (int c = 0; c < CADRES; c++) {
                String cadreId = UUID.randomUUID().toString();
                cadres.add(cadreId);
                String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)];
                EventEnvelope registered = TopicWriter.firstEventOf("Cadre", cadreId, new CadreRegistered(cadreId, name,
                        c % 3 == 0 ? Gender.FEMALE : Gender.MALE, LocalDate.of(1965 + c % 30, 1 + c % 12, 1), HAI_PHONG,
                        LocalDate.of(2008 + c % 10, 1, 1), HAI_PHONG, "Xã " + c % 40, "Kinh",
                        ProfessionalEducation.values()[c % 5], PoliticalTheory.values()[c % 3], null,
                        "Ban Thường vụ Thành ủy"));
                send(producer, Topics.CADRE_EVENTS, registered);
                send(producer, Topics.CADRE_EVENTS, TopicWriter.nextEventOf(registered, new CadreAppointed(cadreId,
                        HAI_PHONG, units.get(c % UNITS), c % 7 == 0 ? "Bí thư" : "Phó Trưởng ban",
                        new Decision("QĐ-" + c, LocalDate.of(2010, 1, 1), "Thành ủy"), LocalDate.of(2010, 2, 1))));
            }
            for (int r = 0; r < ROTATIONS; r++) {
                rotation(producer, r, cadres.get(r), units.get(r % UNITS), units.get((r * 7 + 1) % UNITS));
            }
            producer.flush();
        }
        return units.get(3);
    }

    private static void rotation(KafkaProducer<String, byte[]> producer, int r, String cadreId, String from, String to) {
        String rotationId = UUID.randomUUID().toString();
        Movement movement = MOVEMENTS[r % MOVEMENTS.length];
        Direction direction = new Direction(movement, Level.DISTRICT, Level.COMMUNE, Bloc.PARTY,
                r % 5 == 0 ? Bloc.MASS_ORGANISATION : Bloc.PARTY);
        LocalDate start = LocalDate.of(2012 + r % 17, 1 + r % 12, 1);
        LocalDate end = start.plusMonths(36).minusDays(1);
        UnitPost sending = new UnitPost(from, "Phó Trưởng ban");
        UnitPost receiving = new UnitPost(to, "Bí thư");
        EventEnvelope last = TopicWriter.firstEventOf("Rotation", rotationId, new RotationProposed(rotationId, cadreId,
                HAI_PHONG, r % 9 == 0 ? RotationKind.TRANSFER : RotationKind.ROTATION, sending, receiving, start, end,
                "Đào tạo", direction, List.of(), start.minusMonths(2)));
        send(producer, Topics.ROTATION_EVENTS, last);
        if (r % 4 >= 2) {
            last = TopicWriter.nextEventOf(last, new CadreRotated(rotationId, cadreId, HAI_PHONG, RotationKind.ROTATION,
                    sending, receiving, direction, end, List.of(), start));
            send(producer, Topics.ROTATION_EVENTS, last);
        }
        if (r % 4 == 3) {
            send(producer, Topics.ROTATION_EVENTS, TopicWriter.nextEventOf(last, new RotationCompleted(rotationId,
                    cadreId, HAI_PHONG, 36, null, end)));
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, EventEnvelope envelope) {
        producer.send(new ProducerRecord<>(topic, envelope.aggregateId(), JSON.write(envelope)));
    }
}
