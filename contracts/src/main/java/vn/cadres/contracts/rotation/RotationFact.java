package vn.cadres.contracts.rotation;

import vn.cadres.contracts.DomainEvent;

/**
 * A fact about one rotation; whoever follows rotations applies them all to the rotation and cadre they name.
 * Sealed, so a switch over them is checked for completeness: a new event is named where it must be handled.
 */
public sealed interface RotationFact extends DomainEvent permits
        RotationProposed,
        RotationApproved,
        CadreRotated,
        RotationExtended,
        RotationCompleted,
        RotationEndedEarly,
        RotationCancelled,
        CadrePlacedAfterRotation,
        RotationOverdue {

    String rotationId();

    String cadreId();
}
