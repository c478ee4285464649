package vn.cadres.reporting.roster;

import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.platform.projections.ReadModels;
import vn.cadres.platform.projections.VersionedDocuments;
import vn.cadres.reporting.table.NameFields;

/**
 * The roster of cadres under each province's management (danh sách cán bộ), one document per
 * cadre, fed from {@code cadre.events}, with corrections of the name, gender and birth date applied
 * (the names every report shows for a cadre come from here, see {@code Names}), and the name's sort
 * and search fields ({@link NameFields}).
 */
@Component
@ProcessingGroup(CadreRosterProjection.GROUP)
public class CadreRosterProjection {

    static final String GROUP = "cadre-roster";
    public static final String COLLECTION = "cadre_roster";

    /** The profile fields the roster shows, named as {@link CadreProfileCorrected#field()} names them. */
    private static final Set<String> SHOWN = Set.of("fullName", "gender", "birthDate");

    private final VersionedDocuments roster;

    CadreRosterProjection(ReadModels readModels) {
        this.roster = new VersionedDocuments(readModels.writing(GROUP, COLLECTION, "province", NameFields.NAME_KEY));
    }

    @EventHandler
    void on(CadreRegistered event, @SequenceNumber long sequence) {
        roster.apply(event.cadreId(), sequence, cadre -> NameFields.named(cadre
                .append("fullName", event.fullName())
                .append("gender", event.gender().name())
                .append("birthDate", event.birthDate().toString())
                .append("province", event.managingProvince().value())
                .append("managedSince", event.effectiveDate().toString())));
    }

    /** The roster shows what the corrected record says: the registered value was a clerk's error, not history. */
    @EventHandler
    void on(CadreProfileCorrected event, @SequenceNumber long sequence) {
        roster.apply(event.cadreId(), sequence, cadre -> SHOWN.contains(event.field())
                ? NameFields.named(cadre.append(event.field(), event.newValue())) : cadre);
    }

    @ResetHandler
    void reset() {
        roster.collection().deleteMany(new Document()); // keeps the indexes the tables sort by
    }
}
