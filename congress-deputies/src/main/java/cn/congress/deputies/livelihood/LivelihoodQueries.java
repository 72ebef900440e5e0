package cn.congress.deputies.livelihood;

import cn.congress.deputies.roster.RosterService;
import cn.congress.domain.account.Role;
import cn.congress.domain.attachment.AttachmentInfo;
import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.SessionStatus;
import cn.congress.domain.session.SessionSummary;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TimelineEntry;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Read models of the livelihood pages, built in read-only transactions after the access checks. */
@Service
@RequiredArgsConstructor
public class LivelihoodQueries {

    private final LivelihoodService service;
    private final LivelihoodImplementation implementation;
    private final LivelihoodEvaluation evaluation;
    private final LivelihoodAccess access;
    private final ProgrammeRepository programmes;
    private final ProjectRepository projects;
    private final BallotRepository ballots;
    private final MilestoneRepository milestones;
    private final ProgressRepository reports;
    private final SupervisorRepository supervisors;
    private final SupervisionInspectionRepository inspections;
    private final AdjustmentRepository adjustments;
    private final EventRepository events;
    private final OrgUnitRepository orgs;
    private final OrgUnitService orgService;
    private final AttachmentService attachments;
    private final RosterService roster;
    private final SessionService sessions;
    private final SessionAgenda agenda;
    private final VoteService votes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** Whether the caller may start a year's programme (the list's form; {@link LivelihoodService#createProgramme} refuses the others). */
    public boolean canStartProgramme() {
        return access.isStaff(Caller.current());
    }

    /** The programmes the caller may open: staff their own congress's, deputies and members the city's. */
    @Transactional(readOnly = true)
    public List<ProgrammeRow> programmes() {
        Caller caller = Caller.current();
        List<LivelihoodProgramme> list;
        if (caller.has(Role.STAFF)) {
            list = programmes.findByCongressOrgIdOrderByYearDesc(access.congressOf(caller));
        } else if (caller.hasAny(Role.DEPUTY, Role.MEMBER)) {
            list = programmes.findByCongressOrgIdOrderByYearDesc(access.cityCongress());
        } else {
            caller.require("查看民生实事项目", Role.STAFF, Role.DEPUTY, Role.MEMBER);
            list = List.of();
        }
        return rows(list);
    }

    private List<ProgrammeRow> rows(List<LivelihoodProgramme> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, BigDecimal> budgets = new HashMap<>();
        jdbc.query("""
                select programme_id,
                       count(*) filter (where status not in ('PENDING_MODERATION', 'REJECTED')),
                       count(*) filter (where status in ('CANDIDATE', 'CANDIDATE_CONFIRMED', 'ON_BALLOT', 'SELECTED', 'NOT_SELECTED',
                                                         'IMPLEMENTING', 'DELAYED', 'COMPLETED', 'EVALUATED', 'RECTIFYING', 'RECTIFIED')),
                       count(*) filter (where status in ('SELECTED', 'IMPLEMENTING', 'DELAYED', 'COMPLETED', 'EVALUATED', 'RECTIFYING', 'RECTIFIED')),
                       coalesce(sum(estimated_budget) filter (where status in ('SELECTED', 'IMPLEMENTING', 'DELAYED', 'COMPLETED',
                                                                               'EVALUATED', 'RECTIFYING', 'RECTIFIED')), 0)
                from livelihood_project where programme_id = any (?) group by programme_id
                """, rs -> {
            counts.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            budgets.put(rs.getLong(1), rs.getBigDecimal(5));
        }, (Object) list.stream().map(LivelihoodProgramme::getId).toArray(Long[]::new));
        Map<Long, String> names = orgNames(list.stream().map(LivelihoodProgramme::getCongressOrgId).toList());
        return list.stream().map(p -> {
            long[] c = counts.getOrDefault(p.getId(), new long[3]);
            return new ProgrammeRow(p.getId(), p.getYear(), p.getTitle(), p.getLevel(), names.get(p.getCongressOrgId()), p.getQuota(),
                    p.getStatus(), c[0], c[1], c[2], budgets.getOrDefault(p.getId(), BigDecimal.ZERO));
        }).toList();
    }

    Map<Long, String> orgNames(Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        wanted.remove(null);
        Map<Long, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            orgs.findAllById(wanted).forEach(o -> names.put(o.getId(), o.getName()));
        }
        return names;
    }

    /** Rows of projects as the caller may see them (contact data masked; proposers named for staff only). */
    List<ProjectRow> projectRows(List<LivelihoodProject> list, boolean staff) {
        Map<Long, String> names = orgNames(list.stream().map(LivelihoodProject::getResponsibleOrgId).toList());
        return list.stream().map(p -> row(p, names.get(p.getResponsibleOrgId()), staff)).toList();
    }

    static ProjectRow row(LivelihoodProject p, String organName, boolean staff) {
        String proposer = switch (p.getSource()) {
            case GOVERNMENT -> "政府部门";
            case DEPUTY -> p.getProposerName() + "代表";
            case STATION -> p.getStationName();
            case RESIDENT -> staff && p.getContactPhone() != null ? p.getProposerName() + "（" + p.maskedPhone() + "）" : p.getProposerName();
        };
        return new ProjectRow(p.getId(), p.getProgramme().getId(), p.getProgramme().getYear(), p.getTitle(), p.getArea(),
                p.getEstimatedBudget(), organName == null ? p.getProposedOrgan() : organName, p.getSource(), proposer,
                p.getStatus(), p.getScreeningNote(), p.getOutReason(), p.getBallotYes(), p.getBallotNo(), p.getBallotAbstain(),
                p.getProgressPercent(), p.getBudgetSpent(), p.getExpectedCompletion(), p.getDelayReason(), p.favourablePercent(),
                p.getEvaluationPassed());
    }

    @Transactional(readOnly = true)
    public ProgrammeView programme(long id) {
        Caller caller = Caller.current();
        LivelihoodProgramme p = service.programme(id);
        access.requireVisible(caller, p);
        boolean staff = access.isStaffOf(caller, p);
        List<LivelihoodProject> all = projects.findByProgramme(id);
        List<LivelihoodProject> visible = staff ? all : all.stream().filter(x -> ProjectStatus.LISTED.contains(x.getStatus())).toList();
        List<ProjectRow> rows = projectRows(visible, staff);
        boolean rated = caller.accountId() != null && p.getStatus() == ProgrammeStatus.EVALUATING
                && evaluation.hasRated(id, caller.accountId());
        return new ProgrammeView(p.getId(), p.getVersion(), p.getYear(), p.getTitle(), p.getLevel(),
                orgNames(List.of(p.getCongressOrgId())).get(p.getCongressOrgId()), p.getQuota(), p.getStatus(),
                service.requiredCandidates(p.getQuota(), LocalDate.now(clock)), p.getDeliberationMeeting(), p.getDeliberatedOn(),
                p.getSentToDeputiesOn(), p.getSessionTitle(), p.getTieRule(), p.getShortfallRule(), p.getDecisionNumber(),
                p.getDecidedOn(), p.getProgressSessionTitle(), p.getEvaluationPassPercent(), p.getEvaluationOpenedOn(),
                p.getEvaluationClosedOn(), rows, rounds(id, all), access.actions(caller, p), staff, rated);
    }

    private List<RoundView> rounds(long programmeId, List<LivelihoodProject> all) {
        Map<Long, String> titles = new HashMap<>();
        all.forEach(p -> titles.put(p.getId(), p.getTitle()));
        return ballots.findByProgramme(programmeId).stream().map(b -> {
            Vote v = votes.get(b.getVoteId());
            return new RoundView(b.getRound(), b.getPurpose(), b.getPlaces(), b.getVoteId(), v.getStatus(), b.getParticipants(),
                    b.getPresent(), b.isConcluded(), b.getCandidates().stream().map(c -> new RoundView.Candidate(c.getProjectId(),
                    c.getPosition(), titles.get(c.getProjectId()), c.getYes(), c.getNo(), c.getAbstain(), c.getPassed(),
                    c.getElected())).toList());
        }).toList();
    }

    @Transactional(readOnly = true)
    public ProjectView project(long id) {
        Caller caller = Caller.current();
        LivelihoodProject p = service.project(id);
        boolean supervisor = implementation.isSupervisor(caller, id);
        access.requireVisible(caller, p, supervisor);
        boolean staff = access.isStaffOf(caller, p.getProgramme());
        Map<Long, String> names = orgNames(java.util.Collections.singletonList(p.getResponsibleOrgId()));
        LocalDate today = LocalDate.now(clock);
        List<ProgressReport> reportList = reports.findByProjectIdOrderByReportedOnDescIdDesc(id);
        Map<Long, List<AttachmentInfo>> photos = photosOf(reportList);
        List<Supervisor> group = supervisors.findByProjectIdOrderById(id);
        return new ProjectView(row(p, names.get(p.getResponsibleOrgId()), staff), p.getVersion(), p.getDescription(),
                p.getProposedOrgan(), p.getStationName(), p.getProgramme().getTitle(), p.getProgramme().getStatus(),
                p.getMergedInto() == null ? null : p.getMergedInto().getTitle(), p.getCompletedOn(), p.getRectificationReport(),
                p.getRatedSatisfied(), p.getRatedBasic(), p.getRatedUnsatisfied(),
                milestones.findByProjectIdOrderByPlannedOnAscIdAsc(id).stream().map(m -> new ProjectView.MilestoneRow(m.getId(),
                        m.getTitle(), m.getPlannedOn(), m.getDoneOn(), m.getDoneOn() == null && m.getPlannedOn().isBefore(today))).toList(),
                reportList.stream().map(r -> new ProjectView.ReportRow(r.getId(), r.getReportedOn(), r.getPercent(), r.getBudgetSpent(),
                        r.getNote(), r.isDelayed(), r.getDelayReason(), photos.getOrDefault(r.getId(), List.of()))).toList(),
                group.stream().map(Supervisor::getName).toList(), group.stream().map(Supervisor::getAccountId).toList(),
                inspections.findByProjectIdOrderByInspectedOnDescIdDesc(id).stream().map(i -> new ProjectView.InspectionRow(
                        i.getInspectedOn(), i.getParticipants(), i.getFindings())).toList(),
                adjustments.findByProjectIdOrderByDecidedOnDescIdDesc(id).stream().map(a -> new ProjectView.AdjustmentRow(
                        a.getDecisionRef(), a.getDecidedOn(), a.getDescription(), a.getNewBudget(), a.getNewCompletion())).toList(),
                timeline(events.findByProjectIdOrderByAtAscIdAsc(id)), access.actions(caller, p, supervisor), followers(id),
                access.canSee(caller, p.getProgramme()));
    }

    Map<Long, List<AttachmentInfo>> photosOf(List<ProgressReport> reportList) {
        Map<Long, List<AttachmentInfo>> photos = new HashMap<>();
        for (ProgressReport r : reportList) {
            List<AttachmentInfo> list = attachments.list(ProgressReport.ATTACHMENT_OWNER, r.getId());
            if (!list.isEmpty()) {
                photos.put(r.getId(), list);
            }
        }
        return photos;
    }

    static List<TimelineEntry> timeline(List<ProjectEvent> list) {
        return list.stream().map(e -> TimelineEntry.of(e.getAt(), "enum.ProjectStep." + e.getStep(), e.getActor(), e.getRemark())).toList();
    }

    long followers(long projectId) {
        return jdbc.queryForObject("select count(*) from livelihood_follow where project_id = ?", Long.class, projectId);
    }

    /** A deputy's own proposals, with the reasons for those left out. */
    @Transactional(readOnly = true)
    public List<ProjectRow> mine() {
        Caller caller = Caller.current();
        caller.require("查看本人提出的民生实事项目建议", Role.DEPUTY);
        return projectRows(projects.findByProposer(caller.accountId()), false);
    }

    /** The responsible organ's adopted projects (UNIT users see only their own organ's). */
    @Transactional(readOnly = true)
    public List<ProjectRow> organProjects() {
        Caller caller = Caller.current();
        caller.require("查看本单位承办的民生实事项目", Role.UNIT);
        if (caller.orgUnitId() == null) {
            return List.of();
        }
        return projectRows(projects.findByOrgan(caller.orgUnitId(), ProjectStatus.ADOPTED), false);
    }

    /** Projects whose supervision group the deputy belongs to. */
    @Transactional(readOnly = true)
    public List<ProjectRow> supervised() {
        Caller caller = Caller.current();
        caller.require("查看监督的民生实事项目", Role.DEPUTY);
        List<Long> ids = supervisors.findByAccountId(caller.accountId()).stream().map(Supervisor::getProjectId).toList();
        return projectRows(projects.findAllById(ids), false);
    }

    /** A deputy's ballot page for a round of the vote. */
    @Transactional(readOnly = true)
    public BallotPage ballot(long voteId) {
        Caller caller = Caller.current();
        caller.require("参加票决", Role.DEPUTY, Role.MEMBER, Role.STAFF);
        LivelihoodBallot b = ballots.findByVoteId(voteId).orElseThrow(() -> new NotFoundException("民生实事项目票决", voteId));
        LivelihoodProgramme p = service.programme(b.getProgrammeId());
        access.requireVisible(caller, p);
        VoteService.BallotView v = votes.ballotView(voteId);
        Map<Long, LivelihoodProject> byId = new HashMap<>();
        projects.findAllById(b.getCandidates().stream().map(BallotCandidate::getProjectId).toList()).forEach(x -> byId.put(x.getId(), x));
        Map<Long, String> names = orgNames(byId.values().stream().map(LivelihoodProject::getResponsibleOrgId).toList());
        List<BallotPage.Item> items = b.getCandidates().stream().map(c -> {
            LivelihoodProject x = byId.get(c.getProjectId());
            return new BallotPage.Item(x.getId(), x.getTitle(), x.getArea(), x.getEstimatedBudget(),
                    names.getOrDefault(x.getResponsibleOrgId(), x.getProposedOrgan()), x.getDescription(), x.getScreeningNote());
        }).toList();
        return new BallotPage(voteId, p.getId(), v.vote().title(), p.getSessionTitle(), v.vote().status(), v.participant(),
                v.present(), v.voted(), b.getPlaces(), items);
    }

    /** Live turnout of a round for staff. */
    @Transactional(readOnly = true)
    public VoteService.Turnout turnout(long voteId) {
        LivelihoodBallot b = ballots.findByVoteId(voteId).orElseThrow(() -> new NotFoundException("民生实事项目票决", voteId));
        access.requireStaffOf(Caller.current(), service.programme(b.getProgrammeId()));
        return votes.turnout(voteId);
    }

    /** Congress sessions not yet closed (to put the list to the vote). */
    @Transactional(readOnly = true)
    public List<SessionSummary> congressSessions() {
        return sessions.search(SessionKind.CONGRESS, null, null, PageRequest.of(0, 50)).stream()
                .filter(m -> m.status() != SessionStatus.CLOSED)
                .map(m -> new SessionSummary(m.id(), m.kind().name(), m.title(), m.startDate(), false)).toList();
    }

    @Transactional(readOnly = true)
    public List<SessionSummary> standingCommitteeSessions() {
        return agenda.upcomingStandingCommitteeSessions();
    }

    /** Organs that may be made responsible for a project. */
    @Transactional(readOnly = true)
    public List<OrgOption> organs() {
        return orgService.handlingUnits().stream().map(o -> new OrgOption(o.getId(), o.getName())).toList();
    }

    public record OrgOption(long id, String name) {
    }

    /** Serving deputies with accounts, for a supervision group. */
    @Transactional(readOnly = true)
    public List<OrgOption> deputies() {
        return roster.servingAccounts().entrySet().stream().map(e -> new OrgOption(e.getKey(), e.getValue())).toList();
    }

    /** The programme's completed projects for a deputy's rating page. */
    @Transactional(readOnly = true)
    public List<ProjectRow> toRate(long programmeId) {
        Caller caller = Caller.current();
        LivelihoodProgramme p = service.programme(programmeId);
        access.requireVisible(caller, p);
        return projectRows(projects.findByProgrammeAndStatusIn(programmeId, List.of(ProjectStatus.COMPLETED)), false);
    }
}
