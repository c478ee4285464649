package vn.cadres.platform.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.cadres.platform.consuming.ConsumingProperties;
import vn.cadres.platform.testing.MongoWire;

/** While read models are rebuilt, readers get them as they stood; afterwards, the rebuilt ones. */
class ReadModelsTest {

    /** Processors that each run only their namesake processing group. */
    private static final UnaryOperator<String> EACH_ITS_OWN = UnaryOperator.identity();

    private final MongoDatabase database = MongoWire.shared().freshDatabase();

    @Test
    void readers_keep_the_previous_version_until_the_rebuild_is_over() {
        ReadModels readModels = new ReadModels(database, EACH_ITS_OWN);
        readModels.writing("roster", "cadre_roster", "province").insertOne(new Document("_id", "c-1")
                .append("name", "Lò Văn A").append("province", "LS"));

        readModels.beginReplay("roster", Map.of("cadre.events-0", 41L));
        assertThat(database.getCollection("cadre_roster").listIndexes().map(i -> i.getString("name")).into(new ArrayList<>()))
                .as("the rebuilt collection is indexed as the one set aside").contains("province_1");
        database.getCollection("cadre_roster").drop();
        readModels.writing("roster", "cadre_roster").insertOne(new Document("_id", "c-2").append("name", "Half built"));

        assertThat(readModels.reading("cadre_roster").find().first()).containsEntry("_id", "c-1");
        assertThat(readModels.replaying()).containsEntry("roster", Map.of("cadre.events-0", 41L));
        assertThat(new ReadModels(database, EACH_ITS_OWN).reading("cadre_roster").countDocuments())
                .as("a restart in the middle keeps serving the collection set aside").isOne();

        readModels.endReplay("roster");

        assertThat(readModels.reading("cadre_roster").find().first()).containsEntry("_id", "c-2");
        assertThat(readModels.replaying()).isEmpty();
        assertThat(database.listCollectionNames().into(new ArrayList<>())).doesNotContain("cadre_roster_previous");
    }

    @Test
    void the_read_models_of_groups_sharing_a_processor_are_rebuilt_together_and_no_others() {
        ConsumingProperties consuming = new ConsumingProperties(Map.of("reports", List.of("cadre.events")),
                Map.of("reports", List.of("roster", "pool")), 200, Duration.ZERO, 3);
        ReadModels readModels = new ReadModels(database, consuming::processorOf);
        for (String collection : List.of("cadre_roster", "pool_cadres", "cadre_views")) {
            database.getCollection(collection).insertOne(new Document("_id", "c-1"));
        }
        readModels.writing("roster", "cadre_roster");
        readModels.writing("pool", "pool_cadres");
        readModels.writing("views", "cadre_views");

        readModels.beginReplay("reports", Map.of());

        assertThat(database.listCollectionNames().into(new ArrayList<>()))
                .contains("cadre_roster" + ReadModels.PREVIOUS, "pool_cadres" + ReadModels.PREVIOUS)
                .as("a group listed nowhere runs in a processor of its own name")
                .doesNotContain("cadre_views" + ReadModels.PREVIOUS);
        assertThat(consuming.processorOf("views")).isEqualTo("views");
    }

    @Test
    void a_retired_read_model_is_dropped_with_its_copy_and_the_others_are_left_alone() {
        ReadModels readModels = new ReadModels(database, EACH_ITS_OWN);
        database.getCollection("cadre_timeline").insertOne(new Document("_id", "e-1").append("cadreId", "c-1"));
        database.getCollection("cadre_timeline" + ReadModels.PREVIOUS).insertOne(new Document("_id", "e-0"));
        readModels.writing("timelines", "cadre_timelines").insertOne(new Document("_id", "c-1"));

        readModels.retire("cadre_timeline");
        readModels.retire("cadre_timeline");

        assertThat(database.listCollectionNames().into(new ArrayList<>())).contains("cadre_timelines")
                .doesNotContain("cadre_timeline", "cadre_timeline" + ReadModels.PREVIOUS);
    }
}
