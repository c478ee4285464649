package vn.cadres.contracts.rotation;

import vn.cadres.contracts.DomainEvent;

/** A fact about one rotation; whoever follows rotations applies them all to the rotation and cadre they name. */
public interface RotationFact extends DomainEvent {

    String rotationId();

    String cadreId();
}
