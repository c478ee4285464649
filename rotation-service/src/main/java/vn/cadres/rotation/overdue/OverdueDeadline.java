package vn.cadres.rotation.overdue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.rotation.RotationState;
import vn.cadres.rotation.view.Rotations;

/**
 * The overdue deadline (R8): a rotation that runs past its planned end without being completed is
 * flagged with a {@code RotationOverdue} event on the day it falls due. Time passes without any
 * event, so once a day ({@code cadres.rotation.overdue-cron}, Vietnam time, just after midnight) the
 * system asks every running rotation past its planned end. The deadline lives in the store and the
 * read model rather than in a scheduler's memory, so a restart loses none; each rotation's record
 * decides, so two instances, or a rerun, flag none twice. A rotation back-filled years late is
 * flagged on the first run after it is entered, dated the day it fell due.
 */
@Component
public class OverdueDeadline {

    public static final String ACTOR = CommandSender.SYSTEM_ACTOR_PREFIX + "rotation-overdue-deadline";
    private static final Logger log = LoggerFactory.getLogger(OverdueDeadline.class);

    private final Rotations rotations;
    private final CommandSender commands;
    private final Clock clock;

    public OverdueDeadline(Rotations rotations, CommandSender commands, Clock clock) {
        this.rotations = rotations;
        this.commands = commands;
        this.clock = clock;
    }

    /** @param flagged the rotations flagged overdue by this run */
    public record Run(String correlationId, LocalDate today, int checked, List<String> flagged) {
    }

    /** Checks every running rotation past its planned end; one that fails is logged and left for the next run. */
    @Scheduled(cron = "${cadres.rotation.overdue-cron}", zone = "Asia/Ho_Chi_Minh")
    public Run run() {
        String correlationId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(clock.withZone(EnvelopeMessages.VIETNAM));
        List<RotationState> due = rotations.pastPlannedEnd(today);
        List<String> flagged = new ArrayList<>();
        for (RotationState rotation : due) {
            try {
                if (Boolean.TRUE.equals(commands.sendAsSystem(ACTOR, correlationId, rotation.province(),
                        new MarkRotationOverdue(rotation.rotationId(), today)))) {
                    flagged.add(rotation.rotationId());
                }
            } catch (RuntimeException e) {
                log.warn("overdue check of rotation {} on {} failed; the next run retries it", rotation.rotationId(),
                        today, e);
            }
        }
        log.info("overdue deadline {} on {}: {} rotations past their planned end, {} flagged", correlationId, today,
                due.size(), flagged.size());
        return new Run(correlationId, today, due.size(), List.copyOf(flagged));
    }
}
