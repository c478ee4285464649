package vn.cadres.tools.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads the demo dataset through the public APIs, as the provincial offices would enter it, so a
 * newcomer sees the dashboard with the figures of the source articles: Lạng Sơn's pool (147 cadres,
 * 102 + 45; 91% university, 92% political theory, 42% women, 10.2% under 35) and its 48 rotations
 * of 2002–2022 (12 down, 7 up, 4 between wards and communes, 25 between city bodies); Hà Nội's 57
 * cadres rotated to 29 districts and 6 city and central agencies; Đặng Quốc Hương's two rotations in
 * Điện Biên with his evaluations and the commune's poverty rate. Every step finds what an earlier
 * load entered and leaves it alone (units by name, cadres by the duplicate rule, rotations and
 * evaluations of a cadre, 409 for a step already taken), so loading twice changes nothing and a load
 * cut short is finished by the next.
 *
 * <pre>
 * DemoData --issuer URI [--cadres URL] [--rotations URL] [--evaluations URL]
 * </pre>
 *
 * Each province's demo office user signs in at the identity provider {@code --issuer} (the local
 * Keycloak's realm), as token.sh does; the demo users' password is {@code CADRES_DEMO_PASSWORD}.
 */
public final class DemoData {

    /** Where the three write services listen. */
    public record Services(String cadres, String rotations, String evaluations) {

        public static final Services LOCAL = new Services("http://127.0.0.1:8081", "http://127.0.0.1:8082",
                "http://127.0.0.1:8083");
    }

    private final DemoApi api;
    private final Services at;

    public DemoData(Services at, Function<String, String> officeTokens) {
        this.api = new DemoApi(officeTokens);
        this.at = at;
    }

    /** "Today" of the offices: Vietnam's date, as the services read it. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String DEFAULT_DEMO_PASSWORD = "LuanChuyen2026";

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--issuer")) {
            System.err.println("usage: DemoData --issuer URI [--cadres URL] [--rotations URL] [--evaluations URL]");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("CADRES_DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD);
        Services at = new Services(options.getOrDefault("--cadres", Services.LOCAL.cadres()),
                options.getOrDefault("--rotations", Services.LOCAL.rotations()),
                options.getOrDefault("--evaluations", Services.LOCAL.evaluations()));
        long start = System.nanoTime();
        DemoData demo = new DemoData(at, new OfficeSignIn(options.get("--issuer"), password));
        List<String> loaded = demo.load();
        System.out.printf("demo data: %s in %.1f s (%d API calls)%n", loaded.isEmpty()
                ? "already loaded, nothing changed" : "loaded " + String.join(", ", loaded),
                (System.nanoTime() - start) / 1e9, demo.calls());
        System.exit(0);
    }

    /** Loads what is missing of each province; answers the provinces it changed. */
    public List<String> load() {
        List<String> changed = new ArrayList<>();
        loadChanging(changed, "Lạng Sơn", () -> new LangSon(this).load());
        loadChanging(changed, "Hà Nội", () -> new HaNoi(this).load());
        loadChanging(changed, "Điện Biên", () -> new DienBien(this).load());
        return changed;
    }

    private void loadChanging(List<String> changed, String province, Runnable load) {
        int before = api.writes();
        load.run();
        if (api.writes() > before) {
            changed.add(province);
        }
    }

    int calls() {
        return api.calls();
    }

    // The calls an office makes, one method each.

    /**
     * Establishes a tree of units, unless the province has its units already; answers their ids by
     * name once cadre-service's own view has them, since appointments are checked against it.
     */
    Map<String, String> units(String province, String since, ObjectNode root) {
        Map<String, String> byName = new LinkedHashMap<>();
        api.get(at.cadres() + "/api/units?province=" + province, province)
                .forEach(unit -> byName.put(unit.get("name").asText(), unit.get("unitId").asText()));
        if (!byName.isEmpty()) {
            return byName;
        }
        ObjectNode tree = api.object().put("province", province).put("effectiveDate", since);
        tree.set("unit", root);
        JsonNode ids = api.post(at.cadres() + "/api/units/tree", province, tree, 201).get("unitIds");
        ids.properties().forEach(e -> byName.put(e.getKey(), e.getValue().asText()));
        byName.values().forEach(unitId -> api.await(at.cadres() + "/api/units/" + unitId, province));
        return byName;
    }

    ObjectNode node(String name, String level, String bloc, String locality, List<String> keyPosts) {
        ObjectNode node = api.object().put("name", name).put("level", level).put("bloc", bloc);
        if (locality != null) {
            node.put("locality", locality);
        }
        ArrayNode posts = node.putArray("keyPosts");
        keyPosts.forEach(posts::add);
        node.putArray("children");
        return node;
    }

    ObjectNode withChildren(ObjectNode parent, List<ObjectNode> children) {
        ArrayNode array = parent.putArray("children");
        children.forEach(array::add);
        return parent;
    }

    /** Registers a cadre (or finds the one already registered as the same person); answers the id. */
    String register(Person person) {
        ObjectNode registration = api.object()
                .put("fullName", person.fullName()).put("gender", person.gender())
                .put("birthDate", person.birthDate().toString()).put("managingProvince", person.province())
                .put("effectiveDate", person.managedSince().toString()).put("homeProvince", person.province())
                .put("homeCommune", person.homeCommune()).put("ethnicity", person.ethnicity())
                .put("professionalEducation", person.education()).put("politicalTheory", person.theory())
                .put("managementScope", person.scope());
        return api.post(at.cadres() + "/api/cadres", person.province(), registration, 201, 409).get("cadreId").asText();
    }

    void appoint(String province, String cadreId, String unitId, String post, LocalDate on, String decision) {
        ObjectNode appointment = api.object().put("unitId", unitId).put("post", post)
                .put("effectiveDate", on.toString());
        appointment.set("decision", decision(decision, on.minusDays(10), "Ban Thường vụ " + province));
        api.post(at.cadres() + "/api/cadres/" + cadreId + "/appointments", province, appointment, 204, 409);
    }

    void plan(String province, String cadreId, String unitId, String post, LocalDate termStart, LocalDate decided) {
        ObjectNode plan = api.object().put("unitId", unitId).put("post", post).put("termStart", termStart.toString())
                .put("termEnd", termStart.plusYears(5).minusDays(1).toString()).put("effectiveDate", decided.toString());
        api.post(at.cadres() + "/api/cadres/" + cadreId + "/plans", province, plan, 204, 409);
    }

    /**
     * Proposes, decides and starts a rotation on its planned start, unless the cadre has one to that
     * unit already; answers its id.
     */
    String rotate(String province, String cadreId, String fromUnit, String fromPost, String toUnit, String toPost,
                  LocalDate start, LocalDate plannedEnd, String decision) {
        for (JsonNode existing : api.await(at.rotations() + "/api/rotations?cadreId=" + cadreId, province)) {
            if (toUnit.equals(existing.get("to").get("unitId").asText())) {
                return existing.get("rotationId").asText();
            }
        }
        ObjectNode proposal = api.object().put("cadreId", cadreId).put("plannedStart", start.toString())
                .put("plannedEnd", plannedEnd.toString()).put("effectiveDate", start.minusMonths(1).toString())
                .put("reasons", "Đào tạo, thử thách cán bộ qua thực tiễn");
        proposal.set("from", api.object().put("unitId", fromUnit).put("post", fromPost));
        proposal.set("to", api.object().put("unitId", toUnit).put("post", toPost));
        String rotationId = api.post(at.rotations() + "/api/rotations", province, proposal, 201).get("rotationId")
                .asText();
        ObjectNode approval = api.object();
        approval.set("decision", decision(decision, start.minusDays(15), "Ban Thường vụ " + province));
        api.post(at.rotations() + "/api/rotations/" + rotationId + "/approval", province, approval, 204);
        api.post(at.rotations() + "/api/rotations/" + rotationId + "/start", province,
                api.object().put("startDate", start.toString()), 204);
        return rotationId;
    }

    void complete(String province, String rotationId, LocalDate lastDay) {
        api.post(at.rotations() + "/api/rotations/" + rotationId + "/completion", province,
                api.object().put("endDate", lastDay.toString()), 204, 409);
    }

    void endEarly(String province, String rotationId, LocalDate lastDay, String reason) {
        api.post(at.rotations() + "/api/rotations/" + rotationId + "/early-end", province,
                api.object().put("endDate", lastDay.toString()).put("reason", reason), 204, 409);
    }

    void place(String province, String rotationId, String outcome, String unitId, String post, LocalDate on) {
        ObjectNode placement = api.object().put("outcome", outcome).put("effectiveDate", on.toString());
        placement.set("placedAt", api.object().put("unitId", unitId).put("post", post));
        placement.set("decision", decision("Bố trí " + on.getYear(), on.minusDays(5), "Ban Thường vụ " + province));
        api.post(at.rotations() + "/api/rotations/" + rotationId + "/placement", province, placement, 204, 409);
    }

    /**
     * Records, verifies and decides an evaluation of a year (or a review period) with the scores of the
     * default criteria that give {@code total}.
     */
    void evaluate(String province, String cadreId, String unitId, String role, LocalDate from, LocalDate to,
                  int total, Map<String, BigDecimal> indicators) {
        for (JsonNode existing : api.await(at.evaluations() + "/api/evaluations?cadreId=" + cadreId, province)) {
            if (to.toString().equals(existing.get("periodEnd").asText())) {
                return;
            }
        }
        ObjectNode assessment = api.object().put("cadreId", cadreId).put("periodStart", from.toString())
                .put("periodEnd", to.toString()).put("evaluatingUnitId", unitId).put("evaluatorRole", role)
                .put("group", "Lãnh đạo, quản lý");
        assessment.set("scores", scores(total));
        ArrayNode measured = assessment.putArray("indicators");
        indicators.forEach((name, value) -> measured.add(api.object().put("name", name)
                .put("unit", name.startsWith("Tỷ lệ") ? "%" : "tiêu chí").put("value", value)));
        String evaluationId = api.post(at.evaluations() + "/api/evaluations", province, assessment, 201)
                .get("evaluationId").asText();
        api.post(at.evaluations() + "/api/evaluations/" + evaluationId + "/verification", province,
                api.object().put("effectiveDate", to.plusDays(10).toString()), 204);
        ObjectNode decision = api.object();
        decision.set("decision", decision("ĐG-" + to.getYear(), to.plusDays(20), "Ban Thường vụ " + province));
        api.post(at.evaluations() + "/api/evaluations/" + evaluationId + "/decision", province, decision, 204);
    }

    /** Scores of the four default criteria (20, 15, 55, 10 points) that add up to {@code total}. */
    private ObjectNode scores(int total) {
        int political = Math.round(total * 20 / 100f);
        int competence = Math.round(total * 15 / 100f);
        int reputation = Math.round(total * 10 / 100f);
        return api.object().put("POLITICAL_QUALITY", political).put("COMPETENCE", competence)
                .put("REPUTATION", reputation).put("TASK_RESULTS", total - political - competence - reputation);
    }

    private ObjectNode decision(String number, LocalDate date, String body) {
        LocalDate today = LocalDate.now(VIETNAM);
        LocalDate signed = date.isAfter(today) ? today : date;
        return api.object().put("number", number).put("date", signed.toString()).put("issuingBody", body);
    }

    /** A cadre to register. */
    record Person(String province, String fullName, String gender, LocalDate birthDate, LocalDate managedSince,
                  String homeCommune, String ethnicity, String education, String theory, String scope) {
    }
}
