package cn.congress.web.legislation;

import cn.congress.legislation.plan.LegislativePlan;
import cn.congress.legislation.plan.PlanKind;
import cn.congress.legislation.plan.PlanProject;
import cn.congress.legislation.plan.PlanService;
import cn.congress.legislation.plan.ProjectCategory;
import cn.congress.legislation.plan.ProjectProposal;
import cn.congress.legislation.plan.ProposerKind;
import cn.congress.web.Logins;
import cn.congress.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class PlanEditingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlanService plans;

    @Test
    void staffEditAProjectAndAStaleFormIsRefusedWhileTheFirstEditStays() throws Exception {
        Logins.asSystem();
        LegislativePlan plan = plans.create(new PlanService.PlanDetails(PlanKind.ANNUAL, "2040年度立法计划", 2040, 2040, null, null));
        PlanProject p = plans.addProject(plan.getId(), new PlanService.ProjectDetails("示例市湿地保护条例", ProjectCategory.FORMAL,
                "市人民政府", "市林业局", "法制工作委员会", YearMonth.of(2040, 5)));
        String base = "/legislation/plans/" + plan.getId();
        assertThat(page(base, "staff3")).contains(base + "/projects/" + p.getId() + "/edit");
        assertThat(page(base + "/projects/" + p.getId() + "/edit", "staff3")).contains("修改立法项目").contains("示例市湿地保护条例")
                .contains("name=\"version\"");

        mvc.perform(post(base + "/projects/" + p.getId() + "/edit").with(csrf()).with(Logins.as(users, "staff3"))
                        .param("title", "示例市湿地保护条例（第一次修改）").param("category", "FORMAL").param("proposingUnit", "市人民政府")
                        .param("draftingUnit", "市林业局").param("leadBody", "法制工作委员会").param("plannedMonth", "2040-07")
                        .param("version", String.valueOf(p.getVersion())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base + "#projects"));
        String stale = mvc.perform(post(base + "/projects/" + p.getId() + "/edit").with(csrf()).with(Logins.as(users, "staff3"))
                        .param("title", "旧页面提交").param("category", "RESEARCH").param("proposingUnit", "甲")
                        .param("draftingUnit", "乙").param("leadBody", "丙").param("plannedMonth", "2040-09")
                        .param("version", String.valueOf(p.getVersion())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("该记录已被他人修改");
        Logins.asSystem();
        PlanProject saved = plans.project(p.getId());
        assertThat(saved.getTitle()).isEqualTo("示例市湿地保护条例（第一次修改）");
        assertThat(saved.getPlannedMonth()).isEqualTo(LocalDate.of(2040, 7, 1));

        String invalid = mvc.perform(post(base + "/projects/" + p.getId() + "/edit").with(csrf()).with(Logins.as(users, "staff3"))
                        .param("title", "").param("category", "FORMAL").param("proposingUnit", "市人民政府")
                        .param("draftingUnit", "市林业局").param("leadBody", "法制工作委员会").param("version", String.valueOf(saved.getVersion())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("请填写标题").contains("is-invalid");

        mvc.perform(get(base + "/projects/" + p.getId() + "/edit").with(Logins.as(users, "member"))).andExpect(status().isForbidden());
        Logins.asSystem();
        LegislativePlan other = plans.create(new PlanService.PlanDetails(PlanKind.ANNUAL, "2041年度立法计划", 2041, 2041, null, null));
        mvc.perform(get("/legislation/plans/" + other.getId() + "/projects/" + p.getId() + "/edit").with(Logins.as(users, "staff3")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPendingProposalIsEditedAndADecidedOneIsNoLongerEditable() throws Exception {
        Logins.asSystem();
        LegislativePlan plan = plans.create(new PlanService.PlanDetails(PlanKind.ANNUAL, "2042年度立法计划", 2042, 2042, null, null));
        ProjectProposal pr = plans.addProposal(plan.getId(), new PlanService.ProposalDetails("关于制定快递末端服务管理条例的建议",
                ProposerKind.PUBLIC, "市民李某", LocalDate.of(2041, 9, 1), "快递驿站管理缺乏规范"));
        String base = "/legislation/plans/" + plan.getId() + "/proposals/" + pr.getId() + "/edit";
        assertThat(page(base, "staff3")).contains("修改立项建议").contains("快递驿站管理缺乏规范");

        mvc.perform(post(base).with(csrf()).with(Logins.as(users, "staff3")).param("title", "关于制定快递服务管理条例的建议")
                        .param("proposerKind", "PUBLIC").param("proposerName", "市民李某").param("receivedOn", "2041-09-01")
                        .param("reason", "快递驿站和末端投递缺乏规范").param("version", String.valueOf(pr.getVersion())))
                .andExpect(status().is3xxRedirection());
        String stale = mvc.perform(post(base).with(csrf()).with(Logins.as(users, "staff3")).param("title", "旧页面")
                        .param("proposerKind", "PUBLIC").param("proposerName", "市民李某").param("receivedOn", "2041-09-01")
                        .param("reason", "旧理由").param("version", String.valueOf(pr.getVersion())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("该记录已被他人修改");
        Logins.asSystem();
        assertThat(plans.proposalOf(plan.getId(), pr.getId()).getTitle()).isEqualTo("关于制定快递服务管理条例的建议");

        plans.recordDemonstration(pr.getId(), "必要性充分");
        plans.reject(pr.getId(), "可通过政府规章解决", LocalDate.of(2041, 11, 1));
        assertThat(page(base, "staff3")).contains("已作出决定").doesNotContain(">保存</button>");
        Logins.asSystem();
        long version = plans.proposalOf(plan.getId(), pr.getId()).getVersion();
        String refused = mvc.perform(post(base).with(csrf()).with(Logins.as(users, "staff3")).param("title", "再改")
                        .param("proposerKind", "PUBLIC").param("proposerName", "市民李某").param("receivedOn", "2041-09-01")
                        .param("reason", "理由").param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("该立项建议已作出决定，不能再修改");
        Logins.asSystem();
        assertThat(plans.proposalOf(plan.getId(), pr.getId()).getTitle()).isEqualTo("关于制定快递服务管理条例的建议");
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(Logins.as(users, user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
