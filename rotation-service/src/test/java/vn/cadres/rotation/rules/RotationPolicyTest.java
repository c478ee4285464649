package vn.cadres.rotation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.rotation.RotationRule;

/** The policy as a deployment writes it in {@code cadres.rotation.*}. */
class RotationPolicyTest {

    @Test
    void a_deployment_sets_each_rule_by_its_name_and_the_others_keep_their_defaults() {
        RotationPolicy policy = bind(Map.of(
                "cadres.rotation.rules.in-succession-plan", "REFUSE",
                "cadres.rotation.rules.non-local-key-post", "off",
                "cadres.rotation.min-term-months", "24",
                "cadres.rotation.retirement-age.female", "62"));

        assertThat(policy.modeOf(RotationRule.IN_SUCCESSION_PLAN)).isEqualTo(RuleMode.REFUSE);
        assertThat(policy.modeOf(RotationRule.NON_LOCAL_KEY_POST)).isEqualTo(RuleMode.OFF);
        assertThat(policy.modeOf(RotationRule.WORKING_LIFE_LEFT)).isEqualTo(RuleMode.REFUSE);
        assertThat(policy.modeOf(RotationRule.ENDED_EARLY)).isEqualTo(RuleMode.WARN);
        assertThat(policy.minTermMonths()).isEqualTo(24);
        assertThat(policy.minWorkingYears()).isEqualTo(10);
        assertThat(policy.retirementOf(Gender.FEMALE, LocalDate.of(1970, 1, 1))).isEqualTo(LocalDate.of(2032, 1, 1));
        assertThat(policy.retirementOf(Gender.MALE, LocalDate.of(1970, 1, 1))).isEqualTo(LocalDate.of(2032, 1, 1));
    }

    @Test
    void nothing_configured_is_the_defaults() {
        RotationPolicy policy = bind(Map.of("cadres.rotation.overdue-cron", "0 5 0 * * *"));

        assertThat(policy).isEqualTo(RotationPolicy.defaults());
    }

    @Test
    void the_overdue_deadline_cannot_refuse_anything() {
        assertThatThrownBy(() -> bind(Map.of("cadres.rotation.rules.overdue", "REFUSE")))
                .isInstanceOf(BindException.class).hasStackTraceContaining("can only WARN or be OFF");
    }

    private static RotationPolicy bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("cadres.rotation", RotationPolicy.class);
    }
}
