package vn.cadres.platform.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.eventstore.EventStoreAutoConfiguration;

/**
 * One clock for the whole service, in Vietnam's time zone: "today" is Vietnam's date wherever it
 * is asked, whether a missing date defaults to it or a given date is checked against it
 * ({@code @PastOrPresent}). Between 00:00 and 07:00 in Vietnam, UTC's date is still yesterday,
 * and an office entering today's date was told it lay in the future.
 */
@AutoConfiguration(before = EventStoreAutoConfiguration.class)
public class TimeAutoConfiguration {

    /** Its instants are UTC's like any clock's; its zone gives Vietnam's dates. Tests replace it. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(EnvelopeMessages.VIETNAM);
    }

    /** Bean Validation's past and future are judged by the same clock, not the JVM's default zone. */
    @Bean
    public ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(EnvelopeMessages.VIETNAM));
    }
}
