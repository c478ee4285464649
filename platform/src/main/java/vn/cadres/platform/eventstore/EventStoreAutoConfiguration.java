package vn.cadres.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.cadres.contracts.PublishedEvents;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.kafka.KafkaSettings;

/**
 * The service's own event store in its own MongoDB database, wired into Axon: events, snapshots
 * and processor tokens, all serialised as JSON.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties({EventStoreProperties.class, KafkaSettings.class})
public class EventStoreAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public MongoClient cadresMongoClient(EventStoreProperties properties) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(properties.uri()))
                .codecRegistry(DirectDocumentCodec.registry())
                // fail a request that cannot get a connection soon, rather than pile it up for minutes
                .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(10, TimeUnit.SECONDS))
                .build());
    }

    @Bean
    @ConditionalOnMissingBean
    public MongoDatabase cadresDatabase(MongoClient client, EventStoreProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Bean
    @ConditionalOnMissingBean
    public EventCodec eventCodec() {
        return new EventCodec(PublishedEvents.ALL);
    }

    @Bean
    public EnvelopeMessages envelopeMessages(EventCodec codec) {
        return new EnvelopeMessages(codec);
    }

    @Bean
    public EnvelopeJson envelopeJson(EventCodec codec) {
        return new EnvelopeJson(codec.mapper());
    }

    @Bean
    public EventLog eventLog(MongoDatabase database, EventStoreProperties properties) {
        return new EventLog(database, properties.window(), properties.maxGapOffset());
    }

    /** Aggregates and tokens as JSON: fields, not getters, so aggregates need no accessors. */
    @Bean
    @Primary
    @Qualifier("serializer")
    public Serializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(EventLog log, EnvelopeMessages messages, Serializer serializer,
                                                 MongoDatabase database, EventStoreProperties properties) {
        return new MongoEventStorageEngine(log, messages, serializer, database, properties.batchSize());
    }

    @Bean
    public TokenStore tokenStore(MongoDatabase database, Serializer serializer, EventStoreProperties properties,
                                 Clock clock) {
        return new MongoTokenStore(database, serializer, ManagementFactory.getRuntimeMXBean().getName(),
                properties.claimTimeout(), clock);
    }

    @Bean
    public CorrelationDataProvider envelopeCorrelation() {
        return new EnvelopeCorrelation();
    }
}
