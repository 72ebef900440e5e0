package cn.congress.deputies.livelihood;

import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.TransitionRefused;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The chain up to the vote: programmes, collection (征集), screening (筛选论证) and deliberation (酝酿协商). */
@Service
@RequiredArgsConstructor
public class LivelihoodService {

    /** Version of the privacy notice residents consent to when they leave a phone number. */
    public static final String PRIVACY_NOTICE_VERSION = "2026-1";
    private static final String RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProgrammeRepository programmes;
    private final ProjectRepository projects;
    private final OrgUnitRepository orgs;
    private final LivelihoodAccess access;
    private final History history;
    private final Rules rules;
    private final Clock clock;

    /** Staff open a year's collection for their own congress. */
    @Transactional
    public long createProgramme(int year, String title, int quota) {
        Caller caller = Caller.current();
        access.requireStaff(caller);
        long congress = access.congressOf(caller);
        if (programmes.findByCongressOrgIdAndYear(congress, year).isPresent()) {
            throw new DomainException(year + "年度的民生实事项目征集已经建立");
        }
        OrgUnit org = orgs.findById(congress).orElseThrow(() -> new NotFoundException("机构", congress));
        return programmes.save(new LivelihoodProgramme(congress, Level.of(org.getType()), year, title.trim(), quota)).getId();
    }

    @Transactional
    public void updateProgramme(long id, long version, String title, int quota) {
        LivelihoodProgramme p = programme(id);
        access.requireStaffOf(Caller.current(), p);
        p.update(title.trim(), quota, version);
    }

    LivelihoodProgramme programme(long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("民生实事项目", id));
    }

    LivelihoodProject project(long id) {
        return projects.findWithProgramme(id).orElseThrow(() -> new NotFoundException("民生实事项目", id));
    }

    /**
     * A proposal from the government or a station (entered by staff) or from a deputy in their own account.
     * {@code source} is ignored for deputies (always DEPUTY).
     */
    @Transactional
    public long propose(long programmeId, LivelihoodProject.Proposal proposal, ProposalSource source, String stationName) {
        Caller caller = Caller.current();
        LivelihoodProgramme p = programme(programmeId);
        access.require(caller, p, ProgrammeStep.PROPOSE);
        boolean staff = access.isStaffOf(caller, p);
        ProposalSource actual = staff ? source : ProposalSource.DEPUTY;
        if (actual == ProposalSource.RESIDENT) {
            throw new DomainException("群众建议请通过公开征集页面提交");
        }
        if (actual == ProposalSource.STATION && (stationName == null || stationName.isBlank())) {
            throw new DomainException("请填写提出建议的代表联络站");
        }
        LivelihoodProject project = projects.save(new LivelihoodProject(p, proposal, actual,
                actual == ProposalSource.DEPUTY ? caller.accountId() : null,
                actual == ProposalSource.DEPUTY ? caller.name() : null,
                actual == ProposalSource.STATION ? stationName.trim() : null, false));
        history.record(project, ProjectStep.PROPOSE, null);
        return project.getId();
    }

    /** What a resident leaves on the public page; contact data only with consent. */
    public record ResidentProposal(LivelihoodProject.Proposal proposal, String name, String phone, boolean consent) {
    }

    /**
     * A resident's proposal, without an account, to the programme collecting now at the level asked for; it waits
     * for moderation (先审后发). Returns the receipt code with which the resident can look up what became of it.
     */
    @Transactional
    public String proposeAsResident(long programmeId, ResidentProposal r) {
        LivelihoodProgramme p = programme(programmeId);
        if (p.getStatus() != ProgrammeStatus.COLLECTING) {
            throw new TransitionRefused("本年度民生实事项目征集已结束");
        }
        boolean hasPhone = r.phone() != null && !r.phone().isBlank();
        if (hasPhone && !r.consent()) {
            throw new DomainException("留下联系电话须同意个人信息处理说明；不同意可不填写电话");
        }
        String name = r.name() == null || r.name().isBlank() ? "群众" : r.name().trim();
        LivelihoodProject project = new LivelihoodProject(p, r.proposal(), ProposalSource.RESIDENT, null, name, null, true);
        project.recordContact(hasPhone ? r.phone() : null, clock.instant(), PRIVACY_NOTICE_VERSION, receiptCode());
        projects.save(project);
        history.record(project, ProjectStep.PROPOSE, "群众通过公开征集页面提出");
        return project.getReceiptCode();
    }

    private static String receiptCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append(RECEIPT_ALPHABET.charAt(RANDOM.nextInt(RECEIPT_ALPHABET.length())));
        }
        return b.toString();
    }

    @Transactional
    public void edit(long projectId, long version, LivelihoodProject.Proposal proposal) {
        LivelihoodProject p = project(projectId);
        access.require(Caller.current(), p.getProgramme(), ProgrammeStep.SCREEN);
        p.edit(proposal, version);
    }

    /** Moderation of a resident's proposal: approved into the collection, or rejected with a reason. */
    @Transactional
    public void moderate(long projectId, boolean approve, String reason) {
        LivelihoodProject p = screenable(projectId, approve ? ProjectStep.APPROVE : ProjectStep.REJECT);
        p.moderate(approve, reason);
        history.record(p, approve ? ProjectStep.APPROVE : ProjectStep.REJECT, reason);
    }

    @Transactional
    public void startScreening(long programmeId) {
        LivelihoodProgramme p = programme(programmeId);
        access.require(Caller.current(), p, ProgrammeStep.START_SCREENING);
        if (!projects.findByProgrammeAndStatusIn(programmeId, List.of(ProjectStatus.PENDING_MODERATION)).isEmpty()) {
            throw new TransitionRefused("还有待审核的群众建议，请先审核");
        }
        p.startScreening();
    }

    @Transactional
    public void merge(long projectId, long intoId, String reason) {
        LivelihoodProject p = screenable(projectId, ProjectStep.MERGE);
        LivelihoodProject target = project(intoId);
        p.mergeInto(target, reason);
        history.record(p, ProjectStep.MERGE, p.getOutReason());
    }

    @Transactional
    public void screenOut(long projectId, String reason) {
        LivelihoodProject p = screenable(projectId, ProjectStep.SCREEN_OUT);
        p.screenOut(reason);
        history.record(p, ProjectStep.SCREEN_OUT, reason);
    }

    /** Put on the candidate list with the feasibility and funding notes and the responsible organ. */
    @Transactional
    public void shortlist(long projectId, String note, Long responsibleOrgId) {
        LivelihoodProject p = screenable(projectId, ProjectStep.SHORTLIST);
        if (responsibleOrgId != null && orgs.findById(responsibleOrgId).isEmpty()) {
            throw new NotFoundException("机构", responsibleOrgId);
        }
        p.shortlist(note, responsibleOrgId);
        history.record(p, ProjectStep.SHORTLIST, note);
    }

    @Transactional
    public void unlist(long projectId) {
        LivelihoodProject p = screenable(projectId, ProjectStep.UNLIST);
        p.unlist();
        history.record(p, ProjectStep.UNLIST, null);
    }

    private LivelihoodProject screenable(long projectId, ProjectStep step) {
        LivelihoodProject p = project(projectId);
        access.require(Caller.current(), p, false, step);
        return p;
    }

    /** The smallest candidate list for the quota: larger by the rules' surplus (差额), at least one more. */
    public int requiredCandidates(int quota, LocalDate on) {
        int percent = rules.integerOn("livelihood.candidate-surplus-percent", on);
        int surplus = Math.max(1, (quota * percent + 99) / 100);
        return quota + surplus;
    }

    /**
     * The 主任会议 has deliberated the candidate list: refused unless every proposal has been screened and the list is
     * larger than the quota by the rules' margin; the candidates are confirmed.
     */
    @Transactional
    public void recordDeliberation(long programmeId, String meeting, LocalDate on) {
        LivelihoodProgramme p = programmes.lockById(programmeId).orElseThrow(() -> new NotFoundException("民生实事项目", programmeId));
        access.require(Caller.current(), p, ProgrammeStep.RECORD_DELIBERATION);
        if (meeting == null || meeting.isBlank() || on == null) {
            throw new DomainException("请填写审议候选项目清单的主任会议和日期");
        }
        List<LivelihoodProject> open = projects.findByProgrammeAndStatusIn(programmeId,
                List.of(ProjectStatus.PENDING_MODERATION, ProjectStatus.PROPOSED));
        if (!open.isEmpty()) {
            throw new TransitionRefused("还有 " + open.size() + " 项建议尚未筛选（列入候选、合并或不予列入）");
        }
        List<LivelihoodProject> candidates = projects.findByProgrammeAndStatusIn(programmeId, List.of(ProjectStatus.CANDIDATE));
        int required = requiredCandidates(p.getQuota(), LocalDate.now(clock));
        if (candidates.size() < required) {
            throw new TransitionRefused("候选项目 " + candidates.size() + " 项，按差额比例至少需要 " + required
                    + " 项（拟确定 " + p.getQuota() + " 项）");
        }
        p.recordDeliberation(meeting.trim(), on);
        for (LivelihoodProject c : candidates) {
            c.move(ProjectStep.CONFIRM);
            history.record(c, ProjectStep.CONFIRM, meeting.trim());
        }
    }

    /** The candidate list goes to the deputies before the session (they read it on their phones). */
    @Transactional
    public void sendToDeputies(long programmeId) {
        LivelihoodProgramme p = programme(programmeId);
        access.require(Caller.current(), p, ProgrammeStep.SEND_TO_DEPUTIES);
        p.sendToDeputies(LocalDate.now(clock));
    }
}
