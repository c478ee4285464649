package vn.cadres.system.bench;

import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
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
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluationDecided;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.contracts.evaluation.UnitIndicator;
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
import vn.cadres.platform.eventstore.HashChain;
import vn.cadres.platform.kafka.EnvelopeJson;

/**
 * Replaying reporting-service's read models (roster, career timeline, programme, pool) from the
 * first event of the three topics holding a million events: the events are written to the running
 * system's topics as the three write services would publish them (per cadre: registration,
 * appointment; a rotation proposed, started, completed; two evaluations recorded and decided), the
 * live projections are let catch up, then every processor (one runs all four read models, as
 * configured) is rebuilt through the replay endpoint
 * and timed until the last one switches over and every rebuilt read model holds all its documents
 * (a switch before that is printed: readers would have seen a partial read model).
 * <p>
 * Arguments: reporting-service URL, ADMIN token, Kafka bootstrap servers, MongoDB URI, events
 * (default 1,000,000).
 */
public final class ReplayBenchmark {

    private static final EventCodec CODEC = new EventCodec(PublishedEvents.ALL);
    private static final EnvelopeJson JSON = new EnvelopeJson(CODEC.mapper());
    private static final ObjectMapper READER = new ObjectMapper();
    private static final String[] PROVINCES = {"HN", "LS", "DB", "HP", "TN", "CB", "YB", "QN"};
    private static final int EVENTS_PER_CADRE = 9;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /**
     * Not a collection: the last event written to each partition of the topics, each found in its
     * cadre's timeline (a partition is handled in order, so then every earlier event of it is there).
     */
    private static final String TIMELINE_ENDS = "cadre_timelines: each partition's last event";
    private static final Map<TopicPartition, String[]> LAST_CADRE_EVENTS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        String reporting = args[0];
        String token = args[1];
        long size = args.length > 4 ? Long.parseLong(args[4]) : 1_000_000;
        long start = System.nanoTime();
        long written = write(args[2], size);
        Figures.rate("write the events to the three topics", written, System.nanoTime() - start);

        long cadres = (written - 100) / EVENTS_PER_CADRE;
        Map<String, Long> expected = new LinkedHashMap<>(Map.of("cadre_roster", cadres, "pool_cadres", cadres,
                "programme_rotations", cadres, "programme_evaluations", 2 * cadres, "cadre_timelines", cadres));
        expected.put(TIMELINE_ENDS, (long) LAST_CADRE_EVENTS.size());
        start = System.nanoTime();
        awaitDocuments(args[3], expected);
        Figures.rate("live projections catch up (all four read models)", written, System.nanoTime() - start);

        List<String> processors = READER.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(reporting
                + "/api/admin/processors")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body()).findValuesAsText("name");
        start = System.nanoTime();
        for (String processor : processors) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(reporting
                    + "/api/admin/processors/" + processor + "/replay")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("replay of " + processor + ": " + response.statusCode());
            }
        }
        long lastPrint = 0;
        while (true) {
            JsonNode replays = READER.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(reporting + "/api/replays"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
            if (replays.isEmpty()) {
                break;
            }
            if (System.nanoTime() - lastPrint > 10e9) {
                lastPrint = System.nanoTime();
                replays.forEach(r -> Figures.line(String.format(Locale.ROOT, "  %-16s %5.1f%%  %,9.0f events/s  ETA %s s",
                        r.get("processor").asText(), r.get("percent").asDouble(), r.get("rate").asDouble(),
                        r.path("etaSeconds").asText("?"))));
            }
            Thread.sleep(200);
        }
        long switched = System.nanoTime() - start;
        String incomplete = awaitDocuments(args[3], expected);
        long nanos = System.nanoTime() - start;
        if (incomplete != null) {
            Figures.line(String.format(Locale.ROOT, "  READERS SWITCHED EARLY: after %.1f s, %s; complete %.1f s later",
                    switched / 1e9, incomplete, (nanos - switched) / 1e9));
        }
        Figures.rate("replay every read model from offset 0 (topic events)", written, nanos);
        long handled = (2 * cadres + 100) * 2 + written + 7 * cadres;
        Figures.rate("  events handled by the four read models together (roster, pool: "
                + "cadre.events; programme: rotation and evaluation; timeline: all three)", handled, nanos);
        System.exit(0);
    }

    /**
     * Waits until every read model readers see holds all its documents (and the timelines all their
     * entries); answers what was missing at first, or null when nothing was.
     */
    private static String awaitDocuments(String mongoUri, Map<String, Long> expected) throws InterruptedException {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoDatabase reports = client.getDatabase("reporting-service");
            String first = null;
            while (true) {
                StringBuilder missing = new StringBuilder();
                expected.forEach((collection, documents) -> {
                    long found = collection.equals(TIMELINE_ENDS) ? timelineEnds(reports)
                            : reports.getCollection(collection).estimatedDocumentCount();
                    if (found < documents) {
                        missing.append(String.format(Locale.ROOT, "%s %,d of %,d ", collection, found, documents));
                    }
                });
                if (missing.isEmpty()) {
                    return first;
                }
                if (first == null) {
                    first = missing.toString().trim();
                }
                Thread.sleep(200);
            }
        }
    }

    private static long timelineEnds(MongoDatabase reports) {
        return LAST_CADRE_EVENTS.values().stream().filter(cadreAndEvent -> {
            Document timeline = reports.getCollection("cadre_timelines").find(eq("_id", cadreAndEvent[0])).first();
            return timeline != null && timeline.get("entries", new Document()).containsKey(cadreAndEvent[1]);
        }).count();
    }

    private static long write(String bootstrapServers, long size) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new ByteArraySerializer())) {
            String[] units = new String[100];
            long written = 0;
            for (int u = 0; u < units.length; u++) {
                units[u] = "bench-unit-" + UUID.randomUUID();
                ProvinceCode province = ProvinceCode.of(PROVINCES[u % PROVINCES.length]);
                Level level = u % 2 == 0 ? Level.DISTRICT : Level.COMMUNE;
                send(producer, Topics.CADRE_EVENTS, "Unit", units[u], 0, null, null, new UnitEstablished(units[u], "Đơn vị " + u, level,
                        Bloc.PARTY, province, "Địa bàn " + u, null, List.of("Bí thư Đảng ủy"), LocalDate.of(2000, 1, 1)));
                written++;
            }
            for (long c = 0; written + EVENTS_PER_CADRE <= size; c++) {
                written += cadre(producer, c, units);
            }
            producer.flush();
            return written;
        }
    }

    private static int cadre(KafkaProducer<String, byte[]> producer, long c, String[] units) {
        ProvinceCode province = ProvinceCode.of(PROVINCES[(int) (c % PROVINCES.length)]);
        String cadreId = "bench-cadre-" + c + "-" + UUID.randomUUID();
        String from = units[(int) (c % 50) * 2];
        String to = units[(int) (c % 50) * 2 + 1];
        LocalDate start = LocalDate.of(2005 + (int) (c % 15), 1 + (int) (c % 12), 1);
        Decision decision = new Decision("QĐ-" + c, start.minusMonths(1), "Ban Thường vụ");
        String previous = send(producer, Topics.CADRE_EVENTS, "Cadre", cadreId, 0, null, cadreId, new CadreRegistered(cadreId,
                "Nguyễn Văn Thử " + c, c % 3 == 0 ? Gender.FEMALE : Gender.MALE, LocalDate.of(1970 + (int) (c % 20), 3, 1),
                province, LocalDate.of(2004, 1, 1), province, "Xã " + (c % 40), "Kinh", ProfessionalEducation.BACHELOR,
                PoliticalTheory.INTERMEDIATE, null, "Ban Thường vụ Tỉnh ủy"));
        send(producer, Topics.CADRE_EVENTS, "Cadre", cadreId, 1, previous, cadreId, new CadreAppointed(cadreId, province, from,
                "Phó Trưởng phòng", decision, LocalDate.of(2004, 6, 1)));
        String rotationId = "bench-rotation-" + c + "-" + UUID.randomUUID();
        Direction down = new Direction(Movement.DOWNWARD, Level.DISTRICT, Level.COMMUNE, Bloc.PARTY, Bloc.PARTY);
        LocalDate end = start.plusMonths(36).minusDays(1);
        previous = send(producer, Topics.ROTATION_EVENTS, "Rotation", rotationId, 0, null, cadreId, new RotationProposed(rotationId,
                cadreId, province, RotationKind.ROTATION, new UnitPost(from, "Phó Trưởng phòng"), new UnitPost(to,
                "Phó Chủ tịch UBND"), start, end, "Đào tạo", down, List.of(), start.minusMonths(1)));
        previous = send(producer, Topics.ROTATION_EVENTS, "Rotation", rotationId, 1, previous, cadreId, new CadreRotated(rotationId, cadreId,
                province, RotationKind.ROTATION, new UnitPost(from, "Phó Trưởng phòng"), new UnitPost(to,
                "Phó Chủ tịch UBND"), down, end, List.of(), start));
        send(producer, Topics.ROTATION_EVENTS, "Rotation", rotationId, 2, previous, cadreId, new RotationCompleted(rotationId, cadreId,
                province, 36, null, end));
        evaluation(producer, province, cadreId, rotationId, start.getYear() - 1, EvaluationPhase.BEFORE, 78,
                Classification.GOOD);
        evaluation(producer, province, cadreId, rotationId, end.getYear() + 1, EvaluationPhase.AFTER, 85,
                Classification.GOOD);
        return EVENTS_PER_CADRE;
    }

    private static void evaluation(KafkaProducer<String, byte[]> producer, ProvinceCode province, String cadreId,
                                   String rotationId, int year, EvaluationPhase phase, int total,
                                   Classification classification) {
        String evaluationId = "bench-evaluation-" + UUID.randomUUID();
        LocalDate periodEnd = LocalDate.of(year, 12, 31);
        String previous = send(producer, Topics.EVALUATION_EVENTS, "Evaluation", evaluationId, 0, null, cadreId, new EvaluationRecorded(
                evaluationId, cadreId, province, LocalDate.of(year, 1, 1), periodEnd, "bench-unit",
                EvaluatorRole.DECIDING_LEVEL, "Lãnh đạo, quản lý", Map.of("TASK_RESULTS", total), total, classification,
                false, List.of(new UnitIndicator("Tỷ lệ hộ nghèo", "%", new BigDecimal("38.5"))), rotationId, phase,
                periodEnd));
        send(producer, Topics.EVALUATION_EVENTS, "Evaluation", evaluationId, 1, previous, cadreId, new EvaluationDecided(evaluationId, cadreId,
                province, Map.of("TASK_RESULTS", total), total, classification, new Decision("ĐG", periodEnd.plusDays(20),
                "Ban Thường vụ"), periodEnd.plusDays(20)));
    }

    /**
     * Publishes an event of a record as its service would, chained to the previous one; answers its
     * hash. The last event about a cadre written to each partition is remembered.
     */
    private static String send(KafkaProducer<String, byte[]> producer, String topic, String type, String recordId,
                               long sequence, String previousHash, String cadreId, DomainEvent event) {
        EventEnvelope envelope = new EventEnvelope(0, UUID.randomUUID().toString(), EventCodec.typeOf(event.getClass()),
                EventCodec.revisionOf(event.getClass()), type, recordId, sequence, event.province().value(),
                "office-" + event.province().value(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                event.effectiveDate(), Instant.now(), CODEC.toJson(event), null, null);
        EventEnvelope chained = envelope.chainedTo(previousHash, HashChain.hashOf(envelope, previousHash));
        producer.send(new ProducerRecord<>(topic, recordId, JSON.write(chained)), (written, failure) -> {
            if (failure == null && cadreId != null) { // a partition's callbacks come in the order it was written
                LAST_CADRE_EVENTS.put(new TopicPartition(topic, written.partition()), new String[] {cadreId, chained.eventId()});
            }
        });
        return chained.hash();
    }
}
