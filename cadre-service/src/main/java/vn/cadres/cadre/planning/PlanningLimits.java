package vn.cadres.cadre.planning;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of succession planning (quy hoạch) under Quy định 377-QĐ/TW (2025), configurable because
 * the Central Committee changes them between regulations ({@code cadres.planning.*}).
 *
 * @param maxCadresPerPost at most this many cadres planned for one post (3)
 * @param maxPostsPerLevel at most this many posts at one level planned for one cadre (3)
 * @param maxAge           the oldest age at which a cadre stays in a plan (55): the regulations want a
 *                         planned cadre able to serve at least one full five-year term, and 55 plus a
 *                         term reaches 60, the retirement age most cadres now in plans still retire at
 *                         under the transition of Nghị định 135/2020; a deployment sets its own value
 */
@ConfigurationProperties("cadres.planning")
public record PlanningLimits(
        @DefaultValue("3") int maxCadresPerPost,
        @DefaultValue("3") int maxPostsPerLevel,
        @DefaultValue("55") int maxAge) {

    public PlanningLimits {
        if (maxCadresPerPost < 1 || maxPostsPerLevel < 1 || maxAge < 1) {
            throw new IllegalArgumentException("cadres.planning limits must be positive");
        }
    }

    public static int ageOn(LocalDate birthDate, LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** A cadre exactly {@code maxAge} years old is still within the planning age. */
    public boolean overAge(LocalDate birthDate, LocalDate date) {
        return ageOn(birthDate, date) > maxAge;
    }
}
