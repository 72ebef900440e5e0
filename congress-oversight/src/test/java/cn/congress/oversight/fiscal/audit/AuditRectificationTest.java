package cn.congress.oversight.fiscal.audit;

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
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.term.TermRepository;
import cn.congress.oversight.OversightFixture;
import cn.congress.oversight.OversightScenario;
import cn.congress.oversight.fiscal.FiscalScenario;
import cn.congress.oversight.fiscal.audit.AuditViews.FindingDetails;
import cn.congress.oversight.fiscal.budget.ImportService;
import cn.congress.oversight.fiscal.budget.WarningQueries;
import cn.congress.oversight.fiscal.budget.WarningService;
import cn.congress.oversight.fiscal.budget.WarningStatus;
import cn.congress.oversight.fiscal.budget.WarningViews;
import cn.congress.oversight.fiscal.audit.AuditViews.FindingRow;
import cn.congress.oversight.opinion.OpinionQueries;
import cn.congress.oversight.opinion.OpinionService;
import cn.congress.oversight.opinion.OpinionStatus;
import cn.congress.oversight.opinion.ProblemService;
import cn.congress.oversight.opinion.ProblemSource;
import cn.congress.oversight.opinion.ProblemStatus;
import cn.congress.oversight.opinion.ProblemStep;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An audit finding through the oversight checklist to 销号, and the rectification report through the satisfaction vote. */
@CongressTest
class AuditRectificationTest {

    @Autowired AuditService audit;
    @Autowired AuditQueries queries;
    @Autowired ImportService imports;
    @Autowired WarningService warnings;
    @Autowired WarningQueries warningQueries;
    @Autowired OversightPlanService plans;
    @Autowired OpinionService opinions;
    @Autowired OpinionQueries opinionQueries;
    @Autowired ProblemService problems;
    @Autowired SessionService sessions;
    @Autowired VoteService votes;
    @Autowired Rules rules;
    @Autowired OrgUnitRepository orgs;
    @Autowired UserAccountRepository accounts;
    @Autowired ScMemberRepository members;
    @Autowired TermRepository terms;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

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
    void aFindingGoesThroughTheChecklistToClosureAndTheReportThroughTheSatisfactionVote() {
        List<UserAccount> people = committee.freshMembers(6);
        Meeting session = OversightScenario.session(sessions, committee, s.staff, people, today);
        long topicId = s.heardTopic("听取和审议审计工作报告", session.getId());
        s.asStaff();
        long reportId = audit.createReport(topicId, "关于市级预算执行和其他财政收支的审计工作报告", "审议意见：抓紧整改审计查出的问题", today);
        long ofB = audit.addFinding(reportId, new FindingDetails(s.organB.getId(), FindingKind.SPECIAL_FUNDS, "专项资金闲置未使用",
                "盘活闲置资金，收回财政统筹", new BigDecimal("1200000")));
        long ofA = audit.addFinding(reportId, new FindingDetails(s.organA.getId(), FindingKind.PROCUREMENT, "未按规定公开招标",
                "规范政府采购程序", new BigDecimal("300000")));

        // the finding is an item of the report's own checklist, due after the rules' months (six by default)
        var finding = queries.finding(ofB);
        int months = rules.integer("oversight.report-months.audit");
        assertThat(months).isEqualTo(6);
        assertThat(finding.deadline()).isEqualTo(today.plusMonths(months));
        var item = opinionQueries.problem(finding.problemId());
        assertThat(item.source()).isEqualTo(ProblemSource.AUDIT);
        assertThat(item.organId()).isEqualTo(s.organB.getId());

        // the unit rectifies with the amount recovered and submits; staff close (销号)
        s.asUnitB();
        audit.recordRecovered(ofB, queries.finding(ofB).version(), new BigDecimal("1200000"));
        assertThatThrownBy(() -> audit.recordRecovered(ofB, queries.finding(ofB).version(), new BigDecimal("1200001")))
                .isInstanceOf(DomainException.class).hasMessageContaining("不能超过");
        problems.report(finding.problemId(), version(finding.problemId()), "闲置资金120万元已收回财政统筹使用", null, true);
        s.asStaff();
        problems.verify(finding.problemId(), version(finding.problemId()), ProblemStep.CLOSE, null);
        assertThat(queries.finding(ofB).status()).isEqualTo(ProblemStatus.CLOSED);
        var report = queries.report(reportId);
        assertThat(report.findings()).isEqualTo(2);
        assertThat(report.closed()).isEqualTo(1);
        assertThat(report.recovered()).isEqualByComparingTo("1200000");
        assertThat(report.involved()).isEqualByComparingTo("1500000");
        s.asUnitB();
        assertThatThrownBy(() -> audit.recordRecovered(ofB, queries.finding(ofB).version(), BigDecimal.ONE))
                .isInstanceOf(DomainException.class).hasMessageContaining("已销号");

        // the rectification report (the opinion's handling report) is evaluated 不满意, then reported again and passed
        long opinionId = report.opinionId();
        s.asUnitA();
        opinions.submitReport(opinionId, "关于审计查出问题整改情况的报告");
        s.asStaff();
        long vote1 = opinions.scheduleEvaluation(opinionId, session.getId());
        Committee.holdVote(votes, s.staff, vote1, people, i -> i < 1 ? BallotChoice.YES : i < 2 ? BallotChoice.ABSTAIN : BallotChoice.NO);
        s.asStaff();
        assertThat(queries.report(reportId).opinionStatus()).isEqualTo(OpinionStatus.RE_REPORT);
        s.asUnitA();
        opinions.submitReport(opinionId, "关于审计查出问题整改情况的报告（第二轮）");
        s.asStaff();
        long vote2 = opinions.scheduleEvaluation(opinionId, session.getId());
        Committee.holdVote(votes, s.staff, vote2, people, i -> i < 4 ? BallotChoice.YES : BallotChoice.NO);
        s.asStaff();
        assertThat(queries.report(reportId).opinionStatus()).isEqualTo(OpinionStatus.ACCEPTED);
        assertThat(queries.reports()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(reportId);
            assertThat(r.closed()).isEqualTo(1);
        });
    }

    @Test
    void anAuditedUnitSeesOnlyItsOwnFindingsEvenByGuessedIds() {
        List<UserAccount> people = committee.freshMembers(3);
        Meeting session = OversightScenario.session(sessions, committee, s.staff, people, today);
        long topicId = s.heardTopic("审计工作报告（隔离）", session.getId());
        s.asStaff();
        long reportId = audit.createReport(topicId, "审计工作报告", "审议意见", today);
        long ofA = audit.addFinding(reportId, new FindingDetails(s.organA.getId(), FindingKind.OTHER, "甲的问题", "整改", BigDecimal.TEN));
        long ofB = audit.addFinding(reportId, new FindingDetails(s.organB.getId(), FindingKind.OTHER, "乙的问题", "整改", BigDecimal.ONE));

        s.asUnitB();
        assertThatThrownBy(() -> queries.finding(ofA)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> audit.recordRecovered(ofA, 0, BigDecimal.ONE)).isInstanceOf(NotFoundException.class);
        assertThat(queries.report(reportId).rows()).extracting(FindingRow::id).containsExactly(ofB);
        assertThat(queries.report(reportId).involved()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> problems.report(queries.finding(ofB).problemId() - 1, 0, "越权", null, true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> audit.addFinding(reportId, new FindingDetails(s.organB.getId(), FindingKind.OTHER, "x", "y", BigDecimal.ONE)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        // staff cannot state a unit's recovered amount for it
        s.asStaff();
        assertThatThrownBy(() -> audit.recordRecovered(ofB, queries.finding(ofB).version(), BigDecimal.ONE))
                .isInstanceOf(DomainException.class).hasMessageContaining("被审计单位");
    }

    @Test
    void aMonitoringWarningBecomesAProblemItemOfTheAuditReportsChecklist() {
        List<UserAccount> people = committee.freshMembers(3);
        Meeting session = OversightScenario.session(sessions, committee, s.staff, people, today);
        long topicId = s.heardTopic("审计工作报告（预警转问题）", session.getId());
        s.asStaff();
        long reportId = audit.createReport(topicId, "审计工作报告", "审议意见", today);
        long opinionId = queries.report(reportId).opinionId();

        FiscalScenario f = new FiscalScenario(new OversightFixture(orgs, accounts), imports);
        f.budget(List.of(f.line(f.deptA, "w", "2010101", "100")));
        f.month(1, List.of(f.exec("w", "2010101", "500", "0")));
        long warning = jdbc.queryForObject("select w.id from fiscal_warning w join fiscal_budget_unit u on u.id = w.unit_id where u.code = ?",
                Long.class, f.unit("w"));
        f.asStaff();
        assertThat(warningQueries.opinionsForItems()).extracting(WarningViews.OpinionOption::id).contains(opinionId);
        long problemId = warnings.toProblem(warning, warningQueries.warning(warning).version(), opinionId, "说明原因并整改", today.plusMonths(2));
        var item = opinionQueries.problem(problemId);
        assertThat(item.source()).isEqualTo(ProblemSource.MONITORING);
        assertThat(item.organId()).isEqualTo(f.deptA.getId());
        assertThat(item.description()).contains("超过预警阈值");
        assertThat(warningQueries.warning(warning).status()).isEqualTo(WarningStatus.PROBLEM);
        assertThat(warningQueries.warning(warning).problemId()).isEqualTo(problemId);
    }

    private long version(long problemId) {
        return jdbc.queryForObject("select version from oversight_problem where id = ?", Long.class, problemId);
    }
}
