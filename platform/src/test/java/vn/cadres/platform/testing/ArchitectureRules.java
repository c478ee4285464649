package vn.cadres.platform.testing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The layering every module keeps, as one rule set: each module's {@code ArchitectureTest} checks it
 * against the production classes on its class path (its own, platform's and contracts'), so a
 * service cannot import another, platform cannot reach up into a service, the published language
 * depends on nothing of ours, the domain does not speak HTTP, and no two packages import each other.
 * {@code ArchitectureRulesTest} shows that each rule reports a deliberately bad class.
 */
public final class ArchitectureRules {

    private static final String ROOT = "vn.cadres.";

    /** Top-level packages under {@code vn.cadres} that are not services; every other one is a service. */
    private static final Set<String> NOT_SERVICES = Set.of("contracts", "platform", "infra", "system", "tools");

    /** What only a web adapter may use: the web layer's own types and HTTP. */
    private static final String[] WEB = {"vn.cadres.platform.web..", "org.springframework.web..",
            "org.springframework.http..", "jakarta.servlet.."};

    private static final DescribedPredicate<JavaClass> IN_A_SERVICE = DescribedPredicate.describe("in a service",
            javaClass -> serviceOf(javaClass).isPresent());

    /**
     * A controller (or controller advice) and the classes nested in it, such as its request records: the
     * one place where HTTP meets the domain.
     */
    private static final DescribedPredicate<JavaClass> WEB_ADAPTER = DescribedPredicate.describe("web adapters",
            ArchitectureRules::isWebAdapter);

    public static final ArchRule SERVICES_DO_NOT_IMPORT_EACH_OTHER = classes().that(IN_A_SERVICE)
            .should(importNoOtherService())
            .allowEmptyShould(true)
            .because("services share only contracts and platform, so each can be changed and deployed alone");

    public static final ArchRule PLATFORM_IMPORTS_NO_SERVICE = noClasses().that().resideInAPackage("vn.cadres.platform..")
            .should().dependOnClassesThat(IN_A_SERVICE)
            .allowEmptyShould(true)
            .because("platform is what every service shares; a service that platform needs would be shared by all");

    public static final ArchRule CONTRACTS_IMPORT_NOTHING_OF_OURS = noClasses().that().resideInAPackage("vn.cadres.contracts..")
            .should().dependOnClassesThat(resideInAPackage("vn.cadres..").and(resideOutsideOfPackage("vn.cadres.contracts..")))
            .allowEmptyShould(true)
            .because("the published language is read by every consumer, which need not take platform or a service");

    public static final ArchRule DOMAIN_DOES_NOT_USE_THE_WEB = noClasses()
            .that(IN_A_SERVICE.and(DescribedPredicate.not(WEB_ADAPTER))
                    .or(resideInAnyPackage("vn.cadres.contracts..", "vn.cadres.platform.domain..")))
            .should().dependOnClassesThat(resideInAnyPackage(WEB))
            .allowEmptyShould(true)
            .because("aggregates, rules and read models refuse with platform.domain's refusals, which the web layer "
                    + "answers as problems; the domain is then testable and callable without HTTP");

    /**
     * Cycles between the areas of a module: a service's use cases and views ({@code rotation.start},
     * {@code cadre.unit} with its slices), platform's parts ({@code platform.eventstore}), the published
     * language's contexts ({@code contracts.rotation}). Within an area the aggregate and its slices refer to
     * each other by design (it handles the commands they define), and a module's root package is the
     * aggregate's or the catalogue's, so it is not an area; modules themselves cannot form a cycle in Maven.
     */
    public static final ArchRule NO_PACKAGE_CYCLES = slices().matching("vn.cadres.(*).(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(true)
            .because("an area that imports another that imports it back cannot be understood or moved alone");

    /** One name for the read side of an area, so a reader finds every view the same way (README, layout). */
    public static final ArchRule READ_SIDES_ARE_NAMED_VIEW = noClasses().that().resideInAPackage("vn.cadres..")
            .should().resideInAPackage("..query..")
            .allowEmptyShould(true)
            .because("an area's read models and query endpoints live in its view package");

    public static final ArchRule ALL = CompositeArchRule.of(SERVICES_DO_NOT_IMPORT_EACH_OTHER)
            .and(PLATFORM_IMPORTS_NO_SERVICE)
            .and(CONTRACTS_IMPORT_NOTHING_OF_OURS)
            .and(DOMAIN_DOES_NOT_USE_THE_WEB)
            .and(NO_PACKAGE_CYCLES)
            .and(READ_SIDES_ARE_NAMED_VIEW);

    private ArchitectureRules() {
    }

    /**
     * This project's production classes on the class path: neither test classes nor platform's test
     * jar, whose fixtures break the rules on purpose.
     */
    public static JavaClasses productionClasses() {
        return new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
                .importPackages("vn.cadres");
    }

    /**
     * Checks every rule against the production classes on the class path, which must include
     * {@code own} (the module's own classes), so that a test importing nothing cannot pass.
     */
    public static void check(Class<?>... own) {
        JavaClasses classes = productionClasses();
        for (Class<?> type : own) {
            if (!classes.contain(type)) {
                throw new AssertionError(type.getName() + " is not among the imported classes");
            }
        }
        ALL.check(classes);
    }

    /** The service a class belongs to (the package under {@code vn.cadres}), if it is a service's. */
    static Optional<String> serviceOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (!packageName.startsWith(ROOT)) {
            return Optional.empty();
        }
        String top = packageName.substring(ROOT.length()).split("\\.", 2)[0];
        return NOT_SERVICES.contains(top) ? Optional.empty() : Optional.of(top);
    }

    private static boolean isWebAdapter(JavaClass javaClass) {
        for (Optional<JavaClass> at = Optional.of(javaClass); at.isPresent(); at = at.get().getEnclosingClass()) {
            if (at.get().isMetaAnnotatedWith(Controller.class) || at.get().isAnnotatedWith(Controller.class)
                    || at.get().isMetaAnnotatedWith(ControllerAdvice.class)
                    || at.get().isAnnotatedWith(ControllerAdvice.class)) {
                return true;
            }
        }
        return false;
    }

    private static ArchCondition<JavaClass> importNoOtherService() {
        return new ArchCondition<>("import no other service") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String own = serviceOf(javaClass).orElseThrow();
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    serviceOf(dependency.getTargetClass()).filter(other -> !other.equals(own))
                            .ifPresent(other -> events.add(SimpleConditionEvent.violated(dependency,
                                    dependency.getDescription())));
                }
            }
        };
    }
}
