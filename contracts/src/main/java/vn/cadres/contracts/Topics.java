package vn.cadres.contracts;

/** The Kafka topics of the published language; each keeps its events forever, keyed by aggregate id. */
public final class Topics {

    public static final String CADRE_EVENTS = "cadre.events";
    public static final String ROTATION_EVENTS = "rotation.events";
    public static final String EVALUATION_EVENTS = "evaluation.events";

    private Topics() {
    }
}
