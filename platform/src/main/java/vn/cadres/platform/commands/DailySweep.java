package vn.cadres.platform.commands;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.time.EffectiveDates;

/**
 * A decision the system takes by itself once a day about many records, because time passes without
 * any event: the planning age, a rotation's planned end. It asks each candidate record, as the
 * system actor, whether today changes it; the record decides, so a sweep running in two instances,
 * or twice, changes nothing twice. One correlation id ties a day's decisions together, and a record
 * whose command fails is logged and left for the next run rather than stopping the others.
 */
public final class DailySweep {

    private static final Logger log = LoggerFactory.getLogger(DailySweep.class);

    private final String actor;
    private final CommandSender commands;
    private final Clock clock;

    /** @param actor the {@code system:} name the decisions are recorded under */
    public DailySweep(String actor, CommandSender commands, Clock clock) {
        this.actor = actor;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * @param checked how many records were asked
     * @param changed the records whose command answered true: changed by this run
     */
    public record Run(String correlationId, LocalDate today, int checked, List<String> changed) {
    }

    /**
     * Runs as of today in Vietnam.
     *
     * @param candidates the records to ask today, each with the province it belongs to
     * @param command    the command asking one record about today, answering whether it changed it
     */
    public Run run(Function<LocalDate, Map<String, ProvinceCode>> candidates,
                   BiFunction<String, LocalDate, Object> command) {
        String correlationId = UUID.randomUUID().toString();
        LocalDate today = EffectiveDates.today(clock);
        Map<String, ProvinceCode> records = candidates.apply(today);
        List<String> changed = new ArrayList<>();
        records.forEach((recordId, province) -> {
            try {
                if (Boolean.TRUE.equals(commands.sendAsSystem(actor, correlationId, province,
                        command.apply(recordId, today)))) {
                    changed.add(recordId);
                }
            } catch (RuntimeException e) {
                log.warn("{} on {} failed for record {}; the next run retries it", actor, today, recordId, e);
            }
        });
        log.info("{} {} on {}: {} records checked, {} changed", actor, correlationId, today, records.size(),
                changed.size());
        return new Run(correlationId, today, records.size(), List.copyOf(changed));
    }
}
