package cn.congress.deputies.livelihood;

import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.RosterService;
import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.SessionAgenda;
import cn.congress.domain.session.SessionSummary;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 实施 and 监督: the responsible organ reports on its own adopted projects (milestones, progress, money spent, photos,
 * delays with reasons); a deputy supervision group inspects; an adjustment needs the standing committee's recorded
 * decision; the mid-year progress report goes on a standing-committee session's agenda.
 */
@Service
@RequiredArgsConstructor
public class LivelihoodImplementation {

    private final LivelihoodService service;
    private final LivelihoodAccess access;
    private final History history;
    private final MilestoneRepository milestones;
    private final ProgressRepository reports;
    private final SupervisorRepository supervisors;
    private final SupervisionInspectionRepository inspections;
    private final AdjustmentRepository adjustments;
    private final AttachmentService attachments;
    private final RosterService roster;
    private final SessionAgenda agenda;
    private final Clock clock;

    /** A photo or document uploaded with a progress report. */
    public record Upload(String fileName, byte[] content) {
    }

    public record Report(int percent, BigDecimal budgetSpent, String note, boolean delayed, String delayReason) {
    }

    boolean isSupervisor(Caller caller, long projectId) {
        return caller.accountId() != null && supervisors.existsByProjectIdAndAccountId(projectId, caller.accountId());
    }

    private LivelihoodProject checked(long projectId, ProjectStep step) {
        Caller caller = Caller.current();
        LivelihoodProject p = service.project(projectId);
        access.require(caller, p, isSupervisor(caller, projectId), step);
        return p;
    }

    @Transactional
    public void start(long projectId) {
        LivelihoodProject p = checked(projectId, ProjectStep.START);
        p.move(ProjectStep.START);
        history.record(p, ProjectStep.START, null);
    }

    @Transactional
    public void addMilestone(long projectId, String title, LocalDate plannedOn) {
        LivelihoodProject p = checked(projectId, ProjectStep.ADD_MILESTONE);
        if (title == null || title.isBlank() || plannedOn == null) {
            throw new DomainException("请填写节点名称和计划完成日期");
        }
        milestones.save(new Milestone(p.getId(), title, plannedOn));
    }

    @Transactional
    public void completeMilestone(long projectId, long milestoneId, LocalDate on) {
        LivelihoodProject p = checked(projectId, ProjectStep.REPORT);
        Milestone m = milestones.findById(milestoneId).filter(x -> x.getProjectId() == p.getId())
                .orElseThrow(() -> new NotFoundException("实施节点", milestoneId));
        m.markDone(on == null ? LocalDate.now(clock) : on);
        history.record(p, ProjectStep.REPORT, "完成节点：" + m.getTitle());
    }

    /** A progress report; a delay needs its reason and marks the project delayed until the next on-time report. */
    @Transactional
    public void report(long projectId, Report r, List<Upload> photos) {
        LivelihoodProject p = checked(projectId, ProjectStep.REPORT);
        if (r.note() == null || r.note().isBlank()) {
            throw new DomainException("请填写进展情况");
        }
        if (r.budgetSpent() == null || r.budgetSpent().signum() < 0) {
            throw new DomainException("已完成投资不能为负数");
        }
        p.report(r.percent(), r.budgetSpent(), r.delayed(), r.delayReason());
        ProgressReport saved = reports.save(new ProgressReport(p.getId(), LocalDate.now(clock), r.percent(), r.budgetSpent(),
                r.note(), r.delayed(), r.delayReason()));
        for (Upload u : photos) {
            if (u.content() != null && u.content().length > 0) {
                attachments.store(ProgressReport.ATTACHMENT_OWNER, saved.getId(), u.fileName(), u.content());
            }
        }
        history.record(p, ProjectStep.REPORT, "进度 " + r.percent() + "%：" + r.note().trim()
                + (r.delayed() ? "（滞后：" + r.delayReason().trim() + "）" : ""));
    }

    @Transactional
    public void complete(long projectId, BigDecimal budgetSpent, String note) {
        LivelihoodProject p = checked(projectId, ProjectStep.COMPLETE);
        if (note == null || note.isBlank()) {
            throw new DomainException("请填写完工情况");
        }
        if (budgetSpent == null || budgetSpent.signum() < 0) {
            throw new DomainException("已完成投资不能为负数");
        }
        p.complete(LocalDate.now(clock), budgetSpent);
        reports.save(new ProgressReport(p.getId(), LocalDate.now(clock), 100, budgetSpent, note, false, null));
        history.record(p, ProjectStep.COMPLETE, note.trim());
    }

    /** Staff set the project's deputy supervision group from the serving deputies. */
    @Transactional
    public void assignSupervisors(long projectId, List<Long> deputyAccountIds) {
        LivelihoodProject p = checked(projectId, ProjectStep.ASSIGN_SUPERVISORS);
        Map<Long, String> serving = roster.servingAccounts();
        supervisors.deleteAll(supervisors.findByProjectIdOrderById(p.getId()));
        supervisors.flush();
        for (Long id : deputyAccountIds) {
            String name = serving.get(id);
            if (name == null) {
                throw new DomainException("监督小组成员须为在任代表");
            }
            supervisors.save(new Supervisor(p.getId(), id, name));
        }
        history.record(p, ProjectStep.ASSIGN_SUPERVISORS, "代表监督小组 " + deputyAccountIds.size() + " 人");
    }

    @Transactional
    public void inspect(long projectId, LocalDate on, String participants, String findings) {
        LivelihoodProject p = checked(projectId, ProjectStep.INSPECT);
        if (on == null || participants == null || participants.isBlank() || findings == null || findings.isBlank()) {
            throw new DomainException("请填写视察日期、参加人员和视察意见");
        }
        inspections.save(new Inspection(p.getId(), on, participants, findings));
        history.record(p, ProjectStep.INSPECT, findings.trim());
    }

    /** An adjustment of an adopted project, made on the standing committee's decision recorded with it. */
    @Transactional
    public void adjust(long projectId, String decisionRef, LocalDate decidedOn, String description, String newTitle,
                       BigDecimal newBudget, LocalDate newCompletion) {
        LivelihoodProject p = checked(projectId, ProjectStep.ADJUST);
        if (decisionRef == null || decisionRef.isBlank() || decidedOn == null) {
            throw new DomainException("调整已确定的民生实事项目须经常委会决定，请填写决定文号（或会议）和日期");
        }
        if (description == null || description.isBlank()) {
            throw new DomainException("请填写调整内容和理由");
        }
        p.adjust(newTitle, newBudget, newCompletion);
        adjustments.save(new Adjustment(p.getId(), decisionRef, decidedOn, description, newBudget, newCompletion));
        history.record(p, ProjectStep.ADJUST, decisionRef.trim() + "：" + description.trim());
    }

    /** Puts the mid-year progress report of the programme on a standing-committee session's agenda. */
    @Transactional
    public void scheduleProgressReport(long programmeId, long sessionId) {
        LivelihoodProgramme p = service.programme(programmeId);
        access.require(Caller.current(), p, ProgrammeStep.SCHEDULE_PROGRESS_REPORT);
        SessionSummary s = agenda.find(sessionId).orElseThrow(() -> new NotFoundException("会议", sessionId));
        if (!"STANDING_COMMITTEE".equals(s.kind()) || s.closed()) {
            throw new DomainException("中期进展报告须列入尚未闭会的常委会会议议程");
        }
        long item = agenda.addItem(sessionId, AgendaItemType.WORK_REPORT,
                "听取和审议市人民政府关于" + p.getYear() + "年民生实事项目实施情况的中期报告", "LivelihoodProgramme", p.getId());
        p.scheduleProgressReport(s.title(), item);
    }

    /** The organ's rectification report on a project that failed the evaluation. */
    @Transactional
    public void rectify(long projectId, String report) {
        LivelihoodProject p = checked(projectId, ProjectStep.RECTIFY);
        p.rectify(report);
        history.record(p, ProjectStep.RECTIFY, report.trim());
    }

    /** A photo of a progress report, for whoever may see the project. */
    @Transactional(readOnly = true)
    public Attachment photo(long projectId, long reportId, long attachmentId) {
        Caller caller = Caller.current();
        LivelihoodProject p = service.project(projectId);
        access.requireVisible(caller, p, isSupervisor(caller, projectId));
        reports.findById(reportId).filter(r -> r.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("进展报告", reportId));
        return attachments.get(ProgressReport.ATTACHMENT_OWNER, reportId, attachmentId);
    }
}
