package vn.cadres.reporting.pool;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.Localities;
import vn.cadres.contracts.unit.UnitTree;
import vn.cadres.platform.projections.ReadModels;

/**
 * The cadre pool and key posts as of a date, the tables a Standing Committee's report carries:
 * Lạng Sơn's 147 cadres (102 heads and deputies of city departments, 45 key leaders of wards and
 * communes; 91% university or higher, 92% advanced or intermediate political theory, 42% women,
 * 10.2% under 35), and who holds the key posts, natives or not.
 */
@Component
public class CadrePool {

    private static final Set<String> UNIVERSITY_OR_HIGHER = Set.of("BACHELOR", "MASTER", "DOCTOR");
    private static final Set<String> ADVANCED_OR_INTERMEDIATE = Set.of("ADVANCED", "INTERMEDIATE");
    /** A cadre without a post on the date. */
    public static final String NO_POST = "NONE";

    private final ReadModels readModels;

    CadrePool(ReadModels readModels) {
        this.readModels = readModels;
    }

    private MongoCollection<Document> cadres() {
        return readModels.reading(PoolProjection.CADRES);
    }

    private MongoCollection<Document> units() {
        return readModels.reading(PoolProjection.UNITS);
    }

    /** A count and its share of the pool, in percent with one decimal. */
    public record Share(int count, BigDecimal percent) {

        static Share of(int count, int total) {
            return new Share(count, total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP));
        }
    }

    /**
     * @param byLevel cadres by the level of the highest post they held on the date ({@value #NO_POST}: none)
     */
    public record Pool(String province, LocalDate asOf, int total, Map<String, Integer> byLevel,
                       Share universityOrHigher, Share advancedOrIntermediateTheory, Share women, Share under35) {
    }

    /** The pool of a province under its Standing Committee on {@code asOf}. */
    public Pool pool(ProvinceCode province, LocalDate asOf) {
        List<Document> pool = inPool(province, asOf);
        Map<String, Document> unitsById = units(pool);
        Map<String, Integer> byLevel = new TreeMap<>();
        int university = 0;
        int theory = 0;
        int women = 0;
        int young = 0;
        for (Document cadre : pool) {
            byLevel.merge(levelOf(cadre, asOf, unitsById), 1, Integer::sum);
            university += UNIVERSITY_OR_HIGHER.contains(valueOn(cadre, "professionalEducation", asOf)) ? 1 : 0;
            theory += ADVANCED_OR_INTERMEDIATE.contains(valueOn(cadre, "politicalTheory", asOf)) ? 1 : 0;
            women += "FEMALE".equals(cadre.getString("gender")) ? 1 : 0;
            String born = cadre.getString("birthDate");
            young += born != null && Period.between(LocalDate.parse(born), asOf).getYears() < 35 ? 1 : 0;
        }
        int total = pool.size();
        return new Pool(province.value(), asOf, total, byLevel, Share.of(university, total), Share.of(theory, total),
                Share.of(women, total), Share.of(young, total));
    }

    /** Holders of one key post title in a province's units on the date, and how many are not natives. */
    public record KeyPost(String province, String post, int held, Share nonNatives) {
    }

    /** The key posts of a province's units (every province's when null) held on {@code asOf}, by title. */
    public List<KeyPost> keyPosts(ProvinceCode province, LocalDate asOf) {
        Map<String, Document> keyUnits = new HashMap<>();
        Map<String, List<UnitTree.Node>> byProvince = new HashMap<>();
        for (Document unit : units().find(province == null ? new Document() : eq("province", province.value()))) {
            byProvince.computeIfAbsent(unit.getString("province"), p -> new ArrayList<>()).add(UnitTree.Node.of(unit::getString));
            if (!unit.getList("keyPosts", String.class, List.of()).isEmpty()) {
                keyUnits.put(unit.getString("_id"), unit);
            }
        }
        Map<String, UnitTree> trees = new HashMap<>();
        byProvince.forEach((code, nodes) -> trees.put(code, new UnitTree(nodes)));
        Map<List<String>, int[]> counts = new TreeMap<>((a, b) -> (a.get(0) + "|" + a.get(1))
                .compareTo(b.get(0) + "|" + b.get(1)));
        for (Document cadre : cadres().find(in("posts.unitId", keyUnits.keySet()))) {
            for (Document post : heldOn(cadre, asOf)) {
                Document unit = keyUnits.get(post.getString("unitId"));
                String title = unit == null ? null
                        : Localities.keyPostOf(unit.getList("keyPosts", String.class), post.getString("post"));
                if (title != null) {
                    int[] count = counts.computeIfAbsent(List.of(unit.getString("province"), title), k -> new int[2]);
                    count[0]++;
                    count[1] += nativeOf(cadre, unit, trees.get(unit.getString("province")), asOf) ? 0 : 1;
                }
            }
        }
        List<KeyPost> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(new KeyPost(key.get(0), key.get(1), count[0],
                Share.of(count[1], count[0]))));
        return rows;
    }

    private List<Document> inPool(ProvinceCode province, LocalDate asOf) {
        String day = asOf.toString();
        List<Document> pool = new ArrayList<>();
        for (Document cadre : cadres().find(eq("province", province.value()))) {
            if (cadre.getString("managedSince").compareTo(day) <= 0 && after(cadre, "retiredOn", day)
                    && after(cadre, "diedOn", day)) {
                pool.add(cadre);
            }
        }
        return pool;
    }

    private static boolean after(Document cadre, String field, String day) {
        return cadre.getString(field) == null || cadre.getString(field).compareTo(day) > 0;
    }

    private Map<String, Document> units(Collection<Document> cadres) {
        Set<String> ids = new HashSet<>();
        cadres.forEach(c -> c.getList("posts", Document.class, List.of()).forEach(p -> ids.add(p.getString("unitId"))));
        Map<String, Document> found = new HashMap<>();
        units().find(in("_id", ids)).forEach(u -> found.put(u.getString("_id"), u));
        return found;
    }

    private static List<Document> heldOn(Document cadre, LocalDate asOf) {
        String day = asOf.toString();
        return cadre.getList("posts", Document.class, List.of()).stream()
                .filter(p -> p.getString("from").compareTo(day) <= 0 && (p.get("to") == null
                        || p.getString("to").compareTo(day) > 0)).toList();
    }

    /** The level of the highest post held: central above province above district above commune. */
    private static String levelOf(Document cadre, LocalDate asOf, Map<String, Document> units) {
        return heldOn(cadre, asOf).stream().map(p -> units.get(p.getString("unitId"))).filter(u -> u != null)
                .map(u -> Level.valueOf(u.getString("level"))).min(Enum::compareTo).map(Enum::name).orElse(NO_POST);
    }

    /** The value of an education field on the date: as registered (or corrected), raised by qualifications since. */
    private static String valueOn(Document cadre, String field, LocalDate asOf) {
        String day = asOf.toString();
        return cadre.getList("qualifications", Document.class, List.of()).stream()
                .filter(q -> field.equals(q.getString("field")) && q.getString("from").compareTo(day) <= 0)
                .max((a, b) -> a.getString("from").compareTo(b.getString("from")))
                .map(q -> q.getString("level")).orElse(cadre.getString(field));
    }

    /** R4/R5 as rotation-service flags it: a native of a district is from any commune the tree puts in it. */
    private static boolean nativeOf(Document cadre, Document unit, UnitTree tree, LocalDate asOf) {
        String homeProvince = cadre.getString("homeProvince");
        Level level = Level.valueOf(unit.getString("level"));
        String locality = unit.getString("locality");
        List<String> communes = level == Level.DISTRICT && locality != null ? tree.communesOf(locality, asOf)
                : List.of();
        return Localities.isNative(level, ProvinceCode.of(unit.getString("province")), locality, communes,
                homeProvince == null ? null : ProvinceCode.of(homeProvince), cadre.getString("homeCommune"));
    }
}
