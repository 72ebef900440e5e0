package cn.congress.deputies.livelihood;

import cn.congress.domain.account.Role;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.ReferenceData;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with livelihood projects (the one authorisation class of the feature).
 * <ul>
 * <li>Staff (STAFF) run the chain of their own congress: the district or township congress their unit belongs to,
 * otherwise the city's; another level's programmes and projects do not exist for them (404).</li>
 * <li>Deputies (DEPUTY) of the city congress propose, read the candidate list, vote, rate, and inspect the projects
 * whose supervision group they belong to; members (MEMBER) read the city's lists.</li>
 * <li>A responsible organ's users (UNIT) see and report on their own organ's adopted projects only.</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor
class LivelihoodAccess {

    private static final Set<ProjectStep> STAFF_STEPS = EnumSet.of(ProjectStep.APPROVE, ProjectStep.REJECT,
            ProjectStep.MERGE, ProjectStep.SCREEN_OUT, ProjectStep.SHORTLIST, ProjectStep.UNLIST, ProjectStep.START,
            ProjectStep.ADD_MILESTONE, ProjectStep.ADJUST, ProjectStep.ASSIGN_SUPERVISORS, ProjectStep.INSPECT);
    private static final Set<ProjectStep> ORGAN_STEPS = EnumSet.of(ProjectStep.START, ProjectStep.ADD_MILESTONE,
            ProjectStep.REPORT, ProjectStep.COMPLETE, ProjectStep.RECTIFY);
    private static final Set<ProgrammeStep> STAFF_PROGRAMME_STEPS = EnumSet.of(ProgrammeStep.PROPOSE,
            ProgrammeStep.START_SCREENING, ProgrammeStep.SCREEN, ProgrammeStep.RECORD_DELIBERATION,
            ProgrammeStep.SEND_TO_DEPUTIES, ProgrammeStep.PUT_TO_VOTE, ProgrammeStep.RUN_VOTE,
            ProgrammeStep.SCHEDULE_PROGRESS_REPORT, ProgrammeStep.OPEN_EVALUATION, ProgrammeStep.CLOSE_EVALUATION);

    private final OrgUnitRepository orgs;
    private final ReferenceData referenceData;

    /** The congress (its organisation unit) whose chain a staff member runs. */
    public long congressOf(Caller caller) {
        if (caller.orgUnitId() != null) {
            OrgUnit unit = orgs.findById(caller.orgUnitId()).orElse(null);
            for (OrgUnit u = unit; u != null; u = u.getParent()) {
                if (u.getType() == OrgType.DISTRICT_CONGRESS || u.getType() == OrgType.SUBDISTRICT_CONGRESS) {
                    return u.getId();
                }
            }
        }
        return cityCongress();
    }

    /** The city's standing committee: the root unit of type STANDING_COMMITTEE. */
    public long cityCongress() {
        return findCityCongress().orElseThrow(() -> new DomainException("请先在机构管理中建立人大常委会机构"));
    }

    java.util.Optional<Long> findCityCongress() {
        // read on every livelihood page and by the annual report: kept until org_unit changes (its trigger notifies)
        return referenceData.get("org_unit", "city-congress", () -> orgs.findAllOrdered().stream()
                .filter(o -> o.getType() == OrgType.STANDING_COMMITTEE && o.getParent() == null)
                .map(OrgUnit::getId).findFirst());
    }

    /** Staff start a year's programme (of their own congress) and run the chains of their congress. */
    boolean isStaff(Caller caller) {
        return caller.isSystem() || caller.has(Role.STAFF);
    }

    void requireStaff(Caller caller) {
        if (!isStaff(caller)) {
            throw new org.springframework.security.access.AccessDeniedException("无权办理民生实事项目");
        }
    }

    /** Staff of the programme's congress; anyone else gets 403 (no role) or 404 (another level). */
    void requireStaffOf(Caller caller, LivelihoodProgramme p) {
        requireStaff(caller);
        if (!caller.isSystem() && congressOf(caller) != p.getCongressOrgId()) {
            throw new NotFoundException("民生实事项目", p.getId());
        }
    }

    boolean isStaffOf(Caller caller, LivelihoodProgramme p) {
        return caller.isSystem() || (isStaff(caller) && congressOf(caller) == p.getCongressOrgId());
    }

    /** Deputies and members belong to the city congress (the roster is the city's). */
    boolean isCityReader(Caller caller, LivelihoodProgramme p) {
        return p.getLevel() == Level.CITY && caller.hasAny(Role.DEPUTY, Role.MEMBER);
    }

    boolean isOrganOf(Caller caller, LivelihoodProject p) {
        return caller.has(Role.UNIT) && caller.orgUnitId() != null && caller.orgUnitId().equals(p.getResponsibleOrgId())
                && p.getStatus().isAdopted();
    }

    boolean canSee(Caller caller, LivelihoodProgramme p) {
        return isStaffOf(caller, p) || isCityReader(caller, p);
    }

    void requireVisible(Caller caller, LivelihoodProgramme p) {
        if (!canSee(caller, p)) {
            throw new NotFoundException("民生实事项目", p.getId());
        }
    }

    boolean canSee(Caller caller, LivelihoodProject p, boolean supervisor) {
        if (isStaffOf(caller, p.getProgramme()) || isOrganOf(caller, p) || supervisor) {
            return true;
        }
        boolean own = caller.accountId() != null && caller.accountId().equals(p.getProposerAccountId());
        return own || (isCityReader(caller, p.getProgramme()) && ProjectStatus.LISTED.contains(p.getStatus()));
    }

    void requireVisible(Caller caller, LivelihoodProject p, boolean supervisor) {
        if (!canSee(caller, p, supervisor)) {
            throw new NotFoundException("民生实事项目", p.getId());
        }
    }

    /** The steps the caller may take on the project now (state machine and role together). */
    Set<ProjectStep> actions(Caller caller, LivelihoodProject p, boolean supervisor) {
        Set<ProjectStep> result = EnumSet.noneOf(ProjectStep.class);
        boolean staff = isStaffOf(caller, p.getProgramme());
        boolean organ = isOrganOf(caller, p);
        boolean screening = ProgrammeStep.SCREEN.allowedFrom(p.getProgramme().getStatus());
        for (ProjectStep step : ProjectStep.values()) {
            if (!step.allowedFrom(p.getStatus())) {
                continue;
            }
            boolean screeningStep = step == ProjectStep.APPROVE || step == ProjectStep.REJECT || step == ProjectStep.MERGE
                    || step == ProjectStep.SCREEN_OUT || step == ProjectStep.SHORTLIST || step == ProjectStep.UNLIST;
            if (screeningStep && !screening) {
                continue;
            }
            if ((staff && STAFF_STEPS.contains(step)) || (organ && ORGAN_STEPS.contains(step))
                    || (supervisor && step == ProjectStep.INSPECT)) {
                result.add(step);
            }
        }
        return result;
    }

    void require(Caller caller, LivelihoodProject p, boolean supervisor, ProjectStep step) {
        requireVisible(caller, p, supervisor);
        if (!actions(caller, p, supervisor).contains(step)) {
            if (!step.allowedFrom(p.getStatus())) {
                throw new cn.congress.domain.shared.TransitionRefused("项目“" + p.getTitle() + "”当前状态不能进行该操作");
            }
            throw new org.springframework.security.access.AccessDeniedException("无权对该民生实事项目进行此操作");
        }
    }

    /** The programme steps the caller may take now. */
    Set<ProgrammeStep> actions(Caller caller, LivelihoodProgramme p) {
        Set<ProgrammeStep> result = EnumSet.noneOf(ProgrammeStep.class);
        boolean staff = isStaffOf(caller, p);
        boolean deputy = p.getLevel() == Level.CITY && caller.has(Role.DEPUTY);
        for (ProgrammeStep step : ProgrammeStep.values()) {
            if (!step.allowedFrom(p.getStatus())) {
                continue;
            }
            if ((staff && STAFF_PROGRAMME_STEPS.contains(step))
                    || (deputy && (step == ProgrammeStep.PROPOSE || step == ProgrammeStep.RATE))) {
                result.add(step);
            }
        }
        return result;
    }

    void require(Caller caller, LivelihoodProgramme p, ProgrammeStep step) {
        requireVisible(caller, p);
        if (!actions(caller, p).contains(step)) {
            p.require(step);
            throw new org.springframework.security.access.AccessDeniedException("无权进行此操作");
        }
    }
}
