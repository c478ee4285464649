package vn.cadres.platform.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import vn.cadres.contracts.EventEnvelope;

/** A stored event with the position a reader has reached once it has handled it. */
public record TrackedEnvelope(EventEnvelope event, GapAwareTrackingToken token) {
}
