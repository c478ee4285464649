package vn.cadres.rotation.rules;

import java.time.LocalDate;
import java.time.Period;

/** Terms of rotation, counted as offices count them: both the first and the last day are served. */
public final class Terms {

    private Terms() {
    }

    /** Whole months from {@code firstDay} through {@code lastDay}: 1 July 2014 to 30 June 2017 is 36. */
    public static long months(LocalDate firstDay, LocalDate lastDay) {
        return Period.between(firstDay, lastDay.plusDays(1)).toTotalMonths();
    }
}
