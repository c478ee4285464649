package vn.cadres.cadre.unit.view;

import java.time.LocalDate;

/** A name a unit bore from a date on, until its next name or its end. */
public record NameSpan(String name, LocalDate from) {
}
