package vn.cadres.cadre.planning.age;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.cadres.cadre.planning.view.PlanningBoard;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.commands.DailySweep;

/**
 * The automatic planning-age drop-out: age passes without any event, so once a day
 * ({@code cadres.planning.age-review-cron}, Vietnam time) the system asks every planned cadre's
 * record whether they are now past the planning age, and the record drops them with the reason. The
 * system acts here, not an office, so each removal names {@value #ACTOR} and the cadre's own province.
 */
@Component
public class ScheduledAgeReview {

    public static final String ACTOR = CommandSender.SYSTEM_ACTOR_PREFIX + "planning-age-review";

    private final PlanningBoard board;
    private final DailySweep sweep;

    public ScheduledAgeReview(PlanningBoard board, CommandSender commands, Clock clock) {
        this.board = board;
        this.sweep = new DailySweep(ACTOR, commands, clock);
    }

    /** Reviews every planned cadre as of today in Vietnam; {@code changed} are the cadres dropped from their plans. */
    @Scheduled(cron = "${cadres.planning.age-review-cron}", zone = "Asia/Ho_Chi_Minh")
    public DailySweep.Run review() {
        return sweep.run(today -> board.plannedAnywhere(), ReviewPlanningAge::new);
    }
}
