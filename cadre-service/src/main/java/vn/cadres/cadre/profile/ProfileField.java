package vn.cadres.cadre.profile;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.PoliticalTheory;
import vn.cadres.contracts.cadre.ProfessionalEducation;
import vn.cadres.contracts.cadre.QualificationKind;
import vn.cadres.platform.domain.InvalidInput;

/**
 * The fields of a cadre's profile (lý lịch) that an office may correct, named as in
 * {@link CadreRegistered}, with how each is read from the registration and how a new value is checked.
 * Values are kept as text (ISO dates, enum names), so a correction records old and new value alike.
 * The managing province is not here: moving a cadre to another province's management is a transfer.
 */
public enum ProfileField {
    FULL_NAME("fullName", CadreRegistered::fullName, text -> text, 200),
    GENDER("gender", CadreRegistered::gender, text -> Gender.valueOf(text), 0),
    BIRTH_DATE("birthDate", CadreRegistered::birthDate, LocalDate::parse, 0),
    HOME_PROVINCE("homeProvince", CadreRegistered::homeProvince, ProvinceCode::of, 0),
    HOME_COMMUNE("homeCommune", CadreRegistered::homeCommune, text -> text, 200),
    ETHNICITY("ethnicity", CadreRegistered::ethnicity, text -> text, 50),
    PROFESSIONAL_EDUCATION("professionalEducation", CadreRegistered::professionalEducation,
            text -> ProfessionalEducation.valueOf(text), 0),
    POLITICAL_THEORY("politicalTheory", CadreRegistered::politicalTheory, text -> PoliticalTheory.valueOf(text), 0),
    PARTY_ENTRY_DATE("partyEntryDate", CadreRegistered::partyEntryDate, LocalDate::parse, 0),
    MANAGEMENT_SCOPE("managementScope", CadreRegistered::managementScope, text -> text, 200);

    private final String name;
    private final Function<CadreRegistered, Object> registered;
    private final Function<String, Object> parser;
    /** The longest text registration accepts for the field; 0 for a field that is not free text. */
    private final int maxLength;

    ProfileField(String name, Function<CadreRegistered, Object> registered, Function<String, Object> parser,
                 int maxLength) {
        this.name = name;
        this.registered = registered;
        this.parser = parser;
        this.maxLength = maxLength;
    }

    public String fieldName() {
        return name;
    }

    public static Optional<ProfileField> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ProfileField::fieldName).toList();
    }

    /** The field that holds a cadre's current level on the ladder a qualification climbs. */
    public static ProfileField levelOf(QualificationKind kind) {
        return kind == QualificationKind.PROFESSIONAL ? PROFESSIONAL_EDUCATION : POLITICAL_THEORY;
    }

    /** The profile as registered, in field order; a field the event lacks (an older event) is null. */
    public static Map<String, String> valuesOf(CadreRegistered event) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ProfileField field : values()) {
            values.put(field.name, Objects.toString(field.registered.apply(event), null));
        }
        return values;
    }

    /**
     * A value given as text, checked as registration checks it and written the way the profile keeps
     * it. Checks that need other facts (dates against birth, today) are the aggregate's.
     *
     * @param input the request field that carried the value, named when it is refused
     * @throws InvalidInput when the value is blank or not a value of this field
     */
    public String checked(String input, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(input, "must not be blank");
        }
        if (maxLength > 0 && value.strip().length() > maxLength) {
            throw InvalidInput.of(input, "a " + name + " has at most " + maxLength + " characters");
        }
        try {
            return parser.apply(value.strip()).toString();
        } catch (RuntimeException e) {
            throw InvalidInput.of(input, "'" + value + "' is not a valid " + name);
        }
    }

    /** The higher of two levels of an ordered field (education, political theory); null counts lowest. */
    String higher(String current, String candidate) {
        if (current == null) {
            return candidate;
        }
        int currentRank = ((Enum<?>) parser.apply(current)).ordinal();
        return ((Enum<?>) parser.apply(candidate)).ordinal() > currentRank ? candidate : current;
    }
}
