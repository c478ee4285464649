package vn.cadres.evaluation.phase;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.evaluation.rotations.KnownRotation;

/**
 * The phase of an evaluation, derived from the end of the evaluated period and the cadre's rotations:
 * during a rotation when the period ends within its term (first and last day included, so the
 * end-of-rotation review is during it; a started rotation that has not ended is still running, even
 * past its planned end, so nothing after its start is yet after it); before one when the period ends
 * at most the window before its start; after one when it ends at most the window after its end. When one period is both (the
 * cadre went straight from one rotation to the next), the evaluator decides: the sending unit
 * assesses before the next rotation (R10), the receiving unit and the deciding level evaluate
 * during the current one (R9, R11).
 */
public final class Phases {

    private Phases() {
    }

    public static PhaseOf derive(LocalDate periodEnd, EvaluatorRole role, List<KnownRotation> rotations,
                                 int windowMonths) {
        Optional<PhaseOf> before = rotations.stream()
                .filter(r -> periodEnd.isBefore(r.start()) && !periodEnd.isBefore(r.start().minusMonths(windowMonths)))
                .min(Comparator.comparing(KnownRotation::start))
                .map(r -> new PhaseOf(r.rotationId(), EvaluationPhase.BEFORE));
        if (role == EvaluatorRole.SENDING_UNIT && before.isPresent()) {
            return before.get();
        }
        Optional<PhaseOf> during = rotations.stream()
                .filter(r -> !periodEnd.isBefore(r.start()) && (r.running() || !periodEnd.isAfter(r.end())))
                .max(Comparator.comparing(KnownRotation::start))
                .map(r -> new PhaseOf(r.rotationId(), EvaluationPhase.DURING));
        Optional<PhaseOf> after = rotations.stream()
                .filter(r -> !r.running() && periodEnd.isAfter(r.end())
                        && !periodEnd.isAfter(r.end().plusMonths(windowMonths)))
                .max(Comparator.comparing(KnownRotation::end))
                .map(r -> new PhaseOf(r.rotationId(), EvaluationPhase.AFTER));
        return during.or(() -> before).or(() -> after).orElse(PhaseOf.NONE);
    }
}
