package vn.cadres.reporting.pool;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.Localities;
import vn.cadres.contracts.unit.UnitTree;
import vn.cadres.platform.projections.ReadModels;
import vn.cadres.reporting.table.NameFields;
import vn.cadres.reporting.table.Page;
import vn.cadres.reporting.table.PageRequest;
import vn.cadres.reporting.table.VietnameseOrder;

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

    /** The sortable columns of the pool table, the default first. */
    public static final List<String> COLUMNS = List.of("name", "managedSince", "birthDate");
    private static final Map<String, String> FIELDS = Map.of("name", NameFields.NAME_KEY, "managedSince",
            "managedSince", "birthDate", "birthDate");

    /** A post held on the date, with its unit's name. */
    public record HeldPost(String unitId, String unitName, String post) {
    }

    /**
     * A cadre of the pool on the date, with the level of the highest post then ({@value #NO_POST}: none)
     * and the education reached by then.
     *
     * @param birthDate null for a reader who may not see it
     */
    public record PoolRow(String cadreId, String fullName, String gender, String birthDate, String managedSince,
                          String level, List<HeldPost> posts, String professionalEducation, String politicalTheory) {
    }

    /**
     * A page of the pool on {@code asOf} (every row for {@link PageRequest#all}), filtered, sorted and
     * paged by the database; posts and education as of the date are worked out for the page's rows only.
     *
     * @param q a name, with or without diacritics
     */
    public Page<PoolRow> table(ProvinceCode province, LocalDate asOf, String q, PageRequest request,
                               boolean personal) {
        Bson filter = inPool(province, asOf, q);
        FindIterable<Document> found = cadres().find(filter).sort(request.sort(FIELDS));
        List<Document> rows = (request.everyRow() ? found : found.skip(request.offset()).limit(request.size()))
                .into(new ArrayList<>());
        Map<String, Document> unitsById = units(rows);
        List<PoolRow> items = rows.stream().map(cadre -> new PoolRow(cadre.getString("_id"),
                cadre.getString("fullName"), cadre.getString("gender"), personal ? cadre.getString("birthDate") : null,
                cadre.getString("managedSince"), levelOf(cadre, asOf, unitsById), heldOn(cadre, asOf).stream()
                .map(p -> new HeldPost(p.getString("unitId"), unitName(unitsById.get(p.getString("unitId"))),
                        p.getString("post"))).toList(), valueOn(cadre, "professionalEducation", asOf),
                valueOn(cadre, "politicalTheory", asOf))).toList();
        return request.of(items, request.everyRow() ? items.size() : cadres().countDocuments(filter));
    }

    private static String unitName(Document unit) {
        return unit == null ? null : unit.getString("name");
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
        // only what a holder's count needs: a cadre's qualifications and names are most of its document
        for (Document cadre : cadres().find(in("posts.unitId", keyUnits.keySet()))
                .projection(Projections.include("posts", "homeProvince", "homeCommune"))) {
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

    /** The sortable columns of the key posts table, the default first. */
    public static final List<String> KEY_POST_COLUMNS = List.of("province", "post", "held", "nonNatives");

    /**
     * A page of the key posts table. Its rows are counts worked out from every holder's posts, a few
     * per province (one per key post title), so they are sorted and cut after being counted.
     */
    public Page<KeyPost> keyPosts(ProvinceCode province, LocalDate asOf, PageRequest request) {
        Comparator<KeyPost> byTitle = Comparator.comparing(KeyPost::province)
                .thenComparing(KeyPost::post, VietnameseOrder.TEXTS);
        Comparator<KeyPost> order = switch (request.column()) {
            case "post" -> Comparator.comparing(KeyPost::post, VietnameseOrder.TEXTS)
                    .thenComparing(KeyPost::province);
            case "held" -> Comparator.comparingInt(KeyPost::held).thenComparing(byTitle);
            case "nonNatives" -> Comparator.comparing((KeyPost k) -> k.nonNatives().percent())
                    .thenComparingInt(k -> k.nonNatives().count()).thenComparing(byTitle);
            default -> byTitle;
        };
        List<KeyPost> rows = new ArrayList<>(keyPosts(province, asOf));
        rows.sort(request.descending() ? order.reversed() : order);
        return request.slice(rows);
    }

    private List<Document> inPool(ProvinceCode province, LocalDate asOf) {
        return cadres().find(inPool(province, asOf, null)).into(new ArrayList<>());
    }

    /** Under the province's management on the day: managed since then or before, neither retired nor dead by then. */
    private static Bson inPool(ProvinceCode province, LocalDate asOf, String q) {
        String day = asOf.toString();
        List<Bson> conditions = new ArrayList<>(List.of(eq("province", province.value()), lte("managedSince", day),
                or(eq("retiredOn", null), gt("retiredOn", day)), or(eq("diedOn", null), gt("diedOn", day))));
        if (q != null && !q.isBlank()) {
            conditions.add(NameFields.nameContains(q));
        }
        return and(conditions);
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
