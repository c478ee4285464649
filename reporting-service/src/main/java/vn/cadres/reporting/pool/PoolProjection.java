package vn.cadres.reporting.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.cadre.CadreAppointed;
import vn.cadres.contracts.cadre.CadreAppointmentEnded;
import vn.cadres.contracts.cadre.CadreDied;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.CadreRetired;
import vn.cadres.contracts.cadre.QualificationKind;
import vn.cadres.contracts.cadre.QualificationRecorded;
import vn.cadres.contracts.unit.UnitDissolved;
import vn.cadres.contracts.unit.UnitEstablished;
import vn.cadres.contracts.unit.UnitMerged;
import vn.cadres.contracts.unit.UnitRenamed;
import vn.cadres.platform.projections.ReadModels;
import vn.cadres.platform.projections.VersionedDocuments;
import vn.cadres.reporting.table.NameFields;

/**
 * The cadre pool (đội ngũ cán bộ thuộc diện Ban Thường vụ quản lý) with the dates of every change a
 * report as of a date needs, fed from {@code cadre.events}: one document per cadre (managed since,
 * gender, birth date, home locality, education and political theory with the dates they were
 * reached, posts held with their dates, retirement and death) and one per unit (level, bloc,
 * locality, key posts, validity). A correction replaces the value it corrects for every date: the
 * record was wrong, not the cadre.
 */
@Component
@ProcessingGroup(PoolProjection.GROUP)
public class PoolProjection {

    static final String GROUP = "pool";
    static final String CADRES = "pool_cadres";
    public static final String UNITS = "pool_units";
    private static final Set<String> CORRECTABLE = Set.of("fullName", "gender", "birthDate", "homeProvince",
            "homeCommune", "professionalEducation", "politicalTheory");

    private final VersionedDocuments cadres;
    private final VersionedDocuments units;

    PoolProjection(ReadModels readModels) {
        this.cadres = new VersionedDocuments(readModels.writing(GROUP, CADRES, "province", "posts.unitId",
                NameFields.NAME_KEY));
        this.units = new VersionedDocuments(readModels.writing(GROUP, UNITS, "province"));
    }

    @EventHandler
    void on(CadreRegistered e, @SequenceNumber long sequence) {
        cadres.apply(e.cadreId(), sequence, cadre -> NameFields.named(cadre
                .append("province", e.managingProvince().value())
                .append("fullName", e.fullName())
                .append("gender", text(e.gender()))
                .append("birthDate", text(e.birthDate()))
                .append("managedSince", e.effectiveDate().toString())
                .append("homeProvince", text(e.homeProvince()))
                .append("homeCommune", e.homeCommune())
                .append("professionalEducation", text(e.professionalEducation()))
                .append("politicalTheory", text(e.politicalTheory()))
                .append("qualifications", List.of())
                .append("posts", List.of())));
    }

    @EventHandler
    void on(CadreProfileCorrected e, @SequenceNumber long sequence) {
        cadres.apply(e.cadreId(), sequence, cadre -> CORRECTABLE.contains(e.field())
                ? NameFields.named(cadre.append(e.field(), e.newValue())) : cadre);
    }

    @EventHandler
    void on(QualificationRecorded e, @SequenceNumber long sequence) {
        cadres.apply(e.cadreId(), sequence, cadre -> cadre.append("qualifications", added(cadre, "qualifications",
                new Document("field", e.kind() == QualificationKind.PROFESSIONAL ? "professionalEducation"
                        : "politicalTheory").append("level", e.level()).append("from", e.effectiveDate().toString()))));
    }

    @EventHandler
    void on(CadreAppointed e, @SequenceNumber long sequence) {
        cadres.apply(e.cadreId(), sequence, cadre -> cadre.append("posts", added(cadre, "posts",
                new Document("unitId", e.unitId()).append("post", e.post()).append("from", e.effectiveDate().toString()))));
    }

    @EventHandler
    void on(CadreAppointmentEnded e, @SequenceNumber long sequence) {
        cadres.apply(e.cadreId(), sequence, cadre -> {
            List<Document> posts = new ArrayList<>(cadre.getList("posts", Document.class, List.of()));
            posts.stream().filter(p -> p.get("to") == null && e.unitId().equals(p.getString("unitId"))
                            && e.post().equals(p.getString("post")))
                    .forEach(p -> p.append("to", e.effectiveDate().toString()));
            return cadre.append("posts", posts);
        });
    }

    @EventHandler
    void on(CadreRetired e, @SequenceNumber long sequence) {
        cadres.apply(e.cadreId(), sequence, cadre -> cadre.append("retiredOn", e.effectiveDate().toString()));
    }

    @EventHandler
    void on(CadreDied e, @SequenceNumber long sequence) {
        cadres.apply(e.cadreId(), sequence, cadre -> cadre.append("diedOn", e.effectiveDate().toString()));
    }

    @EventHandler
    void on(UnitEstablished e, @SequenceNumber long sequence) {
        units.apply(e.unitId(), sequence, unit -> unit
                .append("name", e.name())
                .append("level", e.level().name())
                .append("bloc", e.bloc().name())
                .append("province", e.province().value())
                .append("locality", e.locality())
                .append("parentUnitId", e.parentUnitId())
                .append("keyPosts", e.keyPosts())
                .append("validFrom", e.effectiveDate().toString()));
    }

    @EventHandler
    void on(UnitRenamed e, @SequenceNumber long sequence) {
        units.apply(e.unitId(), sequence, unit -> unit.append("name", e.name()));
    }

    @EventHandler
    void on(UnitMerged e, @SequenceNumber long sequence) {
        units.apply(e.unitId(), sequence, unit -> unit.append("validTo", e.effectiveDate().toString()));
    }

    @EventHandler
    void on(UnitDissolved e, @SequenceNumber long sequence) {
        units.apply(e.unitId(), sequence, unit -> unit.append("validTo", e.effectiveDate().toString()));
    }

    @ResetHandler
    void reset() {
        cadres.collection().deleteMany(new Document()); // keeps the indexes
        units.collection().deleteMany(new Document());
    }

    private static List<Document> added(Document cadre, String field, Document entry) {
        List<Document> entries = new ArrayList<>(cadre.getList(field, Document.class, List.of()));
        entries.add(entry);
        return entries;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
