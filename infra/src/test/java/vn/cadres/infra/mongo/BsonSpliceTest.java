package vn.cadres.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.api.Test;

class BsonSpliceTest {

    /** A field of every type before the one set, so that finding it steps over each of them. */
    private static final Document EVERY_KIND = new Document("_id", "cadre-1")
            .append("double", 91.5).append("string", "Đặng Quốc Hương").append("document", new Document("a", 1))
            .append("array", List.of(1, "hai", new Document("ba", 3))).append("binary", new BinData(new byte[] {1, 2, 3}))
            .append("uuid", UUID.fromString("6f1c2a5e-0b7d-4a7e-9a51-3c1f2e4d5b6a"))
            .append("objectId", new ObjectId("64b7f0c2a1b2c3d4e5f60718")).append("boolean", true)
            .append("date", Instant.parse("2014-07-01T00:00:00Z")).append("null", null)
            .append("int", 7).append("timestamp", new BsonTimestamp(42L)).append("long", 12_345_678_901L)
            .append("decimal", new Decimal128(new BigDecimal("38.50"))).append("min", MinKey.getInstance())
            .append("max", MaxKey.getInstance()).append("regex", new BsonRegularExpression("^Xã", "i"))
            .append("entries", new Document("e1", new Document("type", "CadreRegistered")));

    @Test
    void aMissingFieldIsAddedAsEncodingTheDocumentWithItWouldWriteIt() {
        Document entry = new Document("type", "RotationProposed").append("details", new Document("to", "Xã Nà Tấu"));

        assertThat(set(EVERY_KIND, "entries.e2", entry)).isEqualTo(bytes(copy(EVERY_KIND)
                .append("entries", new Document("e1", new Document("type", "CadreRegistered")).append("e2", entry))));
        assertThat(set(EVERY_KIND, "last", 1)).isEqualTo(bytes(copy(EVERY_KIND).append("last", 1)));
        assertThat(set(EVERY_KIND, "plans.p1.post", "Bí thư")).as("documents on the path created")
                .isEqualTo(bytes(copy(EVERY_KIND).append("plans", new Document("p1", new Document("post", "Bí thư")))));
        assertThat(set(EVERY_KIND, "document.b", 2))
                .isEqualTo(bytes(copy(EVERY_KIND).append("document", new Document("a", 1).append("b", 2))));
    }

    @Test
    void aFieldHoldingTheValueIsLeftAsItIsAndAnyOtherCaseToTheGeneralUpdate() {
        byte[] bson = EncodedDocument.of(EVERY_KIND).bson();

        assertThat(BsonSplice.set(bson, "entries.e1".split("\\."), new Document("type", "CadreRegistered"))).isSameAs(bson);
        assertThat(BsonSplice.set(bson, "entries.e1".split("\\."), new Document("type", "other"))).isNull();
        assertThat(BsonSplice.set(bson, "int.x".split("\\."), 1)).as("through a number").isNull();
        assertThat(BsonSplice.set(bson, "null.x".split("\\."), 1)).as("through a null").isNull();
        assertThat(BsonSplice.set(bson, "array.x".split("\\."), 1)).as("through an array").isNull();
    }

    private static byte[] set(Document document, String path, Object value) {
        return BsonSplice.set(EncodedDocument.of(document).bson(), path.split("\\."), value);
    }

    private static byte[] bytes(Document document) {
        return EncodedDocument.of(document).bson();
    }

    private static Document copy(Document document) {
        return document.cloneDeeply();
    }
}
