package vn.cadres.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The wire name of an event: what is stored and published instead of the Java class name, so that
 * classes can be renamed and moved without breaking the event store or any consumer.
 * A change to the shape of an event that old readers cannot ignore gets a new {@link #revision()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Stable name, {@code context.EventName}, for example {@code cadre.CadreRegistered}. */
    String value();

    /** Schema revision of the payload. */
    int revision() default 1;
}
