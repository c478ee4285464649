package vn.cadres.rotation.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.cadres.contracts.rotation.RotationRule;

/** An override as a request carries it: the rule, and why the office sets it aside. */
public record OverrideRequest(@NotNull RotationRule rule, @NotBlank @Size(max = 2000) String reason) {

    public static List<RuleOverride> overrides(List<OverrideRequest> requests) {
        return requests == null ? List.of()
                : requests.stream().map(r -> new RuleOverride(r.rule(), r.reason().strip())).toList();
    }
}
