package cn.congress.legislation.plan;

import cn.congress.testsupport.ActAsSystem;
import org.junit.jupiter.api.extension.ExtendWith;
import cn.congress.domain.shared.ConcurrentEditException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
@ExtendWith(ActAsSystem.class)
class PlanEditingTest {

    @Autowired
    PlanService plans;

    @Test
    void aProjectIsEditedWithOptimisticLockingAndAMovedProjectKeepsItsRecord() {
        LegislativePlan plan = plans.create(new PlanService.PlanDetails(PlanKind.ANNUAL, "2031年度立法计划", 2031, 2031, null, null));
        PlanProject p = plans.addProject(plan.getId(), new PlanService.ProjectDetails("示例市河道管理条例", ProjectCategory.FORMAL,
                "市人民政府", "市水务局", "法制工作委员会", YearMonth.of(2031, 6)));
        long v0 = p.getVersion();

        plans.updateProject(plan.getId(), p.getId(), v0, new PlanService.ProjectDetails("示例市河道管理条例（修订）", ProjectCategory.FORMAL,
                "市人民政府", "市水务局", "法制工作委员会", YearMonth.of(2031, 8)));
        assertThatThrownBy(() -> plans.updateProject(plan.getId(), p.getId(), v0, new PlanService.ProjectDetails("旧页面", ProjectCategory.RESEARCH,
                "甲", "乙", "丙", YearMonth.of(2031, 9)))).isInstanceOf(ConcurrentEditException.class).hasMessageContaining("修改");
        PlanProject first = plans.project(p.getId());
        assertThat(first.getTitle()).isEqualTo("示例市河道管理条例（修订）");
        assertThat(first.getPlannedMonth()).isEqualTo(LocalDate.of(2031, 8, 1));

        plans.moveToYear(p.getId(), 2032, "调研尚未完成");
        long v1 = plans.project(p.getId()).getVersion();
        assertThatThrownBy(() -> plans.updateProject(plan.getId(), p.getId(), v1, new PlanService.ProjectDetails("示例市河道管理条例（修订）",
                ProjectCategory.FORMAL, "市人民政府", "市水务局", "法制工作委员会", YearMonth.of(2031, 12))))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("2032年度");
        plans.updateProject(plan.getId(), p.getId(), v1, new PlanService.ProjectDetails("示例市河道管理条例（修订草案）", ProjectCategory.FORMAL,
                "市人民政府", "市水务局", "法制工作委员会", YearMonth.of(2031, 8)));
        PlanProject moved = plans.project(p.getId());
        assertThat(moved.getTitle()).isEqualTo("示例市河道管理条例（修订草案）");
        assertThat(moved.getMovedToYear()).isEqualTo(2032);
        assertThat(moved.getMovedReason()).isEqualTo("调研尚未完成");
        assertThat(moved.standing(LocalDate.of(2031, 12, 31))).isEqualTo(PlanStanding.MOVED);

        LegislativePlan other = plans.create(new PlanService.PlanDetails(PlanKind.ANNUAL, "2033年度立法计划", 2033, 2033, null, null));
        assertThatThrownBy(() -> plans.projectOf(other.getId(), p.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProposalIsEditableUntilDecided() {
        LegislativePlan plan = plans.create(new PlanService.PlanDetails(PlanKind.ANNUAL, "2034年度立法计划", 2034, 2034, null, null));
        ProjectProposal pr = plans.addProposal(plan.getId(), new PlanService.ProposalDetails("关于制定电动自行车管理条例的建议",
                ProposerKind.DEPUTY, "王代表", LocalDate.of(2033, 10, 8), "电动自行车事故多发"));
        long v0 = pr.getVersion();
        plans.updateProposal(plan.getId(), pr.getId(), v0, new PlanService.ProposalDetails("关于制定电动自行车安全管理条例的建议",
                ProposerKind.DEPUTY, "王代表等10名代表", LocalDate.of(2033, 10, 8), "电动自行车火灾和事故多发"));
        assertThatThrownBy(() -> plans.updateProposal(plan.getId(), pr.getId(), v0, new PlanService.ProposalDetails("旧页面",
                ProposerKind.PUBLIC, "某市民", LocalDate.of(2033, 10, 9), "旧理由"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(plans.proposalOf(plan.getId(), pr.getId()).getTitle()).isEqualTo("关于制定电动自行车安全管理条例的建议");

        plans.recordDemonstration(pr.getId(), "确有必要，条件成熟");
        plans.reject(pr.getId(), "已有省级法规调整", LocalDate.of(2033, 12, 1));
        long v1 = plans.proposalOf(plan.getId(), pr.getId()).getVersion();
        assertThatThrownBy(() -> plans.updateProposal(plan.getId(), pr.getId(), v1, new PlanService.ProposalDetails("改名",
                ProposerKind.DEPUTY, "王代表", LocalDate.of(2033, 10, 8), "理由"))).isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("已作出决定");
    }
}
