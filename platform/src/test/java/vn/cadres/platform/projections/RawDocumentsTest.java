package vn.cadres.platform.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.RawBsonDocument;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class RawDocumentsTest {

    @Test
    void writesTheBytesTheDriverWrites() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cadreId", "cadre-1");
        details.put("fullName", "Đặng Quốc Hương — 𝔸"); // two-, three- and four-byte UTF-8
        details.put("scores", new LinkedHashMap<>(Map.of("TASK_RESULTS", 50)));
        details.put("indicators", List.of(new LinkedHashMap<>(Map.of("name", "Tỷ lệ hộ nghèo", "value", 41.0)), "x"));
        details.put("nothing", null);
        Document update = new Document("$set", new Document("entries.event-1", new Document("type", "EvaluationRecorded")
                .append("details", details)
                .append("withNull", Arrays.asList("a", null, new Document("nested", true)))
                .append("globalIndex", 12_345_678_901L)
                .append("share", -0.0)
                .append("poverty", new BigDecimal("41.0"))
                .append("recordedAt", new Date(1_404_172_800_000L))
                .append("set", Set.of("only"))
                .append("empty", new Document())
                .append("list", List.of())));

        RawBsonDocument raw = RawDocuments.of(update);

        assertThat(bytes(raw)).isEqualTo(bytes(new RawBsonDocument(update, new DocumentCodec())));
        assertThat(raw.getByteBuffer().remaining()).isEqualTo(bytes(raw).length);
    }

    @Test
    void aDocumentLargerThanTheBufferGrowsItWhereverTheEndFalls() throws Exception {
        // each size puts the first buffer's end (8 KiB) in another place: a type, a name, a string, a zero
        for (int size = 8_150; size < 8_250; size++) {
            Document entries = new Document();
            for (int i = 0; entries.size() * 30 < size; i++) {
                entries.append("event-" + i, "Lò Văn " + "A".repeat(i % 7) + i);
            }
            entries.append("last", "x".repeat(size % 13));
            Document update = new Document("$set", entries);
            byte[][] encoded = new byte[1][];
            Thread.ofPlatform().start(() -> encoded[0] = bytes(RawDocuments.of(update))).join(); // a new thread's buffer

            assertThat(encoded[0]).as("%d bytes", size).isEqualTo(bytes(new RawBsonDocument(update, new DocumentCodec())));
        }
    }

    @Test
    void aDocumentHoldingAnotherKindOfValueIsEncodedByTheDriver() {
        Document withOthers = new Document("name", "Hương").append("ref", new ObjectId("64b7f0c2a1b2c3d4e5f60718"));

        assertThat(bytes(RawDocuments.of(withOthers))).isEqualTo(bytes(new RawBsonDocument(withOthers, new DocumentCodec())));
    }

    private static byte[] bytes(RawBsonDocument document) {
        byte[] bytes = new byte[document.getByteBuffer().remaining()];
        document.getByteBuffer().get(bytes);
        return bytes;
    }
}
