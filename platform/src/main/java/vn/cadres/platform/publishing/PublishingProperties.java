package vn.cadres.platform.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Publication of the service's stored events to its topic.
 *
 * @param topic        the service's topic, e.g. {@code cadre.events}; no topic, no publisher
 * @param batchSize    events read from the store and sent per round
 * @param idleInterval how long to wait for new events before looking again (appends in this
 *                     process wake the publisher at once; this catches other instances' appends)
 */
@ConfigurationProperties("cadres.publishing")
public record PublishingProperties(
        String topic,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("500ms") Duration idleInterval) {
}
