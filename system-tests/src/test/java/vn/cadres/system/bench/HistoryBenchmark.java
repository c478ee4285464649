package vn.cadres.system.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.cadres.cadre.profile.CadreProfile;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.PublishedEvents;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.PoliticalTheory;
import vn.cadres.contracts.cadre.ProfessionalEducation;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.history.AsOf;
import vn.cadres.platform.history.ChainVerifier;
import vn.cadres.platform.history.RecordHistory;
import vn.cadres.platform.history.StoreScan;
import vn.cadres.platform.kafka.EnvelopeJson;

/**
 * What auditors wait for: exporting a store of a million events as NDJSON (time, and the peak heap
 * while doing it, in a JVM given far less heap than the export's size), verifying every hash chain,
 * and rebuilding one cadre with 1,000 events as of a date, against a running MongoDB(-wire server).
 * <p>
 * Arguments: MongoDB URI, events in the store (default 1,000,000).
 */
public final class HistoryBenchmark {

    private static final String[] PROVINCES = {"HN", "LS", "DB", "HP", "TN"};
    private static final EventCodec CODEC = new EventCodec(PublishedEvents.ALL);

    public static void main(String[] args) {
        long size = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoDatabase database = client.getDatabase("bench-history-" + UUID.randomUUID().toString().substring(0, 8));
            EventLog log = new EventLog(database, 1000, 10_000);
            String cadreId = fill(log, size);
            export(log);
            verify(log);
            rebuild(new RecordHistory(log, CODEC), cadreId);
            database.drop();
        }
        System.exit(0);
    }

    /** Records of ten events each, in commits of one record, and one cadre with 1,000 events. */
    private static String fill(EventLog log, long size) {
        long start = System.nanoTime();
        String cadreId = "cadre-with-1000-events";
        List<EventEnvelope> cadre = new ArrayList<>();
        cadre.add(envelope(cadreId, 0, registered(cadreId)));
        for (int sequence = 1; sequence < 1000; sequence++) {
            cadre.add(envelope(cadreId, sequence, corrected(cadreId, sequence)));
        }
        for (int from = 0; from < cadre.size(); from += 10) {
            log.append(List.of(cadre.subList(from, from + 10)));
        }
        long stored = cadre.size();
        long record = 0;
        while (stored < size) {
            List<List<EventEnvelope>> commits = new ArrayList<>();
            for (int c = 0; c < 100 && stored < size; c++, record++) {
                String recordId = "record-" + record;
                List<EventEnvelope> commit = new ArrayList<>();
                for (int sequence = 0; sequence < 10 && stored < size; sequence++, stored++) {
                    commit.add(envelope(recordId, sequence, sequence == 0 ? registered(recordId)
                            : corrected(recordId, sequence)));
                }
                commits.add(commit);
            }
            log.append(commits);
        }
        Figures.rate("filling the store (commits of 10, 100 per append)", stored, System.nanoTime() - start);
        return cadreId;
    }

    private static void export(EventLog log) {
        EnvelopeJson json = new EnvelopeJson(CODEC.mapper());
        Counting out = new Counting();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long[] events = new long[1];
        new StoreScan(log).scanAll(event -> {
            out.write(json.write(event));
            out.write('\n');
            events[0]++;
        });
        long nanos = System.nanoTime() - start;
        Figures.rate("export the whole store as NDJSON", events[0], nanos);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        Figures.line(String.format(Locale.ROOT, "%-58s %,12d MiB written; peak heap %,d MiB (max heap %,d MiB)",
                "  NDJSON size and memory", out.bytes >> 20, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20));
    }

    private static void verify(EventLog log) {
        ChainVerifier verifier = new ChainVerifier();
        long start = System.nanoTime();
        new StoreScan(log).scanAll(verifier::accept);
        ChainVerifier.Report report = verifier.report();
        Figures.rate("verify every hash chain (" + (report.intact() ? "intact" : "BROKEN") + ")", report.events(),
                System.nanoTime() - start);
    }

    private static void rebuild(RecordHistory history, String cadreId) {
        int rounds = 50;
        long[] nanos = new long[rounds];
        String commune = null;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            CadreProfile profile = CadreProfile.replay(history.payloads(
                    history.of("cadre", cadreId, new AsOf(LocalDate.of(2019, 6, 30), null))));
            nanos[i] = System.nanoTime() - start;
            commune = profile.fields().get("homeCommune");
        }
        Figures.percentiles("rebuild a cadre of 1,000 events as of a date (" + commune + ")",
                Arrays.copyOfRange(nanos, 10, rounds));
    }

    private static CadreRegistered registered(String cadreId) {
        ProvinceCode province = ProvinceCode.of(PROVINCES[Math.abs(cadreId.hashCode()) % PROVINCES.length]);
        return new CadreRegistered(cadreId, "Nguyễn Văn Thử Nghiệm", Gender.MALE, LocalDate.of(1975, 4, 2), province,
                LocalDate.of(2010, 1, 1), province, "Phường Hoàn Kiếm", "Kinh", ProfessionalEducation.MASTER,
                PoliticalTheory.ADVANCED, LocalDate.of(2000, 5, 19), "Ban Thường vụ Tỉnh ủy");
    }

    private static CadreProfileCorrected corrected(String cadreId, int sequence) {
        ProvinceCode province = ProvinceCode.of(PROVINCES[Math.abs(cadreId.hashCode()) % PROVINCES.length]);
        return new CadreProfileCorrected(cadreId, province, "homeCommune", "Xã " + (sequence - 1), "Xã " + sequence,
                "đính chính theo hồ sơ gốc số " + sequence, LocalDate.of(2010, 1, 1).plusDays(sequence * 5L));
    }

    private static EventEnvelope envelope(String recordId, long sequence, DomainEvent event) {
        return new EventEnvelope(-1, UUID.randomUUID().toString(), EventCodec.typeOf(event.getClass()),
                EventCodec.revisionOf(event.getClass()), "Cadre", recordId, sequence, event.province().value(),
                "office-" + event.province().value(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                event.effectiveDate(), Instant.now(), CODEC.toJson(event), null, null);
    }

    /** Counts what an HTTP response body would carry, without keeping it. */
    private static final class Counting extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b) {
            bytes += b.length;
        }
    }
}
