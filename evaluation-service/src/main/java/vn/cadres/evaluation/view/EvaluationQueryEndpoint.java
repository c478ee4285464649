package vn.cadres.evaluation.view;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.evaluation.EvaluationRecords;
import vn.cadres.evaluation.EvaluationState;
import vn.cadres.evaluation.cadres.KnownCadre;
import vn.cadres.evaluation.cadres.KnownCadres;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.history.AsOf;
import vn.cadres.platform.history.RecordHistory;
import vn.cadres.platform.history.TimelineEntry;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/**
 * Evaluations as offices and auditors read them: {@code GET /api/evaluations/{id}}, one evaluation
 * rebuilt from its own events with every step and who took it; {@code GET
 * /api/evaluations?cadreId=&phase=&from=&to=} a cadre's evaluations, of one phase and with periods
 * ending between two dates if asked; {@code GET /api/evaluations?rotationId=} the evaluations placed
 * against a rotation.
 */
@RestController
class EvaluationQueryEndpoint {

    private final RecordHistory history;
    private final EvaluationRecords records;
    private final Evaluations evaluations;
    private final KnownCadres cadres;
    private final ProvinceAccess access;

    EvaluationQueryEndpoint(RecordHistory history, EvaluationRecords records, Evaluations evaluations, KnownCadres cadres,
                            ProvinceAccess access) {
        this.history = history;
        this.records = records;
        this.evaluations = evaluations;
        this.cadres = cadres;
        this.access = access;
    }

    /**
     * @param cadreName the cadre's name as cadre-service last published it
     * @param timeline  every event of the evaluation in the order recorded; null in lists
     */
    record EvaluationDetails(@JsonUnwrapped EvaluationState evaluation, String cadreName,
                             List<TimelineEntry> timeline) {
    }

    /**
     * @param asOf       the evaluation as it stood on this date, from the facts taking effect by then
     * @param recordedAt the evaluation as the records said at this instant, later entries left out
     */
    @AllowedRoles({Role.OFFICE, Role.AUDITOR})
    @GetMapping("/api/evaluations/{evaluationId}")
    EvaluationDetails evaluation(@PathVariable String evaluationId,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant recordedAt,
                                 ActingOffice office) {
        List<EventEnvelope> events = records.events(evaluationId, new AsOf(asOf, recordedAt));
        EvaluationState evaluation = records.stateAfter(events);
        access.requireRead(office, evaluation.province());
        return details(evaluation, history.timeline(events));
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR})
    @GetMapping("/api/evaluations")
    List<EvaluationDetails> evaluations(
            @RequestParam(required = false) String cadreId, @RequestParam(required = false) String rotationId,
            @RequestParam(required = false) EvaluationPhase phase,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            ActingOffice office) {
        List<EvaluationState> found;
        if (cadreId != null) {
            access.requireRead(office, cadres.get(cadreId).province());
            found = evaluations.ofCadre(cadreId);
        } else if (rotationId != null) {
            found = evaluations.ofRotation(rotationId);
            found.forEach(evaluation -> access.requireRead(office, evaluation.province()));
        } else {
            throw InvalidInput.of("cadreId", "name a cadreId or a rotationId");
        }
        Map<String, String> names = new HashMap<>();
        return found.stream()
                .filter(e -> phase == null || e.phase() == phase)
                .filter(e -> from == null || !e.periodEnd().isBefore(from))
                .filter(e -> to == null || !e.periodEnd().isAfter(to))
                .map(e -> new EvaluationDetails(e, names.computeIfAbsent(e.cadreId(), this::cadreName), null))
                .toList();
    }

    private EvaluationDetails details(EvaluationState evaluation, List<TimelineEntry> timeline) {
        return new EvaluationDetails(evaluation, cadreName(evaluation.cadreId()), timeline);
    }

    private String cadreName(String cadreId) {
        return cadres.find(cadreId).map(KnownCadre::fullName).orElse(null);
    }
}
