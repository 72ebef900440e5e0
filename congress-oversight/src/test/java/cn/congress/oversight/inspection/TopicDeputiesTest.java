package cn.congress.oversight.inspection;

import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.deputy.PerformanceContributor;
import cn.congress.domain.deputy.PerformanceContributor.Contribution;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.shared.ConcurrentEditException;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.OversightFixture;
import cn.congress.oversight.OversightScenario;
import cn.congress.oversight.opinion.OpinionService;
import cn.congress.oversight.plan.OversightPlanQueries;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.oversight.plan.TopicDetails;
import cn.congress.oversight.plan.TopicKind;
import cn.congress.oversight.plan.TopicStep;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deputies in an inspection group reach their performance record through the domain's contributor interface, and
 * staff edit a topic with optimistic locking and an audit entry.
 */
@CongressTest
class TopicDeputiesTest {

    @Autowired OversightPlanService plans;
    @Autowired OversightPlanQueries planQueries;
    @Autowired OpinionService opinions;
    @Autowired InspectionService inspections;
    @Autowired List<PerformanceContributor> contributors;
    @Autowired OrgUnitRepository orgs;
    @Autowired UserAccountRepository accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    OversightScenario s;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        s = new OversightScenario(new OversightFixture(orgs, accounts), plans, opinions);
    }

    @AfterEach
    void tearDown() {
        OversightFixture.clear();
    }

    private List<Contribution> contributions(long deputyId, int year) {
        return contributors.stream().flatMap(c -> c.contributions(List.of(deputyId, 9_002L), year).stream())
                .filter(c -> c.deputyId() == deputyId).toList();
    }

    private long audits(String type, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where target_type = ? and action = ?", Long.class, type, action);
    }

    @Test
    void aDeputyInTheInspectionGroupCountsInTheYearTheyTookPart() {
        long inspection = s.topic("执法检查：测试条例实施情况", TopicKind.LAW_INSPECTION);
        long visit = s.topic("视察：测试项目建设", TopicKind.VISIT);
        int year = today.getYear();
        int before = contributions(9_001, year).size();
        long created = audits("TopicDeputy", "CREATE");

        inspections.addDeputy(inspection, 9_001, today);
        inspections.addDeputy(visit, 9_001, today.minusYears(1));
        inspections.addDeputy(inspection, 9_002, today);
        assertThat(audits("TopicDeputy", "CREATE")).isEqualTo(created + 3);

        List<Contribution> mine = contributions(9_001, year);
        assertThat(mine).hasSize(before + 1);
        assertThat(mine).anySatisfy(c -> {
            assertThat(c.kindKey()).isEqualTo("enum.TopicKind.LAW_INSPECTION");
            assertThat(c.title()).isEqualTo("执法检查：测试条例实施情况");
            assertThat(c.href()).isEqualTo("/oversight/topics/" + inspection);
            assertThat(c.on()).isEqualTo(today);
        });
        assertThat(contributions(9_001, year - 1)).anySatisfy(c -> assertThat(c.href()).isEqualTo("/oversight/topics/" + visit));
        assertThat(inspections.view(inspection).deputies()).extracting(InvestigationView.DeputyPart::name)
                .containsExactly("测试代表甲", "测试代表乙");

        assertThatThrownBy(() -> inspections.addDeputy(inspection, 9_001, today)).isInstanceOf(DomainException.class)
                .hasMessageContaining("已登记参加");
        assertThatThrownBy(() -> inspections.addDeputy(inspection, 9_003, today)).isInstanceOf(DomainException.class)
                .hasMessage("请选择代表");
        assertThatThrownBy(() -> inspections.addDeputy(inspection, 9_002, today.plusDays(1))).isInstanceOf(DomainException.class)
                .hasMessageContaining("不能晚于今天");

        // a dropped topic no longer counts; removing a deputy takes the entry out of their record
        plans.take(visit, TopicStep.DROP, "调整计划");
        assertThat(contributions(9_001, year - 1)).noneSatisfy(c -> assertThat(c.href()).isEqualTo("/oversight/topics/" + visit));
        long participant = inspections.view(inspection).deputies().get(0).id();
        long deleted = audits("TopicDeputy", "DELETE");
        inspections.removeDeputy(inspection, participant);
        assertThat(contributions(9_001, year)).hasSize(before);
        assertThat(audits("TopicDeputy", "DELETE")).isEqualTo(deleted + 1);
    }

    @Test
    void onlyStaffNameDeputiesAndOnlyOnAnInvestigation() {
        long inspection = s.topic("执法检查：权限测试", TopicKind.LAW_INSPECTION);
        long report = s.topic("专项工作报告：不适用", TopicKind.SPECIAL_REPORT);
        assertThatThrownBy(() -> inspections.addDeputy(report, 9_001, today)).isInstanceOf(DomainException.class);
        s.asUnitA();
        assertThatThrownBy(() -> inspections.addDeputy(inspection, 9_001, today)).isInstanceOf(AccessDeniedException.class);
        s.asStaff();
        inspections.addDeputy(inspection, 9_001, today);
        long participant = inspections.view(inspection).deputies().get(0).id();
        assertThatThrownBy(() -> inspections.removeDeputy(report, participant)).isInstanceOf(DomainException.class);
        long other = s.topic("执法检查：另一议题", TopicKind.LAW_INSPECTION);
        assertThatThrownBy(() -> inspections.removeDeputy(other, participant)).isInstanceOf(NotFoundException.class);
        assertThat(inspections.view(inspection).deputies()).hasSize(1);
    }

    @Test
    void aStaleTopicEditIsRefusedAndTheFirstEditStays() {
        long topic = s.topic("听取审议测试报告", TopicKind.SPECIAL_REPORT);
        long version = planQueries.topic(topic).version();
        long updates = jdbc.queryForObject("select count(*) from audit_entry where target_type = 'OversightTopic' and target_id = ? "
                + "and action = 'UPDATE'", Long.class, String.valueOf(topic));
        plans.editTopic(topic, version, new TopicDetails("听取审议测试报告（修改）", TopicKind.SPECIAL_REPORT, s.leadBody.getId(),
                s.organB.getId(), 9, "第一位工作人员的修改"));
        assertThatThrownBy(() -> plans.editTopic(topic, version, new TopicDetails("第二位工作人员的修改", TopicKind.SPECIAL_REPORT,
                s.leadBody.getId(), s.organA.getId(), 3, null))).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("已被他人修改");
        var t = planQueries.topic(topic);
        assertThat(t.title()).isEqualTo("听取审议测试报告（修改）");
        assertThat(t.organId()).isEqualTo(s.organB.getId());
        assertThat(t.plannedMonth()).isEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where target_type = 'OversightTopic' and target_id = ? "
                + "and action = 'UPDATE'", Long.class, String.valueOf(topic))).isEqualTo(updates + 1);
        s.asUnitA();
        assertThatThrownBy(() -> plans.editTopic(topic, t.version(), new TopicDetails("越权修改", TopicKind.SPECIAL_REPORT,
                s.leadBody.getId(), s.organA.getId(), 3, null))).isInstanceOf(AccessDeniedException.class);
    }
}
