package vn.cadres.platform.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.security.PemKeyPair;
import vn.cadres.platform.testing.MongoWire;

/** A signed bundle verifies offline as it was written, and any change to it is caught. */
class AuditBundlesTest {

    @TempDir
    Path directory;
    private EventLog log;
    private AuditBundles bundles;

    @BeforeEach
    void store() {
        MongoDatabase database = MongoWire.shared().freshDatabase();
        log = new EventLog(database, 100, 10_000);
        bundles = new AuditBundles(log, new EnvelopeJson(new EventCodec(List.of()).mapper()), new ObjectMapper(),
                PemKeyPair.inDirectory(directory.resolve("keys"), "audit"), "rotation-service", Clock.systemUTC());
        log.append(List.of(events("r-hanoi", "HN", 0, 4, LocalDate.of(2015, 3, 1))));
        log.append(List.of(events("r-dienbien-2014", "DB", 0, 3, LocalDate.of(2014, 7, 1))));
        log.append(List.of(events("r-dienbien-2020", "DB", 0, 2, LocalDate.of(2020, 1, 1))));
        log.append(List.of(events("r-dienbien-2014", "DB", 3, 2, LocalDate.of(2021, 9, 14))));
    }

    @Test
    void a_province_and_period_bundle_holds_whole_chains_and_verifies_offline() throws IOException {
        Path bundle = write(filter(ProvinceCode.of("DB"), LocalDate.of(2014, 1, 1), LocalDate.of(2015, 12, 31)));

        BundleVerifier.Verdict verdict = BundleVerifier.verify(bundle, AuditBundles.fingerprint(bundles.publicKey()));

        assertThat(verdict.problem()).isNull();
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.records()).as("only the 2014 rotation has a fact in the period").isEqualTo(1);
        assertThat(verdict.events()).as("its whole chain, the 2021 events included").isEqualTo(5);
    }

    @Test
    void an_event_changed_in_the_bundle_is_caught() throws IOException {
        Path bundle = write(filter(ProvinceCode.of("DB"), null, null));
        Path altered = rewrite(bundle, AuditBundles.EVENTS, text -> text.replace("Nguyễn Văn A", "Nguyễn Văn B"));

        BundleVerifier.Verdict verdict = BundleVerifier.verify(altered, null);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.problem()).contains("events.ndjson is not the one the manifest signed");
    }

    @Test
    void a_manifest_rewritten_to_match_an_altered_bundle_no_longer_verifies_its_signature() throws IOException {
        Path bundle = write(filter(null, null, null));
        Path altered = rewrite(bundle, AuditBundles.MANIFEST, text -> text.replace("\"records\":3", "\"records\":2"));

        assertThat(BundleVerifier.verify(altered, null).problem()).contains("signature does not verify");
    }

    @Test
    void a_bundle_signed_with_another_key_is_refused_when_the_published_fingerprint_is_given() throws IOException {
        Path bundle = write(filter(null, null, null));

        BundleVerifier.Verdict verdict = BundleVerifier.verify(bundle, "ab".repeat(32));

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.problem()).contains("not the service's");
    }

    @Test
    void the_command_line_says_intact_or_not_with_its_exit_status() throws IOException {
        Path bundle = write(filter(null, null, null));
        Path altered = rewrite(bundle, AuditBundles.EVENTS, text -> text.replace("\"HN\"", "\"LS\""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(AuditCommand.run(new String[]{"verify-bundle", bundle.toString()}, new PrintStream(out),
                System.err)).isZero();
        assertThat(AuditCommand.run(new String[]{"verify-bundle", altered.toString()}, new PrintStream(out),
                System.err)).isOne();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("intact: 11 events of 3 records")
                .contains("NOT INTACT");
    }

    private Path write(HistoryFilter filter) throws IOException {
        Path bundle = Files.createTempFile(directory, "bundle", ".zip");
        try (OutputStream out = Files.newOutputStream(bundle)) {
            bundles.write(out, filter, "auditor");
        }
        return bundle;
    }

    private Path rewrite(Path bundle, String entryName, UnaryOperator<String> change)
            throws IOException {
        Path altered = Files.createTempFile(directory, "altered", ".zip");
        try (ZipFile zip = new ZipFile(bundle.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(altered))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return altered;
    }

    private static HistoryFilter filter(ProvinceCode province, LocalDate from, LocalDate to) {
        return new HistoryFilter(null, null, Set.of(), province, from, to);
    }

    private static List<EventEnvelope> events(String recordId, String office, long first, int count, LocalDate on) {
        return LongStream.range(first, first + count).mapToObj(sequence -> new EventEnvelope(-1,
                UUID.randomUUID().toString(), "rotation.Happened", 1, "Rotation", recordId, sequence, office,
                "office-" + office, "corr", "cause", on, Instant.now(),
                "{\"n\":" + sequence + ",\"name\":\"Nguyễn Văn A\"}", null, null)).toList();
    }
}
