package vn.cadres.platform.publishing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.eventstore.TrackedEnvelope;
import vn.cadres.platform.kafka.EnvelopeJson;

/**
 * Publishes every stored event to the service's topic, at least once, in store order (so in order
 * per record), keyed by record id. Only what is stored is published: the publisher reads the store,
 * not the command path. Its position is saved only after Kafka has acknowledged a whole batch, so a
 * publisher killed at any moment republishes from its last saved position when it comes back;
 * consumers drop what they have already seen.
 * <p>
 * The position is a claimed token, so when several instances of a service run, one publishes and
 * the others stand by until its claim lapses.
 */
public class KafkaEventPublisher implements SmartLifecycle, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaEventPublisher.class);
    private static final int SEGMENT = 0;
    /** Well inside the token store's claim timeout, so an idle publisher keeps its claim. */
    private static final Duration CLAIM_EXTENSION = Duration.ofSeconds(2);

    private final EventLog log;
    private final TokenStore tokens;
    private final Producer<String, byte[]> producer;
    private final EnvelopeJson json;
    private final PublishingProperties properties;
    private final String processorName;
    private final Semaphore newEvents = new Semaphore(0);
    private final Counter published;
    private final AtomicLong publishedIndex = new AtomicLong(-1);
    /** The position this instance has published up to, valid while it holds the claim. */
    private GapAwareTrackingToken claimed;
    private boolean holdsClaim;
    private long claimExtendedAt;
    private volatile boolean running;
    private Thread worker;

    public KafkaEventPublisher(EventLog log, TokenStore tokens, Producer<String, byte[]> producer, EnvelopeJson json,
                               PublishingProperties properties, MeterRegistry meters) {
        this.log = log;
        this.tokens = tokens;
        this.producer = producer;
        this.json = json;
        this.properties = properties;
        this.processorName = "publisher:" + properties.topic();
        this.published = Counter.builder("cadres.events.published").tag("topic", properties.topic())
                .description("events published to Kafka (republications after a restart included)")
                .register(meters);
        Gauge.builder("cadres.publication.lag", this, p -> Math.max(0, p.log.headIndex() - p.publishedIndex.get()))
                .tag("topic", properties.topic()).description("stored events not yet published")
                .register(meters);
        log.onAppend(stored -> newEvents.release());
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name(processorName).daemon()
                .uncaughtExceptionHandler((thread, error) -> {
                    running = false;
                    LOG.error("publication to {} stopped: nothing more is published until restart",
                            properties.topic(), error);
                })
                .start(this);
    }

    @Override
    public void stop() {
        running = false;
        newEvents.release();
        try {
            worker.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void run() {
        initializeSegment();
        while (running) {
            try {
                if (publishNextBatch() == 0) {
                    awaitNewEvents(properties.idleInterval());
                }
            } catch (UnableToClaimTokenException e) {
                holdsClaim = false;
                LOG.debug("another instance publishes {}; standing by", properties.topic());
                awaitNewEvents(properties.idleInterval().multipliedBy(4));
            } catch (RuntimeException e) {
                holdsClaim = false;
                LOG.warn("publication to {} failed; retrying from the last acknowledged event", properties.topic(), e);
                awaitNewEvents(Duration.ofSeconds(1));
            }
        }
        try {
            tokens.releaseClaim(processorName, SEGMENT);
        } catch (RuntimeException e) {
            LOG.debug("could not release the publisher's claim", e);
        }
    }

    private void initializeSegment() {
        try {
            if (tokens.fetchSegments(processorName).length == 0) {
                tokens.initializeSegment(null, processorName, SEGMENT);
            }
        } catch (UnableToInitializeTokenException e) {
            LOG.debug("another instance initialised {}", processorName);
        }
    }

    /**
     * Publishes one batch and saves the position after it; returns how many events it published.
     * The position is read from the token store only when this instance (re)claims it; while it
     * holds the claim, its own copy is the truth and the claim is extended as it goes.
     */
    public int publishNextBatch() {
        GapAwareTrackingToken position = claimedPosition();
        List<TrackedEnvelope> batch = log.readFrom(position, properties.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        for (TrackedEnvelope tracked : batch) {
            acknowledgements.add(producer.send(record(tracked.event())));
        }
        producer.flush();
        awaitAll(acknowledgements);
        GapAwareTrackingToken reached = batch.getLast().token();
        tokens.storeToken(reached, processorName, SEGMENT);
        claimed = reached;
        claimExtendedAt = System.nanoTime();
        publishedIndex.set(reached.getIndex());
        published.increment(batch.size());
        return batch.size();
    }

    private GapAwareTrackingToken claimedPosition() {
        if (!holdsClaim) {
            claimed = (GapAwareTrackingToken) tokens.fetchToken(processorName, SEGMENT);
            holdsClaim = true;
            claimExtendedAt = System.nanoTime();
        } else if (System.nanoTime() - claimExtendedAt > CLAIM_EXTENSION.toNanos()) {
            tokens.extendClaim(processorName, SEGMENT);
            claimExtendedAt = System.nanoTime();
        }
        return claimed;
    }

    private ProducerRecord<String, byte[]> record(EventEnvelope event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(properties.topic(), event.aggregateId(),
                json.write(event));
        record.headers().add("event-type", event.wireName().getBytes(StandardCharsets.UTF_8));
        record.headers().add("event-id", event.eventId().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static void awaitAll(List<Future<RecordMetadata>> acknowledgements) {
        try {
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    private void awaitNewEvents(Duration atMost) {
        try {
            if (newEvents.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                newEvents.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
