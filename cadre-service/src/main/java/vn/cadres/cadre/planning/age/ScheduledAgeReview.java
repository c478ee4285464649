package vn.cadres.cadre.planning.age;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.cadres.cadre.planning.view.PlanningBoard;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.eventstore.EnvelopeMessages;

/**
 * The automatic planning-age drop-out: age passes without any event, so once a day
 * ({@code cadres.planning.age-review-cron}, Vietnam time) the system asks every planned cadre's
 * record whether they are now past the planning age, and the record drops them with the reason. The
 * system acts here, not an office, so each removal names {@value #ACTOR} and the cadre's own province,
 * and one correlation id ties a day's removals together. Each cadre's record decides, so a review
 * running in two instances, or next to an office's own review, removes no one twice.
 */
@Component
public class ScheduledAgeReview {

    public static final String ACTOR = CommandSender.SYSTEM_ACTOR_PREFIX + "planning-age-review";
    private static final Logger log = LoggerFactory.getLogger(ScheduledAgeReview.class);

    private final PlanningBoard board;
    private final CommandSender commands;
    private final Clock clock;

    public ScheduledAgeReview(PlanningBoard board, CommandSender commands, Clock clock) {
        this.board = board;
        this.commands = commands;
        this.clock = clock;
    }

    /** @param removed the cadres dropped from their plans by this run */
    public record Run(String correlationId, LocalDate asOf, int reviewed, List<String> removed) {
    }

    /**
     * Reviews every planned cadre as of today in Vietnam. One cadre whose review fails is logged and
     * left for the next run, so it does not keep the others in their plans.
     */
    @Scheduled(cron = "${cadres.planning.age-review-cron}", zone = "Asia/Ho_Chi_Minh")
    public Run review() {
        String correlationId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(clock.withZone(EnvelopeMessages.VIETNAM));
        Map<String, ProvinceCode> planned = board.plannedAnywhere();
        List<String> removed = new ArrayList<>();
        planned.forEach((cadreId, province) -> {
            try {
                if (Boolean.TRUE.equals(commands.sendAsSystem(ACTOR, correlationId, province,
                        new ReviewPlanningAge(cadreId, today)))) {
                    removed.add(cadreId);
                }
            } catch (RuntimeException e) {
                log.warn("planning-age review of cadre {} on {} failed; the next run retries it", cadreId, today, e);
            }
        });
        log.info("planning-age review {} on {}: {} planned cadres reviewed, {} dropped", correlationId, today,
                planned.size(), removed.size());
        return new Run(correlationId, today, planned.size(), List.copyOf(removed));
    }
}
