package vn.cadres.platform.projections;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;

/**
 * Read-model writes of one batch of events, kept in the batch's unit of work and flushed when its
 * last event has been handled: before the processor saves its token, so a crash loses nothing
 * that the token claims was handled. Also the interceptor that does the flushing, registered on
 * every event processor.
 *
 * <p>With {@link DeadLetters}, a batch that failed for another reason than an outage is handled
 * again event by event, each event's writes flushed on their own, so that the event at fault (its
 * handler or its writes, which may fail only when the batch is written) is found, and set aside if
 * it fails again and again while the others are written. Axon's dead-letter queues were not used:
 * they catch a handler's failure, not the failure of writes deferred to the end of the batch, and
 * they tell no outage from a poison event.
 */
public final class ReadModelBatch implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String RESOURCE = ReadModelBatch.class.getName();
    private static final String TASKS = ReadModelBatch.class.getName() + "/tasks";
    private static final String ONE_BY_ONE = ReadModelBatch.class.getName() + "/one-by-one";
    /** Threads that stay, so what a write keeps per thread (an encoding buffer) is made once. */
    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(Thread.ofPlatform()
            .name("read-model-writer-", 0).daemon().factory());

    private final String processor;
    private final DeadLetters deadLetters;

    /** Flushes batches, and fails a batch on any failure: a batch that always fails is retried for ever. */
    public ReadModelBatch() {
        this(null, null);
    }

    /**
     * Flushes the batches of {@code processor}, and sets aside an event that fails every time
     * (see {@link DeadLetters}), so the batch goes on without it.
     */
    public ReadModelBatch(String processor, DeadLetters deadLetters) {
        this.processor = processor;
        this.deadLetters = deadLetters;
    }

    /**
     * The pending writes of {@code collection}, whose documents each follow a record, in the current
     * batch, or null outside a batch.
     */
    static PendingWrites ofRecords(MongoCollection<Document> collection) {
        return pending(collection, batch -> PendingWrites.ofRecords(collection, recordIds(batch.getMessages())));
    }

    /**
     * The entries the current batch adds to {@code collection}, an {@link EntryDocuments} read model,
     * or null outside a batch.
     */
    static PendingEntries entriesOf(MongoCollection<Document> collection) {
        return pending(collection, batch -> new PendingEntries(collection));
    }

    private static <W extends PendingBatchWrites> W pending(MongoCollection<Document> collection,
                                                            Function<BatchingUnitOfWork<?>, W> start) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            return null;
        }
        Map<String, PendingBatchWrites> collections = batch.getOrComputeResource(RESOURCE, key -> {
            batch.onPrepareCommit(unitOfWork -> flushAll(unitOfWork));
            return new LinkedHashMap<String, PendingBatchWrites>();
        });
        @SuppressWarnings("unchecked") // one kind of pending writes per collection: its read model's
        W writes = (W) collections.computeIfAbsent(collection.getNamespace().getFullName(), name -> start.apply(batch));
        return writes;
    }

    /**
     * Work to do once the current batch's read-model writes are in the database and before the
     * processor saves its token: a handler that must act on what the batch wrote (send commands
     * about the records it touched) gathers its subjects in the returned per-batch state, and
     * {@code task} gets them once the writes are flushed. The task runs on a thread of its own,
     * outside the batch's unit of work, so the commands it sends are units of work of their own; if
     * it fails, the batch fails and is handled again, token unsaved, so a crash loses no task.
     *
     * @param key   names the task; the first call of a batch registers it, later calls get its state
     * @param state makes the task's state for a new batch
     * @throws IllegalStateException outside a tracking processor's batch
     */
    public static <T> T afterWrites(String key, Supplier<T> state, Consumer<T> task) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            throw new IllegalStateException("afterWrites needs a tracking processor's batch");
        }
        Map<String, AfterWrites<?>> tasks = batch.getOrComputeResource(TASKS, k -> new LinkedHashMap<>());
        @SuppressWarnings("unchecked")
        AfterWrites<T> entry = (AfterWrites<T>) tasks.computeIfAbsent(key, k -> new AfterWrites<>(state.get(), task));
        return entry.state();
    }

    private record AfterWrites<T>(T state, Consumer<T> task) {
        void run() {
            task.accept(state);
        }
    }

    private static List<String> recordIds(List<? extends Message<?>> messages) {
        return messages.stream().filter(DomainEventMessage.class::isInstance)
                .map(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier()).distinct().toList();
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!(unitOfWork instanceof BatchingUnitOfWork<? extends EventMessage<?>> batch)) {
            return chain.proceed();
        }
        if (deadLetters == null) {
            Object result = chain.proceed();
            if (batch.isLastMessage()) {
                flushAll(batch);
                runTasks(batch);
            }
            return result;
        }
        boolean oneByOne = batch.getOrComputeResource(ONE_BY_ONE, key -> deadLetters.suspected(processor,
                batch.getMessages()));
        Object result;
        try {
            result = oneByOne ? alone(batch, chain) : handled(batch, chain);
            if (batch.isLastMessage()) {
                flushAll(batch);
            }
        } catch (Exception failure) {
            if (!oneByOne && !DeadLetters.outage(failure)) {
                deadLetters.suspect(processor, batch.getMessages());
            }
            throw failure;
        }
        if (batch.isLastMessage()) {
            runTasks(batch);
            deadLetters.handled(processor, batch.getMessages());
        }
        return result;
    }

    private Object handled(BatchingUnitOfWork<? extends EventMessage<?>> batch, InterceptorChain chain) throws Exception {
        if (deadLetters.blocked(processor, batch.getMessage())) {
            deadLetters.setAsideBehind(processor, batch.getMessage());
            return null;
        }
        return chain.proceed();
    }

    /**
     * Handles an event of a batch that failed before, and writes what it changed, on its own: a
     * failure is then this event's. A poison event is set aside and the batch goes on; otherwise the
     * failure fails the batch, which is handled again, the events before this one already written.
     */
    private Object alone(BatchingUnitOfWork<? extends EventMessage<?>> batch, InterceptorChain chain) throws Exception {
        try {
            Object result = handled(batch, chain);
            flushAll(batch);
            return result;
        } catch (Exception failure) {
            discardPending(batch);
            if (DeadLetters.outage(failure) || !deadLetters.failedAlone(processor, batch.getMessage())) {
                throw failure;
            }
            deadLetters.setAside(processor, batch.getMessage(), failure);
            return null;
        }
    }

    /**
     * Forgets the failed event's pending writes, and the documents read for the batch with them (its
     * handler may have changed them in place): the next event reads what the earlier ones wrote.
     */
    private static void discardPending(UnitOfWork<?> unitOfWork) {
        Map<String, PendingBatchWrites> collections = unitOfWork.getResource(RESOURCE);
        if (collections != null) {
            collections.clear();
        }
    }

    private static void runTasks(UnitOfWork<?> unitOfWork) throws InterruptedException {
        Map<String, AfterWrites<?>> tasks = unitOfWork.getResource(TASKS);
        if (tasks == null) {
            return;
        }
        for (AfterWrites<?> task : tasks.values()) {
            RuntimeException[] failure = new RuntimeException[1];
            Thread.ofVirtual().start(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
            }).join();
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        tasks.clear();
    }

    /**
     * Writes the batch's read models side by side, each collection's writes in one request, on a thread
     * of its own when there are several, and returns when all are written; a failure of any fails the
     * batch once the others are done. A processor that runs several read models (reporting's four)
     * then waits for the slowest of their writes, not for their sum. Also registered on
     * prepare-commit, as a safety net for a processor without this interceptor.
     */
    private static void flushAll(UnitOfWork<?> unitOfWork) {
        Map<String, PendingBatchWrites> collections = unitOfWork.getResource(RESOURCE);
        if (collections == null || collections.isEmpty()) {
            return;
        }
        if (collections.size() == 1) {
            collections.values().iterator().next().flush();
            return;
        }
        List<Future<?>> writes = new ArrayList<>();
        collections.values().forEach(pending -> writes.add(WRITERS.submit(pending::flush)));
        RuntimeException failure = null;
        for (Future<?> write : writes) {
            try {
                write.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException cause ? cause
                            : new IllegalStateException("a read model could not be written", e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while read models were written", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
