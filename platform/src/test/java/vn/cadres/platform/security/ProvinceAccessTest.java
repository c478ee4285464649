package vn.cadres.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.ProvinceCode;

class ProvinceAccessTest {

    private static final ProvinceCode HN = ProvinceCode.of("HN");
    private static final ProvinceCode LS = ProvinceCode.of("LS");

    private final ProvinceAccess everywhere = new ProvinceAccess(new OfficesProperties(List.of("*")));
    private final ProvinceAccess hanoiOnly = new ProvinceAccess(new OfficesProperties(List.of("HN")));

    private static ActingOffice officeOf(ProvinceCode province) {
        return new ActingOffice("office-" + province, Set.of(Role.OFFICE), province);
    }

    private static ActingOffice acting(Role role) {
        return new ActingOffice(role.name().toLowerCase(), Set.of(role), null);
    }

    @Test
    void anOfficeWritesItsOwnProvinceOnADeploymentThatAcceptsIt() {
        assertThatCode(() -> everywhere.requireWrite(officeOf(HN), HN)).doesNotThrowAnyException();
        assertThatCode(() -> hanoiOnly.requireWrite(officeOf(HN), HN)).doesNotThrowAnyException();
    }

    @Test
    void anOfficeNeverWritesAnotherProvince() {
        assertThatThrownBy(() -> everywhere.requireWrite(officeOf(HN), LS))
                .isInstanceOf(ProvinceAccessDenied.class)
                .hasMessage("office HN may not write records of province LS");
    }

    @Test
    void aDeploymentRefusesProvincesItDoesNotAccept() {
        assertThatThrownBy(() -> hanoiOnly.requireWrite(officeOf(LS), LS))
                .isInstanceOf(ProvinceAccessDenied.class)
                .hasMessageContaining("does not accept records of province LS");
    }

    @Test
    void onlyOfficesWrite() {
        for (Role reader : List.of(Role.AUDITOR, Role.VIEWER, Role.ADMIN)) {
            assertThatThrownBy(() -> everywhere.requireWrite(acting(reader), HN))
                    .isInstanceOf(ProvinceAccessDenied.class);
        }
    }

    @Test
    void readersReadEveryProvinceAndAnOfficeOnlyItsOwn() {
        for (Role reader : List.of(Role.AUDITOR, Role.VIEWER, Role.ADMIN)) {
            assertThatCode(() -> everywhere.requireRead(acting(reader), LS)).doesNotThrowAnyException();
        }
        assertThatCode(() -> everywhere.requireRead(officeOf(HN), HN)).doesNotThrowAnyException();
        assertThatThrownBy(() -> everywhere.requireRead(officeOf(HN), LS))
                .isInstanceOf(ProvinceAccessDenied.class)
                .hasMessage("office HN may not read records of province LS");
    }

    @Test
    void aCallerWithNoRoleReadsNothing() {
        ActingOffice nobody = new ActingOffice("nobody", Set.of(), null);
        assertThatThrownBy(() -> ProvinceAccess.readScope(nobody, null)).isInstanceOf(ProvinceAccessDenied.class);
        assertThatThrownBy(() -> everywhere.requireRead(nobody, LS)).isInstanceOf(ProvinceAccessDenied.class);
    }

    @Test
    void anOfficeThatNamesNoProvinceReadsItsOwn() {
        assertThat(ProvinceAccess.readScope(officeOf(HN), null)).isEqualTo(HN);
        assertThat(ProvinceAccess.readScope(acting(Role.AUDITOR), null)).isNull();
    }

    @Test
    void aTypoInAcceptedProvincesFailsAtStartUp() {
        assertThatThrownBy(() -> new OfficesProperties(List.of("HN", "hanoi")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
