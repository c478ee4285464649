package vn.cadres.reporting.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;
import vn.cadres.reporting.pool.CadrePool;
import vn.cadres.reporting.programme.Programme;
import vn.cadres.reporting.pool.PoolEndpoint;
import vn.cadres.reporting.programme.RotationFilter;
import vn.cadres.reporting.programme.RotationTable;
import vn.cadres.reporting.roster.CadreRosterEndpoint;
import vn.cadres.reporting.roster.Roster;
import vn.cadres.reporting.table.PageRequest;
import vn.cadres.reporting.table.PersonalDetails;

/**
 * {@code GET /api/reports/export/{table}.{csv|xlsx}?province=&from=&to=&asOf=&lang=vi|en}: every
 * table of the reports (programme, pool, pool-summary, key-posts, rotations, cadres) as a CSV or an
 * Excel file, in the reader's language: every row the table's filters and sort give (the same
 * parameters as the table's endpoint, without page and size), birth dates only for those who may see them.
 */
@RestController
class ExportEndpoint {

    private final Programme programme;
    private final RotationTable rotations;
    private final CadrePool pool;
    private final Roster roster;
    private final Clock clock;

    ExportEndpoint(Programme programme, RotationTable rotations, CadrePool pool, Roster roster, Clock clock) {
        this.programme = programme;
        this.rotations = rotations;
        this.pool = pool;
        this.roster = roster;
        this.clock = clock;
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/export/{table}.{format}")
    void export(@PathVariable String table, @PathVariable String format,
                @RequestParam(required = false) ProvinceCode province,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestParam(required = false) String status,
                @RequestParam(required = false) String movement,
                @RequestParam(required = false) String kind,
                @RequestParam(required = false) Boolean blocCrossing,
                @RequestParam(required = false) String unitId,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort,
                @RequestParam(defaultValue = "vi") String lang, ActingOffice office,
                HttpServletResponse response) throws IOException {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidInput.of("format", "csv or xlsx");
        }
        Labels labels = Labels.of(lang);
        ProvinceCode shown = ProvinceAccess.readScope(office, province);
        LocalDate date = EffectiveDates.orToday(asOf, clock);
        boolean personal = PersonalDetails.shownTo(office);
        Table exported = switch (table) {
            case "programme" -> programme(programme.statistics(shown, from, to), labels);
            case "pool" -> poolCadres(pool.table(PoolEndpoint.provinceOf(office, province), date, q,
                    PageRequest.all(sort, PersonalDetails.sortable(CadrePool.COLUMNS, personal)), personal).items(),
                    personal, labels);
            case "pool-summary" -> pool(pool.pool(PoolEndpoint.provinceOf(office, province), date), labels);
            case "key-posts" -> keyPosts(pool.keyPosts(shown, date, PageRequest.all(sort, CadrePool.KEY_POST_COLUMNS))
                    .items(), labels);
            case "rotations" -> rotations(rotations.page(RotationFilter.of(shown, status, movement, kind, blocCrossing,
                    unitId, from, to, q), PageRequest.all(sort, RotationTable.COLUMNS)).items(), labels);
            case "cadres" -> roster(roster.page(shown, q, PageRequest.all(sort, PersonalDetails.sortable(Roster.COLUMNS,
                    personal))).items(), personal, labels);
            default -> throw new NotFoundException("table", table);
        };
        String name = table + (shown == null ? "" : "-" + shown.value()) + "." + format;
        response.setContentType(format.equals("csv") ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
        try (OutputStream out = response.getOutputStream()) {
            if (format.equals("csv")) {
                exported.writeCsv(out);
            } else {
                exported.writeXlsx(out);
            }
        }
    }

    private static Table programme(Programme.Statistics s, Labels l) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(l.text("Số lượt luân chuyển", "Rotations"), s.rotations()));
        rows.add(List.of(l.text("Đề xuất, chưa bắt đầu", "Proposed, not started"), s.notStarted()));
        rows.add(List.of(l.word("CANCELLED"), s.cancelled()));
        s.byKind().forEach((kind, count) -> rows.add(List.of(l.word(kind), count)));
        s.byMovement().forEach((movement, count) -> rows.add(List.of(l.word(movement), count)));
        rows.add(List.of(l.text("Chuyển khối", "Across blocs"), s.crossingBlocs()));
        s.byStatus().forEach((status, count) -> rows.add(List.of(l.word(status), count)));
        rows.add(List.of(l.text("Quá hạn", "Overdue"), s.overdue()));
        rows.add(List.of(l.text("Kết thúc trước 36 tháng", "Ended before the minimum term"), s.endedBeforeMinimum()));
        s.outcomes().forEach((outcome, count) -> rows.add(List.of(l.word(outcome), count)));
        s.destinations().forEach((level, count) -> rows.add(List.of(l.text("Đơn vị nhận, ", "Receiving units, ")
                + l.word(level), count)));
        return new Table(l.text("Chương trình luân chuyển", "Rotation programme"),
                List.of(l.text("Chỉ tiêu", "Figure"), l.text("Số lượng", "Count")), rows);
    }

    private static Table pool(CadrePool.Pool p, Labels l) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(l.text("Tổng số cán bộ", "Cadres"), p.total(), "100"));
        p.byLevel().forEach((level, count) -> rows.add(List.of(l.word(level), count, "")));
        rows.add(share(l.text("Đại học trở lên", "University or higher"), p.universityOrHigher()));
        rows.add(share(l.text("Lý luận chính trị cao cấp, trung cấp", "Advanced or intermediate political theory"),
                p.advancedOrIntermediateTheory()));
        rows.add(share(l.text("Nữ", "Women"), p.women()));
        rows.add(share(l.text("Dưới 35 tuổi", "Under 35"), p.under35()));
        return new Table(l.text("Đội ngũ cán bộ ", "Cadre pool ") + p.province() + " " + l.date(p.asOf().toString()),
                List.of(l.text("Chỉ tiêu", "Figure"), l.text("Số lượng", "Count"), l.text("Tỷ lệ (%)", "Share (%)")),
                rows);
    }

    private static List<Object> share(String label, CadrePool.Share share) {
        return List.of(label, share.count(), share.percent().toPlainString());
    }

    private static Table keyPosts(List<CadrePool.KeyPost> posts, Labels l) {
        List<List<Object>> rows = new ArrayList<>();
        posts.forEach(p -> rows.add(List.of(p.province(), p.post(), p.held(), p.nonNatives().count(),
                p.nonNatives().percent().toPlainString())));
        return new Table(l.text("Chức danh chủ chốt", "Key posts"), List.of(l.text("Tỉnh", "Province"),
                l.text("Chức danh", "Post"), l.text("Số người giữ", "Held"),
                l.text("Không phải người địa phương", "Non-natives"), l.text("Tỷ lệ (%)", "Share (%)")), rows);
    }

    private static Table poolCadres(List<CadrePool.PoolRow> cadres, boolean personal, Labels l) {
        List<List<Object>> rows = new ArrayList<>();
        for (CadrePool.PoolRow c : cadres) {
            List<Object> row = new ArrayList<>(List.of(text(c.fullName()), l.word(c.gender())));
            if (personal) {
                row.add(l.date(c.birthDate()));
            }
            row.addAll(List.of(l.word(c.level()), String.join("; ", c.posts().stream()
                            .map(p -> p.post() + " (" + text(p.unitName()) + ")").toList()),
                    l.word(c.professionalEducation()), l.word(c.politicalTheory())));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(l.text("Cán bộ", "Cadre"), l.text("Giới tính", "Gender")));
        if (personal) {
            headers.add(l.text("Ngày sinh", "Born"));
        }
        headers.addAll(List.of(l.text("Cấp", "Level"), l.text("Chức vụ", "Posts"),
                l.text("Trình độ chuyên môn", "Education"), l.text("Lý luận chính trị", "Political theory")));
        return new Table(l.text("Danh sách đội ngũ cán bộ", "Cadre pool"), headers, rows);
    }

    private static Table roster(List<Document> cadres, boolean personal, Labels l) {
        List<List<Object>> rows = new ArrayList<>();
        for (Document d : cadres) {
            CadreRosterEndpoint.RosterEntry c = CadreRosterEndpoint.entry(d, personal);
            List<Object> row = new ArrayList<>(List.of(text(c.fullName()), l.word(c.gender()), text(c.province())));
            if (personal) {
                row.add(l.date(c.birthDate()));
            }
            row.add(l.date(c.managedSince()));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(l.text("Cán bộ", "Cadre"), l.text("Giới tính", "Gender"),
                l.text("Tỉnh", "Province")));
        if (personal) {
            headers.add(l.text("Ngày sinh", "Born"));
        }
        headers.add(l.text("Quản lý từ", "Managed since"));
        return new Table(l.text("Danh sách cán bộ", "Cadres"), headers, rows);
    }

    private static Table rotations(List<Document> rotations, Labels l) {
        List<List<Object>> rows = new ArrayList<>();
        for (Document r : rotations) {
            rows.add(List.of(text(r.getString("cadreName")), text(r.getString("fromUnitName")),
                    text(r.getString("fromPost")), text(r.getString("toUnitName")), text(r.getString("toPost")),
                    l.word(r.getString("movement")), l.date(r.getString("actualStart") != null
                            ? r.getString("actualStart") : r.getString("plannedStart")),
                    l.date(r.getString("plannedEnd")), l.word(r.getString("status")),
                    String.join(" ", r.getList("flags", String.class, List.of()))));
        }
        return new Table(l.text("Danh sách luân chuyển", "Rotations"), List.of(l.text("Cán bộ", "Cadre"),
                l.text("Nơi đi", "From"), l.text("Chức vụ nơi đi", "Post left"), l.text("Nơi đến", "To"),
                l.text("Chức vụ nơi đến", "Post taken"), l.text("Hướng", "Direction"), l.text("Bắt đầu", "Start"),
                l.text("Kết thúc dự kiến", "Planned end"), l.text("Trạng thái", "Status"),
                l.text("Cảnh báo", "Flags")), rows);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
