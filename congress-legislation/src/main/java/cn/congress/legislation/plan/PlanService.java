package cn.congress.legislation.plan;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.legislation.support.LegislationAccess;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** 立法规划、年度计划与立项建议. */
@Service
@RequiredArgsConstructor
@Transactional
public class PlanService {

    private final LegislativePlanRepository plans;
    private final PlanProjectRepository projects;
    private final ProjectProposalRepository proposals;

    public record PlanDetails(PlanKind kind, String title, int startYear, int endYear, LocalDate adoptedOn, String remark) {
    }

    public record ProjectDetails(String title, ProjectCategory category, String proposingUnit, String draftingUnit,
                                 String leadBody, YearMonth plannedMonth) {
    }

    public record ProposalDetails(String title, ProposerKind proposerKind, String proposerName, LocalDate receivedOn, String reason) {
    }

    /** A project with its standing today. */
    public record ProjectRow(PlanViews.Project project, PlanStanding standing) {
    }

    public record PlanView(PlanViews.Plan plan, List<ProjectRow> projects, List<PlanViews.Proposal> proposals,
                           Map<PlanStanding, Long> standings) {
    }

    @Transactional(readOnly = true)
    public List<PlanViews.Plan> planList() {
        return plans().stream().map(PlanViews.Plan::of).toList();
    }

    @Transactional(readOnly = true)
    public List<LegislativePlan> plans() {
        LegislationAccess.requireReader(Caller.current());
        return plans.findAllByOrderByKindAscStartYearDesc();
    }

    @Transactional(readOnly = true)
    public PlanView view(long planId, LocalDate today) {
        LegislationAccess.requireReader(Caller.current());
        LegislativePlan plan = plan(planId);
        List<ProjectRow> rows = projects.findByPlan(planId).stream().map(p -> new ProjectRow(PlanViews.Project.of(p), p.standing(today)))
                .toList();
        Map<PlanStanding, Long> standings = new EnumMap<>(PlanStanding.class);
        rows.forEach(r -> standings.merge(r.standing(), 1L, Long::sum));
        return new PlanView(PlanViews.Plan.of(plan), rows, proposals.findByPlan(planId).stream().map(PlanViews.Proposal::of).toList(),
                standings);
    }

    @Transactional(readOnly = true)
    public List<PlanProject> annualProjects() {
        return projects.findAnnualProjects();
    }

    /** A project of an annual plan, as a form offers it to start a bill from. */
    public record ProjectChoice(long id, int year, String title) {
    }

    @Transactional(readOnly = true)
    public List<ProjectChoice> projectChoices() {
        LegislationAccess.requireReader(Caller.current());
        return projects.findAnnualProjects().stream().map(p -> new ProjectChoice(p.getId(), p.getPlan().getStartYear(), p.getTitle())).toList();
    }

    public LegislativePlan create(PlanDetails d) {
        LegislationAccess.requireStaff(Caller.current());
        return plans.save(new LegislativePlan(d.kind(), d.title(), d.startYear(), d.endYear(), d.adoptedOn(), d.remark()));
    }

    public PlanProject addProject(long planId, ProjectDetails d) {
        LegislationAccess.requireStaff(Caller.current());
        LegislativePlan plan = plan(planId);
        checkMonth(plan, d.plannedMonth());
        int order = projects.findByPlan(planId).size() + 1;
        return projects.save(new PlanProject(plan, d.title(), d.category(), d.proposingUnit(), d.draftingUnit(), d.leadBody(),
                d.plannedMonth(), order));
    }

    public PlanProject updateProject(long planId, long projectId, long expectedVersion, ProjectDetails d) {
        PlanProject p = projectOf(planId, projectId);
        p.checkVersion(expectedVersion);
        checkMonth(p.getPlan(), d.plannedMonth());
        p.update(d.title(), d.category(), d.proposingUnit(), d.draftingUnit(), d.leadBody(), d.plannedMonth());
        return p;
    }

    public PlanProject moveToYear(long projectId, int year, String reason) {
        LegislationAccess.requireStaff(Caller.current());
        PlanProject p = project(projectId);
        p.moveToYear(year, reason);
        return p;
    }

    public ProjectProposal addProposal(long planId, ProposalDetails d) {
        LegislationAccess.requireStaff(Caller.current());
        return proposals.save(new ProjectProposal(plan(planId), d.title(), d.proposerKind(), d.proposerName(), d.receivedOn(), d.reason()));
    }

    public ProjectProposal updateProposal(long planId, long proposalId, long expectedVersion, ProposalDetails d) {
        ProjectProposal p = proposalOf(planId, proposalId);
        p.checkVersion(expectedVersion);
        p.update(d.title(), d.proposerKind(), d.proposerName(), d.receivedOn(), d.reason());
        return p;
    }

    /** A project of the plan, for its edit page; another plan's project answers 404. */
    @Transactional(readOnly = true)
    public PlanViews.Plan planView(long planId) {
        return PlanViews.Plan.of(plan(planId));
    }

    /** A project for its edit form: refused unless the caller is staff. */
    @Transactional(readOnly = true)
    public PlanViews.Project projectView(long planId, long projectId) {
        LegislationAccess.requireStaff(Caller.current());
        return PlanViews.Project.of(projectOf(planId, projectId));
    }

    /** A proposal for its edit form: refused unless the caller is staff. */
    @Transactional(readOnly = true)
    public PlanViews.Proposal proposalView(long planId, long proposalId) {
        LegislationAccess.requireStaff(Caller.current());
        return PlanViews.Proposal.of(proposalOf(planId, proposalId));
    }

    @Transactional(readOnly = true)
    public PlanProject projectOf(long planId, long projectId) {
        LegislationAccess.requireStaff(Caller.current());
        PlanProject p = project(projectId);
        if (p.getPlan().getId() != planId) {
            throw new NotFoundException("立法项目", projectId);
        }
        return p;
    }

    /** A proposal of the plan, for its edit page; another plan's proposal answers 404. */
    @Transactional(readOnly = true)
    public ProjectProposal proposalOf(long planId, long proposalId) {
        LegislationAccess.requireStaff(Caller.current());
        ProjectProposal p = proposal(proposalId);
        if (p.getPlan().getId() != planId) {
            throw new NotFoundException("立项建议", proposalId);
        }
        return p;
    }

    public ProjectProposal recordDemonstration(long proposalId, String text) {
        LegislationAccess.requireStaff(Caller.current());
        ProjectProposal p = proposal(proposalId);
        p.recordDemonstration(text);
        return p;
    }

    /** 列入计划: the proposal becomes a project of its plan. */
    public ProjectProposal list(long proposalId, ProjectDetails d, String reason, LocalDate on) {
        LegislationAccess.requireStaff(Caller.current());
        ProjectProposal p = proposal(proposalId);
        PlanProject project = addProject(p.getPlan().getId(), d);
        p.list(project, on, reason);
        return p;
    }

    public ProjectProposal reject(long proposalId, String reason, LocalDate on) {
        LegislationAccess.requireStaff(Caller.current());
        ProjectProposal p = proposal(proposalId);
        p.reject(on, reason);
        return p;
    }

    @Transactional(readOnly = true)
    public PlanProject project(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("立法项目", id));
    }

    @Transactional(readOnly = true)
    public LegislativePlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("立法计划", id));
    }

    private ProjectProposal proposal(long id) {
        return proposals.findById(id).orElseThrow(() -> new NotFoundException("立项建议", id));
    }

    private static void checkMonth(LegislativePlan plan, YearMonth month) {
        if (month != null && (month.getYear() < plan.getStartYear() || month.getYear() > plan.getEndYear())) {
            throw new DomainException("计划提请时间须在" + plan.getYears() + "之内");
        }
    }
}
