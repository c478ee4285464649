package vn.cadres.cadre.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.CadreAppointed;
import vn.cadres.contracts.cadre.CadreAppointmentEnded;
import vn.cadres.contracts.cadre.CadreDied;
import vn.cadres.contracts.cadre.CadreFact;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.CadreRetired;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.cadre.DisciplineRecorded;
import vn.cadres.contracts.cadre.QualificationRecorded;

/**
 * A cadre's profile (hồ sơ cán bộ) as a sequence of events makes it. One evolve function serves the
 * aggregate's decisions, the current read model and the profile as it stood on a past date, so the
 * three can never disagree about what an event means.
 *
 * @param fields         the correctable fields by {@link ProfileField} name, as text
 * @param managedSince   when the cadre came under the managing province
 * @param qualifications văn bằng, chứng chỉ, in the order recorded
 * @param disciplines    kỷ luật, in the order recorded
 * @param posts          chức vụ đang giữ: the posts held, appointed and not yet ended
 * @param retiredOn      null while in service
 * @param diedOn         null while alive
 */
public record CadreProfile(
        String cadreId,
        ProvinceCode managingProvince,
        LocalDate managedSince,
        Map<String, String> fields,
        List<Qualification> qualifications,
        List<Discipline> disciplines,
        List<Post> posts,
        LocalDate retiredOn,
        LocalDate diedOn) {

    /** A profile stored before appointments were recorded has no posts, not unknown ones. */
    public CadreProfile {
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    /** A qualification as shown in the profile. */
    public record Qualification(String kind, String level, String institution, LocalDate awardedOn) {
    }

    /** A disciplinary sanction as shown in the profile. */
    public record Discipline(String measure, String decisionNumber, LocalDate effectiveOn) {
    }

    /** A post the cadre holds (chức vụ), in a unit, since the appointment took effect. */
    public record Post(String unitId, String post, Decision decision, LocalDate since) {

        boolean is(String otherUnitId, String otherPost) {
            return unitId.equals(otherUnitId) && post.equals(otherPost);
        }
    }

    public static CadreProfile registered(CadreRegistered event) {
        return new CadreProfile(event.cadreId(), event.managingProvince(), event.effectiveDate(),
                ProfileField.valuesOf(event), List.of(), List.of(), List.of(), null, null);
    }

    /** The profile after {@code events}, oldest first, the first being the registration. */
    public static CadreProfile replay(List<?> events) {
        CadreProfile profile = registered((CadreRegistered) events.getFirst());
        for (Object event : events.subList(1, events.size())) {
            if (event instanceof CadreFact fact) {
                profile = profile.apply(fact);
            }
        }
        return profile;
    }

    /** The profile after one more fact of this cadre. */
    public CadreProfile apply(CadreFact event) {
        return switch (event) {
            case CadreProfileCorrected c -> withField(c.field(), c.newValue());
            case QualificationRecorded q -> with(q).raisedTo(ProfileField.levelOf(q.kind()), q.level());
            case DisciplineRecorded d -> new CadreProfile(cadreId, managingProvince, managedSince, fields,
                    qualifications, append(disciplines,
                    new Discipline(d.measure().name(), d.decisionNumber(), d.effectiveDate())), posts, retiredOn,
                    diedOn);
            case CadreRetired r -> new CadreProfile(cadreId, managingProvince, managedSince, fields,
                    qualifications, disciplines, posts, r.effectiveDate(), diedOn);
            case CadreDied d -> new CadreProfile(cadreId, managingProvince, managedSince, fields,
                    qualifications, disciplines, posts, retiredOn, d.effectiveDate());
            case CadreAppointed a -> withPosts(append(posts,
                    new Post(a.unitId(), a.post(), a.decision(), a.effectiveDate())));
            case CadreAppointmentEnded e -> withPosts(posts.stream().filter(p -> !p.is(e.unitId(), e.post()))
                    .toList());
        };
    }

    public LocalDate birthDate() {
        return LocalDate.parse(fields.get(ProfileField.BIRTH_DATE.fieldName()));
    }

    public String fullName() {
        return fields.get(ProfileField.FULL_NAME.fieldName());
    }

    /** The post {@code post} in unit {@code unitId}, if the cadre holds it. */
    public Optional<Post> heldPost(String unitId, String post) {
        return posts.stream().filter(p -> p.is(unitId, post)).findFirst();
    }

    private CadreProfile with(QualificationRecorded q) {
        return new CadreProfile(cadreId, managingProvince, managedSince, fields, append(qualifications,
                new Qualification(q.kind().name(), q.level(), q.institution(), q.effectiveDate())),
                disciplines, posts, retiredOn, diedOn);
    }

    private CadreProfile withPosts(List<Post> held) {
        return new CadreProfile(cadreId, managingProvince, managedSince, fields, qualifications, disciplines, held,
                retiredOn, diedOn);
    }

    /** A new qualification raises the current level, never lowers it (a late back-filled lower one). */
    private CadreProfile raisedTo(ProfileField level, String candidate) {
        return withField(level.fieldName(), level.higher(fields.get(level.fieldName()), candidate));
    }

    private CadreProfile withField(String field, String value) {
        Map<String, String> next = new LinkedHashMap<>(fields);
        next.put(field, value);
        return new CadreProfile(cadreId, managingProvince, managedSince, next, qualifications, disciplines, posts,
                retiredOn, diedOn);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return List.copyOf(next);
    }
}
