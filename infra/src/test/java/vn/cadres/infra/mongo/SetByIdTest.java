package vn.cadres.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.api.Test;

class SetByIdTest {

    private static final List<Index<?>> ID_ONLY = List.of(index("_id"));

    @Test
    void takesSetsOfNamedFieldsOnOneDocumentById() {
        assertThat(SetById.of(id("cadre-1"), set("entries.e1", new Document("type", "CadreRegistered")),
                ArrayFilters.empty(), ID_ONLY)).isNotNull();
        assertThat(SetById.of(id(new ObjectId()), set("name", "Hương"), ArrayFilters.empty(), ID_ONLY)).isNotNull();
    }

    @Test
    void leavesEverythingElseToTheGeneralUpdate() {
        Document entry = set("entries.e1", 1);
        assertThat(SetById.of(id(7), entry, ArrayFilters.empty(), ID_ONLY)).as("a numeric id").isNull();
        assertThat(SetById.of(new Document("_id", new Document("$in", List.of("a"))), entry, ArrayFilters.empty(), ID_ONLY))
                .as("an operator on the id").isNull();
        assertThat(SetById.of(id("a").append("province", "HN"), entry, ArrayFilters.empty(), ID_ONLY))
                .as("more than the id").isNull();
        assertThat(SetById.of(id("a"), new Document("$inc", new Document("n", 1)), ArrayFilters.empty(), ID_ONLY))
                .as("another operator").isNull();
        assertThat(SetById.of(id("a"), new Document("name", "replacement"), ArrayFilters.empty(), ID_ONLY))
                .as("a replacement").isNull();
        assertThat(SetById.of(id("a"), set("posts.0.unit", "x"), ArrayFilters.empty(), ID_ONLY))
                .as("an array position").isNull();
        assertThat(SetById.of(id("a"), set("posts.$.unit", "x"), ArrayFilters.empty(), ID_ONLY))
                .as("a positional operator").isNull();
        assertThat(SetById.of(id("a"), set("_id", "b"), ArrayFilters.empty(), ID_ONLY)).as("the id").isNull();
        assertThat(SetById.of(id("a"), sets("a", 1, "a.b", 2), ArrayFilters.empty(), ID_ONLY))
                .as("conflicting paths").isNull();
        assertThat(SetById.of(id("a"), set("entries.e1", 1), ArrayFilters.empty(), List.of(index("_id"), index("entries"))))
                .as("an indexed field").isNull();
        assertThat(SetById.of(id("a"), set("entries", 1), ArrayFilters.empty(), List.of(index("_id"), index("entries.e1.type"))))
                .as("a field holding an indexed one").isNull();
    }

    @Test
    void addsFieldsToTheStoredBytesAndSaysWhenNothingChanged() {
        byte[] stored = EncodedDocument.of(new Document("_id", "cadre-1").append("entries", new Document("e1", 1))).bson();

        assertThat(SetById.of(id("cadre-1"), set("entries.e1", 1), ArrayFilters.empty(), ID_ONLY).applyTo(stored))
                .isSameAs(stored);
        byte[] updated = SetById.of(id("cadre-1"), sets("entries.e2", 2, "profile.name", "Hương"), ArrayFilters.empty(),
                ID_ONLY).applyTo(stored);
        assertThat(EncodedDocument.decode(new EncodedDocument(updated))).isEqualTo(new Document("_id", "cadre-1")
                .append("entries", new Document("e1", 1).append("e2", 2)).append("profile", new Document("name", "Hương")));
        assertThat(SetById.of(id("cadre-1"), set("entries.e1", 2), ArrayFilters.empty(), ID_ONLY).applyTo(stored))
                .as("another value").isNull();
        assertThat(SetById.of(id("cadre-1"), set("entries.e1.type", "x"), ArrayFilters.empty(), ID_ONLY).applyTo(stored))
                .as("a path through a number").isNull();
    }

    private static Document id(Object id) {
        return new Document("_id", id);
    }

    private static Document set(String path, Object value) {
        return new Document("$set", new Document(path, value));
    }

    private static Document sets(String path, Object value, String otherPath, Object otherValue) {
        return new Document("$set", new Document(path, value).append(otherPath, otherValue));
    }

    private static Index<?> index(String key) {
        return new MemoryUniqueIndex("index", List.of(new IndexKey(key, true)), false);
    }
}
