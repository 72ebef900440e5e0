package cn.congress.domain.org;

import cn.congress.domain.org.OrgUnitService.OrgDetails;
import cn.congress.domain.shared.ConcurrentEditException;
import cn.congress.domain.shared.DomainException;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
class OrgUnitServiceTest {

    @Autowired
    OrgUnitService orgUnits;

    @Test
    void theTreeListsChildrenUnderTheirParentWithDepth() {
        OrgUnit gov = orgUnits.create("T-GOV", new OrgDetails("测试市人民政府", null, OrgType.GOVERNMENT, null, 900));
        orgUnits.create("T-EDU", new OrgDetails("测试市教育局", null, OrgType.GOVERNMENT_DEPARTMENT, gov.getId(), 2));
        orgUnits.create("T-HEALTH", new OrgDetails("测试市卫健委", null, OrgType.GOVERNMENT_DEPARTMENT, gov.getId(), 1));

        var tree = orgUnits.tree();
        int at = tree.indexOf(tree.stream().filter(n -> n.unit().code().equals("T-GOV")).findFirst().orElseThrow());
        assertThat(tree.get(at + 1).unit().code()).isEqualTo("T-HEALTH");
        assertThat(tree.get(at + 1).depth()).isEqualTo(tree.get(at).depth() + 1);
        assertThat(tree.get(at + 2).unit().code()).isEqualTo("T-EDU");
    }

    @Test
    void aUnitCannotBeMovedUnderItsOwnDescendant() {
        OrgUnit a = orgUnits.create("T-A", new OrgDetails("甲单位", null, OrgType.OTHER, null, 1));
        OrgUnit b = orgUnits.create("T-B", new OrgDetails("乙单位", null, OrgType.OTHER, a.getId(), 1));

        assertThatThrownBy(() -> orgUnits.update(a.getId(), a.getVersion(), new OrgDetails("甲单位", null, OrgType.OTHER, b.getId(), 1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("下级");
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstEditStays() {
        OrgUnit unit = orgUnits.create("T-C", new OrgDetails("丙单位", null, OrgType.OTHER, null, 1));
        long openedVersion = unit.getVersion();
        orgUnits.update(unit.getId(), openedVersion, new OrgDetails("丙单位（甲改）", null, OrgType.OTHER, null, 1));

        assertThatThrownBy(() -> orgUnits.update(unit.getId(), openedVersion, new OrgDetails("丙单位（乙改）", null, OrgType.OTHER, null, 1)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(orgUnits.get(unit.getId()).getName()).isEqualTo("丙单位（甲改）");
    }
}
