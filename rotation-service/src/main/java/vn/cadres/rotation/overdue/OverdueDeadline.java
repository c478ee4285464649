package vn.cadres.rotation.overdue;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.commands.DailySweep;
import vn.cadres.rotation.view.Rotations;

/**
 * The overdue deadline (R8): a rotation that runs past its planned end without being completed is
 * flagged with a {@code RotationOverdue} event on the day it falls due. Time passes without any
 * event, so once a day ({@code cadres.rotation.overdue-cron}, Vietnam time, just after midnight) the
 * system asks every running rotation past its planned end. The deadline lives in the store and the
 * read model rather than in a scheduler's memory, so a restart loses none; a rotation back-filled
 * years late is flagged on the first run after it is entered, dated the day it fell due.
 */
@Component
public class OverdueDeadline {

    public static final String ACTOR = CommandSender.SYSTEM_ACTOR_PREFIX + "rotation-overdue-deadline";

    private final Rotations rotations;
    private final DailySweep sweep;

    public OverdueDeadline(Rotations rotations, CommandSender commands, Clock clock) {
        this.rotations = rotations;
        this.sweep = new DailySweep(ACTOR, commands, clock);
    }

    /** Checks every running rotation past its planned end; {@code changed} are the rotations flagged now. */
    @Scheduled(cron = "${cadres.rotation.overdue-cron}", zone = "Asia/Ho_Chi_Minh")
    public DailySweep.Run run() {
        return sweep.run(today -> {
            Map<String, ProvinceCode> due = new LinkedHashMap<>();
            rotations.pastPlannedEnd(today).forEach(rotation -> due.put(rotation.rotationId(), rotation.province()));
            return due;
        }, MarkRotationOverdue::new);
    }
}
