package vn.cadres.platform.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.eventstore.EventStoreAutoConfiguration;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.security.PemKeyPair;

/**
 * The auditors' history of a service that keeps its own event store (one that publishes a topic):
 * the history endpoints and the signed bundles. The audit signing key lives in
 * {@code cadres.audit.key-dir} (by default the data directory's {@code keys}), created on first start.
 */
@AutoConfiguration(after = EventStoreAutoConfiguration.class)
@ConditionalOnProperty("cadres.publishing.topic")
public class HistoryAutoConfiguration {

    /** The audit key pair's name: {@code audit-private.pem}, {@code audit-public.pem}. */
    public static final String KEY_NAME = "audit";

    /** Here, not with the event store: the store is below history and knows nothing of it. */
    @Bean
    @ConditionalOnMissingBean
    public RecordHistory recordHistory(EventLog log, EventCodec codec) {
        return new RecordHistory(log, codec);
    }

    @Bean
    public StoreScan storeScan(EventLog log) {
        return new StoreScan(log);
    }

    @Bean
    public AuditBundles auditBundles(EventLog log, EnvelopeJson envelopes,
                                     @Value("${cadres.audit.key-dir:${cadres.data-dir}/keys}") Path keyDirectory,
                                     @Value("${spring.application.name}") String service, Clock clock) {
        return new AuditBundles(log, envelopes, new ObjectMapper(), PemKeyPair.inDirectory(keyDirectory, KEY_NAME),
                service, clock);
    }

    @Bean
    public HistoryEndpoint historyEndpoint(StoreScan scan, RecordHistory history, EnvelopeJson envelopes,
                                           AuditBundles bundles) {
        return new HistoryEndpoint(scan, history, envelopes, bundles);
    }
}
