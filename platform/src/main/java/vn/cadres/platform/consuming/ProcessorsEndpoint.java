package vn.cadres.platform.consuming;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.projections.DeadLetters;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;

/**
 * Operations on this service's event processors, for administrators: where each stands, the
 * events set aside as dead letters, and a replay that rebuilds a processor's read models from the first event of its source (offset 0 of
 * its topics, or the start of the store). Its handlers' reset handlers clear what they built first.
 */
@RestController
public class ProcessorsEndpoint {

    private final EventProcessingConfiguration processing;
    private final Replays replays;
    private final DeadLetters deadLetters;

    public ProcessorsEndpoint(EventProcessingConfiguration processing, Replays replays, DeadLetters deadLetters) {
        this.processing = processing;
        this.replays = replays;
        this.deadLetters = deadLetters;
    }

    /** Where a processor stands: running or not, replaying or not, the token of each segment. */
    public record ProcessorStatus(String name, boolean running, boolean replaying, Map<Integer, String> positions) {
    }

    @GetMapping("/api/admin/processors")
    @AllowedRoles(Role.ADMIN)
    public List<ProcessorStatus> processors() {
        return processing.eventProcessors().keySet().stream().sorted()
                .flatMap(name -> processing.eventProcessor(name, StreamingEventProcessor.class).stream()
                        .map(processor -> status(name, processor)))
                .toList();
    }

    @PostMapping("/api/admin/processors/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @AllowedRoles(Role.ADMIN)
    public ProcessorStatus replay(@PathVariable String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("event processor", name));
        replays.start(name, processor);
        return status(name, processor);
    }

    /**
     * The events the read models could not take, set aside with their error so the rest went on:
     * poison events, and the later events of their records waiting behind them.
     */
    @GetMapping("/api/admin/dead-letters")
    @AllowedRoles(Role.ADMIN)
    public List<DeadLetters.DeadLetter> deadLetters() {
        return deadLetters.list();
    }

    /**
     * The rebuilds under way, with their progress: readable by every role, because the dashboard
     * says when it shows the previous version; it holds no records.
     */
    @GetMapping("/api/replays")
    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER, Role.ADMIN})
    public List<Replays.Progress> replays() {
        return replays.progress();
    }

    private ProcessorStatus status(String name, StreamingEventProcessor processor) {
        Map<Integer, String> positions = new TreeMap<>();
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        segments.forEach((segment, status) -> positions.put(segment, String.valueOf(status.getTrackingToken())));
        return new ProcessorStatus(name, processor.isRunning(),
                processor.isReplaying() || replays.rebuilding(name), positions);
    }
}
