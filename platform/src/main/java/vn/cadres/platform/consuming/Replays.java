package vn.cadres.platform.consuming;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import vn.cadres.platform.domain.RuleViolation;
import vn.cadres.platform.projections.ReadModels;

/**
 * Rebuilds of read models from the first event of their processor's source, while readers keep the
 * previous version ({@link ReadModels}); watches each one every second, publishes its progress
 * (positions done of those reached when it began, rate, time left) to the API and to metrics
 * ({@code cadres_replay_events_done}, {@code cadres_replay_events_total}, {@code cadres_replay_rate}),
 * and switches readers over once it has caught up.
 */
public class Replays implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);

    /**
     * @param done        events (positions) handled since the start
     * @param total       positions there were when the replay began
     * @param rate        events per second over the last seconds
     * @param etaSeconds  seconds left at that rate, or null before a rate is known
     */
    public record Progress(String processor, long done, long total, double rate, Long etaSeconds) {

        @JsonProperty("percent")
        public double percent() {
            return total == 0 ? 100 : Math.min(100, done * 100.0 / total);
        }
    }

    private final EventProcessingConfiguration processing;
    private final ReadModels readModels;
    private final MeterRegistry meters;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    private final Map<String, long[]> samples = new ConcurrentHashMap<>();
    private final Map<String, CatchUp> catchUps = new ConcurrentHashMap<>();
    private final Duration quiet;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "read-model-replays");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param every how often each rebuild is looked at
     * @param quiet how long a rebuild that says it has read all there is must stand still before
     *              readers switch to it short of where it stood ({@link CatchUp})
     */
    public Replays(EventProcessingConfiguration processing, ReadModels readModels, MeterRegistry meters,
                   Duration every, Duration quiet) {
        this.processing = processing;
        this.readModels = readModels;
        this.meters = meters;
        this.quiet = quiet;
        watcher.scheduleWithFixedDelay(this::watch, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts rebuilding {@code processor}'s read models from the first event; readers keep the current ones. */
    public void start(String name, StreamingEventProcessor processor) {
        if (!processor.supportsReset()) {
            throw new RuleViolation("replay-unsupported", "processor " + name + " has handlers that cannot be reset");
        }
        if (readModels.replaying().containsKey(name)) {
            throw new RuleViolation("replay-running", "processor " + name + " is already being rebuilt");
        }
        Map<String, Long> reached = Positions.of(processor.processingStatus().values());
        processor.shutDown();
        readModels.beginReplay(name, reached);
        if (readModels.setsAside(name)) {
            startAfresh(name);
        } else {
            processor.resetTokens(); // its reset handlers empty its read models, rebuilt in place
        }
        processor.start();
        samples.remove(name);
        catchUps.remove(name);
    }

    /**
     * Points every segment of {@code processor} at the first event, as for a processor that has never
     * run: its read models were set aside, so it builds into empty collections and has nothing to
     * reset. Axon's own reset ({@code resetTokens}) would wrap each token in a {@code ReplayToken}
     * that is compared with the position at the reset on every event (a tenth of reporting-service's
     * CPU in a rebuild), to tell handlers they see a replay, which ours treat like any other event.
     */
    private void startAfresh(String processor) {
        TokenStore tokens = processing.tokenStore(processor);
        for (int segment : tokens.fetchSegments(processor)) {
            tokens.storeToken(null, processor, segment);
        }
    }

    /** True while {@code processor}'s read models are being rebuilt. */
    public boolean rebuilding(String processor) {
        return readModels.replaying().containsKey(processor);
    }

    /** The rebuilds under way, from the moment one is started until readers are switched over. */
    public List<Progress> progress() {
        List<Progress> all = new ArrayList<>();
        readModels.replaying().forEach((name, reached) -> all.add(progress.getOrDefault(name,
                new Progress(name, 0, Positions.sum(reached), 0, null))));
        return all;
    }

    private void watch() {
        try {
            readModels.replaying().forEach((name, reached) -> processing.eventProcessor(name,
                    StreamingEventProcessor.class).ifPresent(p -> watch(name, p, reached)));
        } catch (RuntimeException e) {
            log.warn("watching read-model replays failed; trying again", e);
        }
    }

    /** Switches readers over once the rebuild has caught up ({@link CatchUp}); otherwise records its progress. */
    private void watch(String name, StreamingEventProcessor processor, Map<String, Long> reached) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        Map<String, Long> current = Positions.of(segments.values());
        long done = Positions.sum(current);
        long total = Math.max(done, Positions.sum(reached));
        boolean dry = segments.values().stream().allMatch(s -> s.isCaughtUp() && !s.isErrorState());
        boolean over = catchUps.computeIfAbsent(name, n -> new CatchUp(reached, quiet))
                .isOver(current, dry, System.nanoTime());
        if (processor.isRunning() && !segments.isEmpty() && over) {
            readModels.endReplay(name);
            progress.remove(name);
            samples.remove(name);
            catchUps.remove(name);
            log.info("read models of {} rebuilt; readers switched to them", name);
            return;
        }
        long now = System.nanoTime();
        long[] last = samples.put(name, new long[]{now, done});
        double rate = last == null || now == last[0] ? 0 : (done - last[1]) / ((now - last[0]) / 1e9);
        Long eta = rate > 0 ? (long) Math.ceil((total - done) / rate) : null;
        if (!progress.containsKey(name)) {
            Gauge.builder("cadres_replay_events_done", progress, m -> value(m, name, Progress::done))
                    .tag("processor", name).register(meters);
            Gauge.builder("cadres_replay_events_total", progress, m -> value(m, name, Progress::total))
                    .tag("processor", name).register(meters);
            Gauge.builder("cadres_replay_rate", progress, m -> value(m, name, Progress::rate))
                    .tag("processor", name).register(meters);
        }
        progress.put(name, new Progress(name, done, total, rate, eta));
    }

    private static double value(Map<String, Progress> progress, String name,
                                ToDoubleFunction<Progress> field) {
        Progress current = progress.get(name);
        return current == null ? 0 : field.applyAsDouble(current);
    }


    @Override
    public void destroy() {
        watcher.shutdownNow();
    }
}
