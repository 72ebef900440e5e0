package cn.congress.legislation.consultation;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Who may do what with consultations and their comments. Staff run consultations and triage; the public comments on
 * an open consultation without an account; deputies and members read every consultation and comment from their
 * accounts; a contact point sees only the consultations assigned to it. Contact data is for staff only.
 */
@Component
@RequiredArgsConstructor
class ConsultationAccess {

    private final ConsultationRepository consultations;

    public void requireStaff(Caller caller) {
        caller.require("办理征求意见", Role.STAFF);
    }

    /** Deputies, members, contact points and staff: the logged-in draft pages. */
    public void requireAccountReader(Caller caller) {
        caller.require("查看征求意见稿", Role.STAFF, Role.MEMBER, Role.DEPUTY, Role.CONTACT_POINT);
    }

    /** Whether a logged-in reader may see this consultation; a contact point only its assigned drafts. */
    public boolean canSee(Caller caller, Consultation c) {
        if (caller.isSystem() || caller.hasAny(Role.STAFF, Role.MEMBER, Role.DEPUTY)) {
            return true;
        }
        return caller.has(Role.CONTACT_POINT) && caller.orgUnitId() != null && consultations.assigned(c.getId(), caller.orgUnitId());
    }

    public void requireSee(Caller caller, Consultation c) {
        requireAccountReader(caller);
        if (!canSee(caller, c)) {
            throw new NotFoundException("征求意见", c.getId());
        }
    }

    public void requireContactPoint(Caller caller, Consultation c) {
        caller.require("报送联系点意见", Role.CONTACT_POINT);
        if (caller.isSystem()) {
            return;
        }
        if (caller.orgUnitId() == null || !consultations.assigned(c.getId(), caller.orgUnitId())) {
            throw new NotFoundException("征求意见", c.getId());
        }
    }

    /** Which source a logged-in commenter is: a deputy or a member (staff comment through the triage, not here). */
    public SourceKind accountSource(Caller caller) {
        if (caller.has(Role.DEPUTY)) {
            return SourceKind.DEPUTY;
        }
        caller.require("以账号提交意见", Role.MEMBER);
        return SourceKind.MEMBER;
    }

    /** Deputies and members comment from their accounts while the consultation accepts comments. */
    public boolean canCommentFromAccount(Caller caller, Consultation c, java.time.LocalDate today) {
        return c.accepting(today) && caller.hasAny(Role.DEPUTY, Role.MEMBER);
    }

    /** A contact point sends batches on the drafts assigned to it while they accept comments. */
    public boolean canSendBatch(Caller caller, Consultation c, java.time.LocalDate today) {
        return c.accepting(today) && caller.has(Role.CONTACT_POINT) && caller.orgUnitId() != null
                && consultations.assigned(c.getId(), caller.orgUnitId());
    }

    public boolean canSeeContact(Caller caller) {
        return caller.isSystem() || caller.has(Role.STAFF);
    }
}
