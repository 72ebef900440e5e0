package cn.congress.oversight.opinion;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.member.ScMemberRepository;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.Committee;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.shared.ConcurrentEditException;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.SystemTask;
import cn.congress.domain.shared.TimelineEntry;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.domain.term.TermRepository;
import cn.congress.oversight.OversightFixture;
import cn.congress.oversight.OversightScenario;
import cn.congress.oversight.dossier.TopicDossier;
import cn.congress.oversight.opinion.OpinionViews.ProblemFilter;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.oversight.plan.TopicStatus;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole loop of one topic, from the plan to 销号 and a re-opened report after 不满意. */
@CongressTest
class OversightLoopTest {

    @Autowired OversightPlanService plans;
    @Autowired OpinionService opinions;
    @Autowired ProblemService problems;
    @Autowired OpinionQueries queries;
    @Autowired TopicDossier dossier;
    @Autowired SessionService sessions;
    @Autowired VoteService votes;
    @Autowired Rules rules;
    @Autowired OrgUnitRepository orgs;
    @Autowired UserAccountRepository accounts;
    @Autowired ScMemberRepository members;
    @Autowired TermRepository terms;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired List<cn.congress.domain.figures.FigureSource> figureSources;

    OversightScenario s;
    Committee committee;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        s = new OversightScenario(new OversightFixture(orgs, accounts), plans, opinions);
        committee = new Committee(accounts, members, terms);
    }

    @AfterEach
    void tearDown() {
        OversightFixture.clear();
    }

    @Test
    void theWholeLoopWithAReturnedItemAndADissatisfiedResultThatReopensTheReport() {
        List<UserAccount> people = committee.freshMembers(6);
        Meeting session = OversightScenario.session(sessions, committee, s.staff, people, today);
        long topicId = s.heardTopic("听取和审议义务教育“双减”工作情况的报告", session.getId());
        long opinionId = s.opinion(topicId, today);

        var issued = queries.opinion(opinionId);
        assertThat(issued.documentNo()).matches("示人大常审〔" + today.getYear() + "〕\\d+号");
        assertThat(issued.currentRound().dueOn()).isEqualTo(today.plusMonths(3));
        long item1 = s.item(opinionId, s.organA, "课后服务覆盖不均衡", today.plusMonths(2));
        long item2 = s.item(opinionId, s.organB, "校外培训监管存在盲区", today.plusMonths(2));

        // the organ reports with evidence and submits; staff return it with reasons; the organ resubmits; staff close
        s.asUnitA();
        problems.report(item1, version(item1), "制定课后服务实施方案", "已覆盖80%学校", false);
        problems.attachEvidence(item1, "方案.txt", "课后服务实施方案".getBytes(StandardCharsets.UTF_8));
        problems.report(item1, version(item1), "制定课后服务实施方案并督导落实", "已覆盖全部学校", true);
        s.asStaff();
        problems.verify(item1, version(item1), ProblemStep.RETURN, "佐证材料不足，请补充督导报告");
        assertThat(status(item1)).isEqualTo("RECTIFYING");
        s.asUnitA();
        assertThat(queries.problem(item1).returnReason()).isEqualTo("佐证材料不足，请补充督导报告");
        problems.report(item1, version(item1), "补充督导报告", "全部学校开展课后服务", true);
        s.asStaff();
        problems.verify(item1, version(item1), ProblemStep.CLOSE, null);
        assertThat(status(item1)).isEqualTo("CLOSED");
        assertThat(queries.problem(item1).actions()).containsExactly(ProblemStep.REOPEN);
        assertThatThrownBy(() -> problems.edit(item1, version(item1), new ProblemDetails("改", s.organA.getId(), "改", today)))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("已销号");
        s.asUnitA();
        assertThatThrownBy(() -> problems.report(item1, version(item1), "再改", null, false)).isInstanceOf(TransitionRefused.class);

        // the handling report, evaluated 不满意: (2 满意 + 1 基本满意) is not more than half of 6 present
        opinions.submitReport(opinionId, "关于审议意见研究处理情况的报告（第一轮）");
        s.asStaff();
        long vote1 = opinions.scheduleEvaluation(opinionId, session.getId());
        Committee.holdVote(votes, s.staff, vote1, people, i -> i < 2 ? BallotChoice.YES : i < 3 ? BallotChoice.ABSTAIN : BallotChoice.NO);
        s.asStaff();
        var reopened = queries.opinion(opinionId);
        assertThat(reopened.status()).isEqualTo(OpinionStatus.RE_REPORT);
        assertThat(reopened.rounds()).hasSize(2);
        assertThat(reopened.rounds().get(0).passed()).isFalse();
        assertThat(reopened.rounds().get(0).dissatisfied()).isEqualTo(3);
        assertThat(reopened.currentRound().dueOn()).isEqualTo(today.plusMonths(rules.integer("oversight.re-report-months")));

        // the second round passes: 3 满意 + 1 基本满意 of 6
        s.asUnitA();
        opinions.submitReport(opinionId, "关于审议意见研究处理情况的报告（第二轮）");
        s.asStaff();
        long vote2 = opinions.scheduleEvaluation(opinionId, session.getId());
        Committee.holdVote(votes, s.staff, vote2, people, i -> i < 3 ? BallotChoice.YES : i < 4 ? BallotChoice.ABSTAIN : BallotChoice.NO);
        s.asStaff();
        assertThat(queries.opinion(opinionId).status()).isEqualTo(OpinionStatus.ACCEPTED);

        // the topic page shows the whole path
        var page = dossier.page(topicId);
        assertThat(page.topic().status()).isEqualTo(TopicStatus.OPINION_ISSUED);
        assertThat(page.timeline()).extracting(TimelineEntry::labelKey).contains("enum.TopicStep.CREATE", "enum.TopicStep.SCHEDULE",
                "enum.TopicStep.RECORD_HEARD", "enum.OpinionStep.ISSUE", "enum.ProblemStep.RETURN", "enum.ProblemStep.CLOSE",
                "enum.OpinionStep.EVALUATION_FAILED", "enum.OpinionStep.EVALUATION_PASSED");
        assertThat(page.opinion().items()).extracting(OpinionViews.ProblemRow::id).containsExactly(item1, item2);
        assertThat(queries.problem(item1).evidence()).hasSize(1);

        // the yearly figures count the plan's records and link to the lists they count
        var figures = figureSources.stream().flatMap(f -> f.figures(cn.congress.domain.figures.Period.year(s.year)).stream())
                .filter(f -> f.key().startsWith("oversight.")).toList();
        assertThat(figures).anySatisfy(f -> {
            assertThat(f.key()).isEqualTo("oversight.problems-total");
            assertThat(f.value().intValue()).isEqualTo(2);
            assertThat(f.link()).isEqualTo("/oversight/problems?year=" + s.year);
        });
        assertThat(figures).anySatisfy(f -> {
            assertThat(f.key()).isEqualTo("oversight.satisfaction-votes");
            assertThat(f.value().intValue()).isEqualTo(2);
        });
        assertThat(figures).anySatisfy(f -> {
            assertThat(f.key()).isEqualTo("oversight.reports-heard");
            assertThat(f.value().intValue()).isEqualTo(1);
        });
    }

    @Test
    void theReportDeadlineComesFromTheRulesInForceOnTheDayOfIssue() {
        LocalDate later = today.plusYears(3).withDayOfMonth(1);
        SystemTask.run(() -> rules.schedule("oversight.report-months.special", later, "6", "测试：改为六个月"));
        List<UserAccount> people = committee.freshMembers(3);
        Meeting session = OversightScenario.session(sessions, committee, s.staff, people, today);
        long before = s.opinion(s.heardTopic("按现行规则", session.getId()), today);
        long after = s.opinion(s.heardTopic("按新规则", session.getId()), later);
        assertThat(queries.opinion(before).currentRound().dueOn()).isEqualTo(today.plusMonths(3));
        assertThat(queries.opinion(after).currentRound().dueOn()).isEqualTo(later.plusMonths(6));
    }

    @Test
    void aUnitSeesAndReportsOnlyItsOwnOrgansItemsEvenByGuessedIds() {
        List<UserAccount> people = committee.freshMembers(3);
        Meeting session = OversightScenario.session(sessions, committee, s.staff, people, today);
        long opinionId = s.opinion(s.heardTopic("单位隔离", session.getId()), today);
        long ofA = s.item(opinionId, s.organA, "甲单位的问题", today.plusMonths(1));
        long ofB = s.item(opinionId, s.organB, "乙单位的问题", today.plusMonths(1));

        s.asUnitB();
        assertThatThrownBy(() -> queries.problem(ofA)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> problems.report(ofA, 0, "越权报送", null, true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> problems.attachEvidence(ofA, "x.txt", "x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> problems.evidence(ofA)).isInstanceOf(NotFoundException.class);
        assertThat(queries.problems(ProblemFilter.none(), PageRequest.of(0, 50)).getContent())
                .extracting(OpinionViews.ProblemRow::id).contains(ofB).doesNotContain(ofA);
        // the opinion addressed to organ A is visible to B only because B holds an item in it, and shows only B's items
        assertThat(queries.opinion(opinionId).items()).extracting(OpinionViews.ProblemRow::id).containsExactly(ofB);

        problems.report(ofB, version(ofB), "乙单位整改", null, true);
        // only staff close, never the unit
        assertThatThrownBy(() -> problems.verify(ofB, version(ofB), ProblemStep.CLOSE, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(status(ofB)).isEqualTo("REPORTED");
    }

    @Test
    void twoStaffEditingOneItemGetAConflictAndTheFirstEditStays() {
        List<UserAccount> people = committee.freshMembers(3);
        Meeting session = OversightScenario.session(sessions, committee, s.staff, people, today);
        long opinionId = s.opinion(s.heardTopic("并发编辑", session.getId()), today);
        long item = s.item(opinionId, s.organA, "原描述", today.plusMonths(1));
        long seen = version(item);
        s.asStaff();
        problems.edit(item, seen, new ProblemDetails("第一位的修改", s.organA.getId(), "措施一", today.plusMonths(2)));
        assertThatThrownBy(() -> problems.edit(item, seen, new ProblemDetails("第二位的修改", s.organA.getId(), "措施二", today)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(queries.problem(item).description()).isEqualTo("第一位的修改");
    }

    @Test
    void openItemsAreCarriedIntoNextYearsFollowUpKeepingTheirHistory() {
        List<UserAccount> people = committee.freshMembers(3);
        Meeting session = OversightScenario.session(sessions, committee, s.staff, people, today);
        long topicId = s.heardTopic("回头看原议题", session.getId());
        long opinionId = s.opinion(topicId, today);
        long open = s.item(opinionId, s.organA, "未整改完毕的问题", today.minusDays(1));
        long done = s.item(opinionId, s.organA, "已整改的问题", today.plusMonths(1));
        s.asUnitA();
        problems.report(done, version(done), "已整改", null, true);
        s.asStaff();
        problems.verify(done, version(done), ProblemStep.CLOSE, null);
        assertThat(queries.problems(new ProblemFilter(null, null, s.year, null, true, null), PageRequest.of(0, 10)).getContent())
                .extracting(OpinionViews.ProblemRow::id).containsExactly(open);

        plans.createPlan(s.year + 1, "下一年度计划");
        long nextPlan = jdbc.queryForObject("select id from oversight_plan where year = ?", Long.class, s.year + 1);
        assertThat(nextPlan).isPositive();
        long followUp = plans.planFollowUp(topicId, s.year + 1);
        plans.schedule(followUp, session.getId());
        plans.take(followUp, cn.congress.oversight.plan.TopicStep.RECORD_HEARD, null);
        long followUpOpinion = opinions.issue(followUp, new OpinionService.Issue("回头看审议意见", "正文", ReportKind.SPECIAL, today));
        assertThat(opinions.carryOver(opinionId, followUpOpinion)).isEqualTo(1);

        assertThat(status(open)).isEqualTo("CARRIED_OVER");
        var carried = queries.opinion(followUpOpinion).items();
        assertThat(carried).hasSize(1);
        var view = queries.problem(carried.get(0).id());
        assertThat(view.carriedFromId()).isEqualTo(open);
        assertThat(view.history()).extracting(TimelineEntry::labelKey).startsWith("enum.ProblemStep.CREATE")
                .contains("enum.ProblemStep.CARRY_OVER");
        assertThatThrownBy(() -> opinions.carryOver(opinionId, followUpOpinion)).isInstanceOf(DomainException.class);
    }

    private long version(long problemId) {
        return jdbc.queryForObject("select version from oversight_problem where id = ?", Long.class, problemId);
    }

    private String status(long problemId) {
        return jdbc.queryForObject("select status from oversight_problem where id = ?", String.class, problemId);
    }

    static void asMember(UserAccount a) {
        OversightFixture.as(a, Role.MEMBER);
    }
}
