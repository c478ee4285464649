package vn.cadres.platform.projections;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.cadres.platform.testing.MongoWire;

class ReadModelBatchTest {

    private final MongoCollection<Document> roster = MongoWire.shared().freshDatabase().getCollection("roster");
    private final VersionedDocuments documents = new VersionedDocuments(roster);

    record Named(String name) {
    }

    @Test
    void a_batch_is_written_before_the_processor_saves_its_token_and_a_duplicate_in_it_counts_once() throws Exception {
        List<EventMessage<?>> batch = List.of(
                event("c-1", 0, "Nguyễn Văn A"),
                event("c-2", 0, "Lò Thị Lan"),
                event("c-1", 0, "Nguyễn Văn A"),
                event("c-1", 1, "Nguyễn Văn An"));
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        List<Long> storedWhenTokenSaved = new ArrayList<>();
        unitOfWork.onPrepareCommit(uow -> storedWhenTokenSaved.add(roster.countDocuments()));
        List<Boolean> applied = new ArrayList<>();

        unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(new ReadModelBatch()),
                message -> {
                    GenericDomainEventMessage<?> event = (GenericDomainEventMessage<?>) message;
                    applied.add(documents.apply(event.getAggregateIdentifier(), event.getSequenceNumber(),
                            d -> d.append("name", ((Named) event.getPayload()).name())));
                    return null;
                }).proceed());

        assertThat(storedWhenTokenSaved).containsExactly(2L);
        assertThat(applied).containsExactly(true, true, false, true);
        assertThat(roster.find(eq("_id", "c-1")).first()).containsEntry("name", "Nguyễn Văn An")
                .containsEntry(VersionedDocuments.VERSION, 1L);
    }

    @Test
    void a_document_an_earlier_batch_wrote_is_replaced_by_a_later_batch() throws Exception {
        List<List<EventMessage<?>>> batches = List.of(List.of(event("c-7", 0, "Quàng Văn Bảy")),
                List.of(event("c-7", 1, "Quàng Văn Bảy (cải chính)"), event("c-8", 0, "Lường Thị Tám")));
        for (List<EventMessage<?>> batch : batches) {
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                    List.of(new ReadModelBatch()), message -> {
                        GenericDomainEventMessage<?> event = (GenericDomainEventMessage<?>) message;
                        documents.apply(event.getAggregateIdentifier(), event.getSequenceNumber(),
                                d -> d.append("name", ((Named) event.getPayload()).name()));
                        return null;
                    }).proceed());
            assertThat(result.isExceptional()).isFalse();
        }

        assertThat(roster.find(eq("_id", "c-7")).first()).containsEntry("name", "Quàng Văn Bảy (cải chính)")
                .containsEntry(VersionedDocuments.VERSION, 1L);
        assertThat(roster.countDocuments()).isEqualTo(2);
    }

    @Test
    void read_models_of_one_processor_are_all_written_before_its_token_is_saved_and_one_failing_fails_the_batch()
            throws Exception {
        MongoDatabase database = MongoWire.shared().freshDatabase();
        MongoCollection<Document> names = database.getCollection("names");
        names.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
        List<VersionedDocuments> readModels = List.of(new VersionedDocuments(database.getCollection("roster")),
                new VersionedDocuments(names));
        List<String> tokens = new ArrayList<>();

        ResultMessage<?> first = handle(List.of(event("c-10", 0, "Vàng A Sùng"), event("c-11", 0, "Lò Văn Mười")),
                readModels, uow -> tokens.add("saved with " + database.getCollection("roster").countDocuments() + " + "
                        + names.countDocuments()));
        ResultMessage<?> second = handle(List.of(event("c-12", 0, "Vàng A Sùng")), readModels,
                uow -> tokens.add("saved again"));

        assertThat(first.isExceptional()).isFalse();
        assertThat(second.isExceptional()).as("a name already taken: one read model's write fails").isTrue();
        assertThat(tokens).containsExactly("saved with 2 + 2");
    }

    private static ResultMessage<?> handle(List<EventMessage<?>> batch, List<VersionedDocuments> readModels,
                                           Consumer<UnitOfWork<EventMessage<?>>> tokenSaved) throws Exception {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.onPrepareCommit(tokenSaved);
        return unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                List.of(new ReadModelBatch()), message -> {
                    GenericDomainEventMessage<?> event = (GenericDomainEventMessage<?>) message;
                    readModels.forEach(documents -> documents.apply(event.getAggregateIdentifier(),
                            event.getSequenceNumber(), d -> d.append("name", ((Named) event.getPayload()).name())));
                    return null;
                }).proceed());
    }

    @Test
    void work_after_the_writes_sees_the_whole_batch_written_runs_once_and_before_the_token_is_saved() throws Exception {
        List<EventMessage<?>> batch = List.of(event("c-3", 0, "Vì Văn Ba"), event("c-4", 0, "Lù Thị Bốn"));
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        List<String> order = new ArrayList<>();
        unitOfWork.onPrepareCommit(uow -> order.add("token saved"));

        unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(new ReadModelBatch()),
                message -> {
                    GenericDomainEventMessage<?> event = (GenericDomainEventMessage<?>) message;
                    documents.apply(event.getAggregateIdentifier(), event.getSequenceNumber(),
                            d -> d.append("name", ((Named) event.getPayload()).name()));
                    ReadModelBatch.afterWrites("review", ArrayList<String>::new, ids -> order.add(
                            "reviewed " + ids + " with " + roster.countDocuments(Filters.in("_id", ids)) + " written"))
                            .add(event.getAggregateIdentifier());
                    return null;
                }).proceed());

        assertThat(order).containsExactly("reviewed [c-3, c-4] with 2 written", "token saved");
    }

    @Test
    void work_after_the_writes_that_fails_fails_the_batch_so_it_is_handled_again() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.of(event("c-5", 0, "Mùa A")));
        List<String> tokens = new ArrayList<>();
        unitOfWork.onPrepareCommit(uow -> tokens.add("token saved"));

        ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                List.of(new ReadModelBatch()), message -> {
                    ReadModelBatch.afterWrites("review", ArrayList<String>::new, ids -> {
                        throw new IllegalStateException("command bus down");
                    });
                    return null;
                }).proceed());

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).hasMessageContaining("command bus down");
        assertThat(tokens).isEmpty();
    }

    @Test
    void outside_a_batch_each_event_is_written_at_once_and_a_redelivery_changes_nothing() {
        assertThat(documents.apply("c-9", 0, d -> d.append("name", "Hà Văn Bình"))).isTrue();
        assertThat(documents.apply("c-9", 0, d -> d.append("name", "something else"))).isFalse();

        assertThat(roster.find(eq("_id", "c-9")).first()).containsEntry("name", "Hà Văn Bình");
    }

    @Test
    void one_entry_per_event_in_its_subjects_document_however_often_the_event_is_delivered() {
        EntryDocuments timelines = new EntryDocuments(MongoWire.shared().freshDatabase().getCollection("timelines"));
        EventMessage<?> registered = event("c-6", 0, "Sùng A Páo");
        EventMessage<?> renamed = event("c-6", 1, "Sùng A Páo (đổi tên)");
        EventMessage<?> other = event("c-7", 0, "Lò Thị Mai");
        List<EventMessage<?>> first = List.of(registered, registered, other);
        List<EventMessage<?>> redelivered = List.of(registered, renamed);

        for (List<EventMessage<?>> batch : List.of(first, redelivered)) {
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                    List.of(new ReadModelBatch()), message -> {
                        timelines.put(((DomainEventMessage<?>) message).getAggregateIdentifier(),
                                message.getIdentifier(), new Document("name", ((Named) message.getPayload()).name()));
                        return null;
                    }).proceed());
            assertThat(result.isExceptional()).as("a redelivered event is not an error").isFalse();
        }
        timelines.put("c-7", other.getIdentifier(), new Document("name", "Lò Thị Mai"));

        assertThat(names(timelines, "c-6")).containsExactlyInAnyOrder("Sùng A Páo", "Sùng A Páo (đổi tên)");
        assertThat(names(timelines, "c-7")).containsExactly("Lò Thị Mai");
        assertThat(timelines.collection().countDocuments()).isEqualTo(2);
    }

    private static List<String> names(EntryDocuments timelines, String subjectId) {
        Document subject = timelines.collection().find(eq("_id", subjectId)).first();
        return subject.get(EntryDocuments.ENTRIES, Document.class).values().stream()
                .map(entry -> ((Document) entry).getString("name")).toList();
    }

    private static EventMessage<?> event(String id, long sequence, String name) {
        return new GenericDomainEventMessage<>("Cadre", id, sequence, new Named(name), Map.of());
    }
}
