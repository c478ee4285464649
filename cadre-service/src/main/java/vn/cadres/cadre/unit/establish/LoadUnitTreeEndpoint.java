package vn.cadres.cadre.unit.establish;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.cadre.unit.Unit;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.domain.InvalidField;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;

/**
 * {@code POST /api/units/tree}: an office back-fills a whole tree of units in one call, such as a
 * province with its districts and communes. The tree is checked as a whole before anything is
 * established, then parents are established before their children.
 */
@RestController
class LoadUnitTreeEndpoint {

    private final CommandSender commands;

    LoadUnitTreeEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    /** @param effectiveDate the establishment date of every node that gives none of its own */
    record Tree(@NotNull ProvinceCode province, @NotNull LocalDate effectiveDate, @NotNull @Valid Node unit) {
    }

    record Node(
            @NotBlank @Size(max = 300) String name,
            @NotNull Level level,
            @NotNull Bloc bloc,
            @Size(max = 200) String locality,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> keyPosts,
            LocalDate effectiveDate,
            @Size(max = 1000) List<@NotNull @Valid Node> children) {
    }

    /** @param unitIds the new ids by unit name, in the order they were established */
    record Loaded(Map<String, String> unitIds) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/units/tree")
    ResponseEntity<Loaded> load(@Valid @RequestBody Tree tree, ActingOffice office) {
        List<EstablishUnit> establishments = new ArrayList<>();
        List<InvalidField> problems = new ArrayList<>();
        flatten(tree, tree.unit(), "unit.", null, establishments, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (EstablishUnit establishment : establishments) {
            commands.send(office, tree.province(), establishment);
            ids.put(establishment.name(), establishment.unitId());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Loaded(ids));
    }

    /** Parents first: each node's command precedes its children's, which name it as their parent. */
    private static void flatten(Tree tree, Node node, String path, String parentUnitId, List<EstablishUnit> into,
                                List<InvalidField> problems) {
        problems.addAll(Unit.establishmentProblems(path, node.name(), node.level(), node.locality()));
        if (into.stream().anyMatch(earlier -> earlier.name().equals(node.name()))) {
            problems.add(new InvalidField(path + "name", "appears twice in the tree; names identify the new ids"));
        }
        String unitId = UUID.randomUUID().toString();
        into.add(new EstablishUnit(unitId, node.name(), node.level(), node.bloc(), tree.province(), node.locality(),
                parentUnitId, node.keyPosts(),
                node.effectiveDate() != null ? node.effectiveDate() : tree.effectiveDate()));
        List<Node> children = node.children() == null ? List.of() : node.children();
        for (int i = 0; i < children.size(); i++) {
            flatten(tree, children.get(i), path + "children[" + i + "].", unitId, into, problems);
        }
    }
}
