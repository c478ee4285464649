package vn.cadres.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class DirectDocumentCodecTest {

    private static final CodecRegistry DRIVER = CodecRegistries.withUuidRepresentation(
            MongoClientSettings.getDefaultCodecRegistry(), UuidRepresentation.STANDARD);
    private static final CodecRegistry DIRECT = CodecRegistries.withUuidRepresentation(
            DirectDocumentCodec.registry(), UuidRepresentation.STANDARD);

    @Test
    void writesTheBytesTheDriversCodecWrites() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cadreId", "cadre-1");
        details.put("scores", new LinkedHashMap<>(Map.of("TASK_RESULTS", 50)));
        details.put("indicators", List.of(new LinkedHashMap<>(Map.of("name", "Tỷ lệ hộ nghèo", "value", 41.0)), "x"));
        details.put("nothing", null);
        Document entry = new Document("type", "EvaluationRecorded")
                .append("effectiveDate", "2014-12-31")
                .append("details", details)
                .append("withNull", Arrays.asList("a", null, new Document("nested", true)));
        Document document = new Document("province", "Điện Biên")
                .append("_id", "cadre-1")
                .append("entries", new Document("event-1", entry))
                .append("count", 7)
                .append("globalIndex", 12_345_678_901L)
                .append("share", 91.2)
                .append("retired", false)
                .append("recordedAt", new Date(1_404_172_800_000L))
                .append("instant", Instant.parse("2014-07-01T01:02:03.456Z"))
                .append("ref", new ObjectId("64b7f0c2a1b2c3d4e5f60718"))
                .append("uuid", UUID.fromString("6f1c2a5e-0b7d-4a7e-9a51-3c1f2e4d5b6a"))
                .append("decimal", new Decimal128(new BigDecimal("38.50")))
                .append("money", new BigDecimal("1.5"))
                .append("set", Set.of("only"))
                .append("empty", new Document())
                .append("list", new ArrayList<>());

        for (boolean collectible : new boolean[] {true, false}) {
            assertThat(bytes(DIRECT, document, collectible)).as("collectible " + collectible)
                    .isEqualTo(bytes(DRIVER, document, collectible));
        }
    }

    @Test
    void readsIdsAndUuidsAsTheDriversCodecDoes() {
        Codec<Document> direct = DIRECT.get(Document.class);
        Document withoutId = new Document("name", "Hương");
        assertThat(((DirectDocumentCodec) direct).documentHasId(withoutId)).isFalse();
        assertThat(((DirectDocumentCodec) direct).generateIdIfAbsentFromDocument(withoutId).get("_id")).isInstanceOf(ObjectId.class);
        assertThat(direct.getEncoderClass()).isEqualTo(Document.class);
    }

    private static byte[] bytes(CodecRegistry registry, Document document, boolean collectible) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        registry.get(Document.class).encode(new BsonBinaryWriter(buffer), document,
                EncoderContext.builder().isEncodingCollectibleDocument(collectible).build());
        return buffer.toByteArray();
    }
}
