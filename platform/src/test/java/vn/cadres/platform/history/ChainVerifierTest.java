package vn.cadres.platform.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.platform.eventstore.Envelopes;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.testing.MongoWire;

/** Tamper evidence: whatever is edited in MongoDB directly, verification names the first broken link. */
class ChainVerifierTest {

    private MongoDatabase database;
    private EventLog log;

    @BeforeEach
    void store() {
        database = MongoWire.shared().freshDatabase();
        log = new EventLog(database, 100, 10_000);
        for (int record = 0; record < 30; record++) {
            log.append(List.of(Envelopes.commit("cadre-" + record, 0, 3)));
            log.append(List.of(Envelopes.commit("cadre-" + record, 3, 2)));
        }
    }

    @Test
    void an_untouched_store_verifies_whole() {
        ChainVerifier.Report report = verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.events()).isEqualTo(150);
        assertThat(report.records()).isEqualTo(30);
    }

    @Test
    void an_event_whose_content_was_edited_is_pinpointed() {
        StoreTampering.edit(database, "cadre-17", 0, 1, "payload", "{\"n\":1,\"name\":\"Nguyễn Văn B\"}");

        ChainVerifier.BrokenLink broken = verify().broken();

        assertThat(broken.recordId()).isEqualTo("cadre-17");
        assertThat(broken.sequence()).isEqualTo(1);
        assertThat(broken.problem()).contains("content does not give its hash");
    }

    @Test
    void an_effective_date_moved_is_as_visible_as_a_payload_changed() {
        StoreTampering.edit(database, "cadre-4", 3, 4, "effectiveDate", "2013-01-01");

        assertThat(verify().broken()).extracting(ChainVerifier.BrokenLink::recordId, ChainVerifier.BrokenLink::sequence)
                .containsExactly("cadre-4", 4L);
    }

    @Test
    void an_event_given_a_new_hash_to_match_its_edit_breaks_the_link_to_the_next() {
        StoreTampering.edit(database, "cadre-9", 0, 1, "hash", "0".repeat(64));

        ChainVerifier.BrokenLink broken = verify().broken();

        assertThat(broken.recordId()).isEqualTo("cadre-9");
        assertThat(broken.sequence()).isEqualTo(1);
    }

    @Test
    void a_deleted_commit_shows_as_a_missing_sequence() {
        database.getCollection("events").deleteOne(new Document("_id", "cadre-22/0"));

        ChainVerifier.BrokenLink broken = verify().broken();

        assertThat(broken.recordId()).isEqualTo("cadre-22");
        assertThat(broken.problem()).contains("sequence 0 of the record is missing");
    }

    private ChainVerifier.Report verify() {
        ChainVerifier verifier = new ChainVerifier();
        new StoreScan(log).scanAll(verifier::accept);
        return verifier.report();
    }
}
