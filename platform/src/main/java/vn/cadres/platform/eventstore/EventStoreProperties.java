package vn.cadres.platform.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's MongoDB and how its event store is read.
 *
 * @param uri          MongoDB connection string ({@code MONGODB_URI})
 * @param database     one database per service, by default the application name
 * @param window       global positions looked up per read of the store
 * @param batchSize    events handed to a reader per batch
 * @param maxGapOffset how many positions behind the newest one a missing event is still waited for
 * @param claimTimeout after how long without an update a processor's claim on its token lapses
 */
@ConfigurationProperties("cadres.mongodb")
public record EventStoreProperties(
        String uri,
        String database,
        @DefaultValue("1000") int window,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("10000") int maxGapOffset,
        @DefaultValue("10s") Duration claimTimeout) {
}
