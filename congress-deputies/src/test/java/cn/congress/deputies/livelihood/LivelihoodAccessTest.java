package cn.congress.deputies.livelihood;

import cn.congress.deputies.roster.DelegationRepository;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.term.TermRepository;
import cn.congress.testsupport.CongressTest;
import cn.congress.testsupport.SqlCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who sees and does what: organs only their own projects, each congress level only its own chain; then evaluation. */
@CongressTest
class LivelihoodAccessTest {

    @Autowired LivelihoodService service;
    @Autowired LivelihoodVoting voting;
    @Autowired LivelihoodQueries queries;
    @Autowired LivelihoodImplementation implementation;
    @Autowired LivelihoodEvaluation evaluation;
    @Autowired SessionService sessions;
    @Autowired UserAccountRepository accounts;
    @Autowired OrgUnitRepository orgs;
    @Autowired TermRepository terms;
    @Autowired DeputyRepository deputyRepo;
    @Autowired DelegationRepository delegations;
    @Autowired JdbcTemplate jdbc;

    Chain chain;

    @BeforeEach
    void setUp() {
        chain = new Chain(new Chain.Beans(service, voting, queries, implementation, evaluation, sessions, accounts, orgs, terms,
                deputyRepo, delegations, jdbc));
        chain.rule("livelihood.tie-rule", "REVOTE");
        chain.rule("livelihood.shortfall-rule", "LEAVE_VACANT");
    }

    @AfterEach
    void tearDown() {
        Chain.clear();
    }

    /** Two adopted projects of {@code chain.organ}. */
    private void adoptTwo() {
        chain.deputies(4).deliberated(2, "老旧小区改造", "平价药店", "校园周边交通").session(0);
        chain.hold(chain.putToVote(), 4, (voter, project) -> project.equals(chain.projectIds.get(2)) ? BallotChoice.NO : BallotChoice.YES);
    }

    @Test
    void anOrganReportsOnlyOnItsOwnProjects() {
        adoptTwo();
        long project = chain.projectIds.get(0);
        UserAccount own = chain.account("unit", chain.organ);
        OrgUnit otherOrgan = chain.org("市教育局", OrgType.GOVERNMENT_DEPARTMENT, null);
        UserAccount other = chain.account("unit", otherOrgan);

        Chain.as(own, Role.UNIT);
        assertThat(queries.organProjects()).extracting(ProjectRow::id).containsExactlyInAnyOrderElementsOf(chain.projectIds.subList(0, 2));
        implementation.start(project);
        implementation.report(project, new LivelihoodImplementation.Report(30, new BigDecimal("1000000"), "完成设计招标", false, null),
                List.of(new LivelihoodImplementation.Upload("现场.png", png())));
        assertThat(queries.project(project).reports().get(0).photos()).hasSize(1);
        assertThat(queries.project(project).can("REPORT")).isTrue();

        Chain.as(other, Role.UNIT);
        assertThat(queries.organProjects()).isEmpty();
        assertThatThrownBy(() -> queries.project(project)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> implementation.report(project, new LivelihoodImplementation.Report(50, BigDecimal.ONE, "冒报", false, null), List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.project(987654321L)).isInstanceOf(NotFoundException.class);
        // a candidate that was not adopted is not the organ's business either
        Chain.as(own, Role.UNIT);
        assertThatThrownBy(() -> queries.project(chain.projectIds.get(2))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDistrictCongressRunsItsOwnChainAndSeesOnlyItsLevel() {
        chain.deputies(3);
        chain.asStaff();
        long cityProgramme = service.createProgramme(2301, "2301年市级民生实事项目", 2);

        OrgUnit district = chain.org("东城区人大常委会", OrgType.DISTRICT_CONGRESS, null);
        OrgUnit districtOffice = chain.org("东城区人大常委会办公室", OrgType.OTHER, district);
        UserAccount districtStaff = chain.account("dstaff", districtOffice);
        Chain.as(districtStaff, Role.STAFF);
        long districtProgramme = service.createProgramme(2301, "2301年东城区民生实事项目", 3);
        long districtProject = service.propose(districtProgramme, Chain.proposal("口袋公园"), ProposalSource.STATION, "东华门街道代表联络站");

        assertThat(queries.programme(districtProgramme).level()).isEqualTo(Level.DISTRICT);
        assertThat(queries.programmes()).extracting(ProgrammeRow::id).contains(districtProgramme).doesNotContain(cityProgramme);
        assertThatThrownBy(() -> queries.programme(cityProgramme)).isInstanceOf(NotFoundException.class);

        chain.asStaff();
        assertThat(queries.programmes()).extracting(ProgrammeRow::id).contains(cityProgramme).doesNotContain(districtProgramme);
        assertThatThrownBy(() -> queries.programme(districtProgramme)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.project(districtProject)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.screenOut(districtProject, "越权")).isInstanceOf(NotFoundException.class);

        Chain.as(chain.deputies.get(0), Role.DEPUTY);
        assertThatThrownBy(() -> queries.programme(districtProgramme)).isInstanceOf(NotFoundException.class);
        assertThat(queries.programmes()).extracting(ProgrammeRow::id).doesNotContain(districtProgramme);
    }

    @Test
    void residentsProposeWithConsentAndStaffSeeThePhoneMasked() {
        chain.deputies(2);
        chain.asStaff();
        long programme = service.createProgramme(2302, "2302年民生实事项目", 1);
        Chain.clear();
        assertThatThrownBy(() -> service.proposeAsResident(programme, new LivelihoodService.ResidentProposal(Chain.proposal("加装电梯"),
                "王女士", "13812341234", false))).isInstanceOf(DomainException.class).hasMessageContaining("同意");
        String code = service.proposeAsResident(programme, new LivelihoodService.ResidentProposal(Chain.proposal("加装电梯"),
                "王女士", "13812341234", true));
        String anonymous = service.proposeAsResident(programme, new LivelihoodService.ResidentProposal(Chain.proposal("增设公厕"),
                "", "", false));

        chain.asStaff();
        ProgrammeView view = queries.programme(programme);
        assertThat(view.pending()).hasSize(2);
        assertThat(view.pending().get(0).proposer()).isEqualTo("王女士（138****1234）");
        long id = view.pending().get(1).id();
        service.moderate(id, false, "与已立项的公厕建设计划重复");
        assertThat(jdbc.queryForObject("select contact_phone from livelihood_project where receipt_code = ?", String.class, anonymous)).isNull();
        assertThat(jdbc.queryForObject("select consent_notice_version from livelihood_project where receipt_code = ?", String.class, code))
                .isEqualTo(LivelihoodService.PRIVACY_NOTICE_VERSION);
    }

    @Test
    void implementationAdjustmentsAndTheYearEndEvaluation() {
        adoptTwo();
        long good = chain.projectIds.get(0);
        long poor = chain.projectIds.get(1);
        UserAccount unit = chain.account("unit", chain.organ);
        Chain.as(unit, Role.UNIT);
        implementation.start(good);
        implementation.start(poor);
        implementation.addMilestone(good, "完成施工招标", LocalDate.of(2100, 3, 31));
        implementation.report(poor, new LivelihoodImplementation.Report(20, new BigDecimal("500000"), "选址调整", true, "选址涉及规划调整"), List.of());
        assertThat(chain.status(poor)).isEqualTo(ProjectStatus.DELAYED);

        chain.asStaff();
        assertThatThrownBy(() -> implementation.adjust(poor, " ", null, "调整", null, null, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("常委会决定");
        implementation.adjust(poor, "第十七届人大常委会第二十次会议决定", LocalDate.of(2100, 6, 28), "调整实施地点", null,
                new BigDecimal("4500000"), LocalDate.of(2101, 6, 30));
        assertThat(queries.project(poor).adjustments()).hasSize(1);
        implementation.assignSupervisors(good, List.of(chain.deputies.get(0).getId(), chain.deputies.get(1).getId()));
        Chain.as(chain.deputies.get(0), Role.DEPUTY);
        implementation.inspect(good, LocalDate.of(2100, 5, 20), "代表监督小组 2 人", "进度符合计划");
        Chain.as(chain.deputies.get(3), Role.DEPUTY);
        assertThatThrownBy(() -> implementation.inspect(good, LocalDate.of(2100, 5, 20), "冒名", "无"))
                .isInstanceOf(AccessDeniedException.class);

        Chain.as(unit, Role.UNIT);
        implementation.complete(good, new BigDecimal("4800000"), "全部完工并交付使用");
        implementation.complete(poor, new BigDecimal("4500000"), "完工");
        chain.asStaff();
        evaluation.open(chain.programmeId);
        for (int i = 0; i < 4; i++) {
            Chain.as(chain.deputies.get(i), Role.DEPUTY);
            evaluation.rate(chain.programmeId, Map.of(good, i < 3 ? Rating.SATISFIED : Rating.UNSATISFIED,
                    poor, i < 1 ? Rating.BASIC : Rating.UNSATISFIED));
        }
        assertThatThrownBy(() -> evaluation.rate(chain.programmeId, Map.of(good, Rating.SATISFIED, poor, Rating.SATISFIED)))
                .isInstanceOf(DomainException.class).hasMessageContaining("只能测评一次");
        chain.asStaff();
        evaluation.close(chain.programmeId);
        assertThat(chain.status(good)).isEqualTo(ProjectStatus.EVALUATED);
        assertThat(queries.project(good).row().favourablePercent()).isEqualTo(75);
        assertThat(chain.status(poor)).isEqualTo(ProjectStatus.RECTIFYING);

        Chain.as(unit, Role.UNIT);
        implementation.rectify(poor, "已完成整改：增设无障碍通道并延长服务时间");
        assertThat(chain.status(poor)).isEqualTo(ProjectStatus.RECTIFIED);
    }

    @Test
    void theProjectPageIsReadInAFewStatements() {
        adoptTwo();
        long project = chain.projectIds.get(0);
        chain.asStaff();
        implementation.addMilestone(project, "完成设计", LocalDate.of(2100, 2, 1));
        implementation.addMilestone(project, "完成施工", LocalDate.of(2100, 9, 1));
        SqlCounter.reset();
        queries.project(project);
        long single = SqlCounter.count();
        queries.programme(chain.programmeId);
        assertThat(single).isBetween(1L, 20L);
        implementation.addMilestone(project, "完成验收", LocalDate.of(2100, 11, 1));
        SqlCounter.reset();
        queries.project(project);
        assertThat(SqlCounter.count()).isEqualTo(single);
        SqlCounter.reset();
        queries.programme(chain.programmeId);
        assertThat(SqlCounter.count()).isLessThan(25);
    }

    private static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    }
}
