package vn.cadres.platform.projections;

import com.mongodb.client.MongoCollection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class ReadModelBatch implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String RESOURCE = ReadModelBatch.class.getName();

    /** The pending writes of {@code collection} in the current batch, or null outside a batch. */
    static PendingWrites of(MongoCollection<Document> collection) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            return null;
        }
        Map<String, PendingWrites> collections = batch.getOrComputeResource(RESOURCE, key -> {
            batch.onPrepareCommit(unitOfWork -> flushAll(unitOfWork));
            return new LinkedHashMap<String, PendingWrites>();
        });
        return collections.computeIfAbsent(collection.getNamespace().getFullName(),
                name -> new PendingWrites(collection, recordIds(batch.getMessages())));
    }

    private static List<String> recordIds(List<? extends Message<?>> messages) {
        return messages.stream().filter(DomainEventMessage.class::isInstance)
                .map(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier()).distinct().toList();
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
            flushAll(batch);
        }
        return result;
    }

    /** Also registered on prepare-commit, as a safety net for a processor without this interceptor. */
    private static void flushAll(UnitOfWork<?> unitOfWork) {
        Map<String, PendingWrites> collections = unitOfWork.getResource(RESOURCE);
        if (collections != null) {
            collections.values().forEach(PendingWrites::flush);
        }
    }
}
