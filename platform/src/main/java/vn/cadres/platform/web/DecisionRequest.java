package vn.cadres.platform.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.cadres.contracts.cadre.Decision;

/**
 * A decision (quyết định) as a request carries it: every part is required, because an appointment
 * an auditor cannot trace to its số quyết định, date and issuing body is not a record at all.
 */
public record DecisionRequest(
        @NotBlank @Size(max = 100) String number,
        @NotNull @PastOrPresent LocalDate date,
        @NotBlank @Size(max = 300) String issuingBody) {

    public Decision decision() {
        return new Decision(number.strip(), date, issuingBody.strip());
    }
}
