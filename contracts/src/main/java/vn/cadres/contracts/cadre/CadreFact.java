package vn.cadres.contracts.cadre;

import vn.cadres.contracts.DomainEvent;

/**
 * A fact about one cadre recorded after their registration: a correction, a qualification, a
 * discipline, an appointment, retirement or death. Whoever follows a cadre's profile applies them
 * all the same way, to the cadre they name. Sealed: a switch over them is checked for completeness.
 */
public sealed interface CadreFact extends DomainEvent permits
        CadreProfileCorrected,
        QualificationRecorded,
        DisciplineRecorded,
        CadreRetired,
        CadreDied,
        CadreAppointed,
        CadreAppointmentEnded {

    String cadreId();
}
