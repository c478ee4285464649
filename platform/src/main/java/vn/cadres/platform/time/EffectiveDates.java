package vn.cadres.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import vn.cadres.platform.eventstore.EnvelopeMessages;

/**
 * The effective date (ngày có hiệu lực) of a request that may omit it: offices back-fill history
 * with explicit dates, while a fact entered as it happens takes effect today, in Vietnam's calendar.
 */
public final class EffectiveDates {

    private EffectiveDates() {
    }

    public static LocalDate orToday(LocalDate given, Clock clock) {
        return given != null ? given : today(clock);
    }

    /** Vietnam's date now, whatever zone {@code clock} carries: the one "today" of every check. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(EnvelopeMessages.VIETNAM));
    }
}
