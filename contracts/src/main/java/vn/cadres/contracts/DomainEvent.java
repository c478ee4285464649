package vn.cadres.contracts;

import java.time.LocalDate;

/**
 * An event of the published language. Every fact has the date it takes effect in the world
 * (a decision date, a start date, the end of an evaluation period), which is not the time it was
 * recorded: offices back-fill years of history, and projections classify by this date.
 */
public interface DomainEvent {

    /** The business date on which the fact takes effect (ngày có hiệu lực). */
    LocalDate effectiveDate();

    /** The province whose records the fact belongs to; only that province's office may write it. */
    ProvinceCode province();
}
