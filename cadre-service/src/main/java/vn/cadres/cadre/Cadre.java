package vn.cadres.cadre;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.cadres.cadre.register.RegisterCadre;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.platform.web.InvalidInput;

/**
 * A cadre (cán bộ) under the management of a province's Standing Committee: decides on commands
 * about the cadre and keeps only the state those decisions need.
 */
@Aggregate
public class Cadre {

    @AggregateIdentifier
    private String cadreId;
    private ProvinceCode managingProvince;

    protected Cadre() {
        // for event sourcing
    }

    @CommandHandler
    public Cadre(RegisterCadre command) {
        if (command.effectiveDate().isBefore(command.birthDate())) {
            throw InvalidInput.of("effectiveDate", "a cadre cannot come under management before being born");
        }
        apply(new CadreRegistered(command.cadreId(), command.fullName(), command.gender(), command.birthDate(),
                command.managingProvince(), command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(CadreRegistered event) {
        cadreId = event.cadreId();
        managingProvince = event.managingProvince();
    }

    ProvinceCode managingProvince() {
        return managingProvince;
    }
}
