package vn.cadres.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.fixture.ContractOnPlatform;
import vn.cadres.fixtureservice.DomainSpeakingHttp;
import vn.cadres.fixtureservice.FixtureEndpoint;
import vn.cadres.fixtureservice.ImportsAnotherService;
import vn.cadres.fixtureservice.first.First;
import vn.cadres.fixtureservice.query.QueryPackage;
import vn.cadres.fixtureservice.second.Second;
import vn.cadres.otherfixtureservice.OtherService;
import vn.cadres.platform.testing.fixture.PlatformOnAService;

/** Each layering rule reports a class that breaks it, and only that class: none of them passes by default. */
class ArchitectureRulesTest {

    @Test
    void aServiceImportingAnotherServiceIsReported() {
        assertThat(violations(ArchitectureRules.SERVICES_DO_NOT_IMPORT_EACH_OTHER, ImportsAnotherService.class,
                OtherService.class)).contains(ImportsAnotherService.class.getName());
        assertPasses(ArchitectureRules.SERVICES_DO_NOT_IMPORT_EACH_OTHER, OtherService.class, FixtureEndpoint.class);
    }

    @Test
    void platformImportingAServiceIsReported() {
        assertThat(violations(ArchitectureRules.PLATFORM_IMPORTS_NO_SERVICE, PlatformOnAService.class))
                .contains(PlatformOnAService.class.getName());
        assertPasses(ArchitectureRules.PLATFORM_IMPORTS_NO_SERVICE, ArchitectureRules.class);
    }

    @Test
    void contractsImportingPlatformIsReported() {
        assertThat(violations(ArchitectureRules.CONTRACTS_IMPORT_NOTHING_OF_OURS, ContractOnPlatform.class))
                .contains(ContractOnPlatform.class.getName());
        assertPasses(ArchitectureRules.CONTRACTS_IMPORT_NOTHING_OF_OURS, vn.cadres.contracts.ProvinceCode.class);
    }

    @Test
    void aDomainClassUsingHttpIsReportedWhileAControllerAndItsRequestMay() {
        assertThat(violations(ArchitectureRules.DOMAIN_DOES_NOT_USE_THE_WEB, DomainSpeakingHttp.class))
                .contains(DomainSpeakingHttp.class.getName());
        assertPasses(ArchitectureRules.DOMAIN_DOES_NOT_USE_THE_WEB, FixtureEndpoint.class,
                FixtureEndpoint.Request.class);
    }

    @Test
    void twoAreasImportingEachOtherAreReported() {
        assertThat(violations(ArchitectureRules.NO_PACKAGE_CYCLES, First.class, Second.class))
                .contains("Cycle detected");
        assertPasses(ArchitectureRules.NO_PACKAGE_CYCLES, First.class, ImportsAnotherService.class);
    }

    @Test
    void aReadSideNamedQueryIsReported() {
        assertThat(violations(ArchitectureRules.READ_SIDES_ARE_NAMED_VIEW, QueryPackage.class))
                .contains(QueryPackage.class.getName());
        assertPasses(ArchitectureRules.READ_SIDES_ARE_NAMED_VIEW, FixtureEndpoint.class);
    }

    private static String violations(ArchRule rule, Class<?>... classes) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(classes));
        assertThat(result.hasViolation()).as("%s reports a violation", rule.getDescription()).isTrue();
        return result.getFailureReport().toString();
    }

    private static void assertPasses(ArchRule rule, Class<?>... classes) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(classes));
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }
}
