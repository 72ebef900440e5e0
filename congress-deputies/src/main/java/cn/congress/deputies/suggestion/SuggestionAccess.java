package cn.congress.deputies.suggestion;

import cn.congress.deputies.roster.DeputyAccounts;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

import static cn.congress.deputies.suggestion.SuggestionAction.*;

/**
 * Who may see and do what with suggestions, stated once (docs/architecture.md, "One way to do each thing"). Deputies
 * act on their own suggestions and those they were asked to sign; a unit sees and handles what is assigned to it;
 * the deputies' affairs staff (STAFF) see everything filed and run review, assignment and supervision. A draft is its
 * author's alone. Any other logged-in caller sees published answers only; no caller at all is refused (fail
 * closed); the system (inside {@code SystemTask}) counts as staff.
 */
@Component
@RequiredArgsConstructor
class SuggestionAccess {

    private final DeputyAccounts deputyAccounts;

    /** The caller with the deputy record of a deputy's account, which most rules need. */
    record Asker(Caller caller, Long deputyId) {

        boolean staff() {
            return caller.isSystem() || caller.has(Role.STAFF);
        }

        boolean unit() {
            return caller.has(Role.UNIT) && caller.orgUnitId() != null;
        }

        boolean deputy() {
            return deputyId != null;
        }

        Long orgUnitId() {
            return caller.orgUnitId();
        }

        String name() {
            return caller.name();
        }
    }

    /** Where the lists of a caller are scoped: everything filed, a unit's assignments, a deputy's own, or published only. */
    sealed interface Scope {
        record Everything() implements Scope {
        }

        record Unit(long orgUnitId) implements Scope {
        }

        record OwnDeputy(long deputyId) implements Scope {
        }

        record PublishedOnly() implements Scope {
        }
    }

    /**
     * The current caller; a request without authentication is refused here, before any record is read. A deputy's roster
     * id comes from {@link DeputyAccounts}: every suggestion page needs it.
     */
    Asker asker() {
        Caller caller = Caller.current();
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("请先登录");
        }
        return new Asker(caller, deputyAccounts.deputyId(caller));
    }

    Scope scope(Asker a) {
        if (a.staff()) {
            return new Scope.Everything();
        }
        if (a.unit()) {
            return new Scope.Unit(a.orgUnitId());
        }
        if (a.caller().has(Role.DEPUTY)) {
            return new Scope.OwnDeputy(a.deputyId() == null ? -1 : a.deputyId());
        }
        return new Scope.PublishedOnly();
    }

    boolean canSee(Asker a, Suggestion s) {
        if (s.getStatus() == SuggestionStatus.DRAFT) {
            return isAuthor(a, s);
        }
        if (a.staff() || a.unit() && s.isHandledBy(a.orgUnitId())) {
            return true;
        }
        if (a.deputy() && (isAuthor(a, s) || s.signerOf(a.deputyId()).isPresent() || s.getStatus() == SuggestionStatus.MOTION)) {
            return true;
        }
        return s.isPublished();
    }

    /** A record the caller may not see answers 404, exactly as one that does not exist. */
    Suggestion visible(Asker a, Suggestion s) {
        if (!canSee(a, s)) {
            throw new NotFoundException("建议", s.getId());
        }
        return s;
    }

    void requireStaff(Asker a) {
        if (!a.staff()) {
            throw new AccessDeniedException("该操作仅限代表工作机构办理");
        }
    }

    /** Filing and signing need the DEPUTY role and an account linked to the roster. */
    long requireDeputy(Asker a) {
        if (!a.caller().has(Role.DEPUTY)) {
            throw new AccessDeniedException("只有人大代表可以提出或附议建议");
        }
        if (a.deputyId() == null) {
            throw new DomainException("您的账户尚未关联代表名册，请联系代表工作委员会");
        }
        return a.deputyId();
    }

    void requireAuthor(Asker a, Suggestion s, String refusal) {
        if (!isAuthor(a, s)) {
            throw new DomainException(refusal);
        }
    }

    /** Handling actions: a unit that does not handle the suggestion may not know it exists. */
    Suggestion handledByCaller(Asker a, Suggestion s) {
        if (!a.unit() || !s.isHandledBy(a.orgUnitId())) {
            throw new NotFoundException("建议", s.getId());
        }
        return s;
    }

    void requireLeadUnit(Asker a, Suggestion s, String refusal) {
        if (!s.isLeadUnit(a.orgUnitId())) {
            throw new DomainException(refusal);
        }
    }

    boolean isAuthor(Asker a, Suggestion s) {
        return a.deputy() && a.deputyId().equals(s.getLeadDeputy().getId());
    }

    /** Co-unit opinions are between the units and the staff. */
    boolean mayReadUnitOpinions(Asker a, Suggestion s) {
        return a.staff() || a.unit() && s.isHandledBy(a.orgUnitId());
    }

    /** The actions open to the caller now: who they are for this suggestion, and what its state allows. */
    Set<SuggestionAction> actions(Asker a, Suggestion s) {
        SuggestionStatus st = s.getStatus();
        boolean author = isAuthor(a, s);
        boolean staff = a.staff();
        boolean handling = a.unit() && s.isHandledBy(a.orgUnitId());
        boolean lead = handling && s.isLeadUnit(a.orgUnitId());
        boolean co = handling && s.isCoUnit(a.orgUnitId());
        Set<SuggestionAction> open = EnumSet.noneOf(SuggestionAction.class);
        for (SuggestionAction action : SuggestionAction.values()) {
            boolean allowed = switch (action) {
                case EDIT, ATTACH, SUBMIT -> author && SuggestionStep.SUBMIT.allowedFrom(st);
                case WITHDRAW -> author && SuggestionStep.WITHDRAW.allowedFrom(st) && !s.isWithdrawalPending();
                case CONSENT_WITHDRAWAL -> a.deputy() && s.awaitsWithdrawalConsentOf(a.deputyId());
                case SIGN -> mayJoin(a, s, author);
                case EVALUATE -> author && SuggestionStep.DISSATISFY.allowedFrom(st);
                case ACCEPT -> staff && SuggestionStep.ACCEPT.allowedFrom(st);
                case MARK_MOTION -> staff && SuggestionStep.MARK_MOTION.allowedFrom(st);
                case LIST_MOTION -> staff && SuggestionStep.LIST_MOTION.allowedFrom(st);
                case CONVERT_TO_SUGGESTION -> staff && SuggestionStep.CONVERT_TO_SUGGESTION.allowedFrom(st);
                case RETURN -> staff && SuggestionStep.RETURN.allowedFrom(st);
                case MERGE -> staff && SuggestionStep.MERGE.allowedFrom(st);
                case ASSIGN -> staff && SuggestionStep.ASSIGN.allowedFrom(st);
                case DECIDE_REASSIGNMENT -> staff && SuggestionStep.REASSIGN.allowedFrom(st);
                case DECIDE_DISSATISFACTION -> staff && SuggestionStep.REHANDLE.allowedFrom(st);
                case DECIDE_EXTENSION -> staff && s.findPendingExtension().isPresent();
                case SUPERVISE -> staff && s.getLeadUnit() != null;
                case EXTEND -> staff && st.isHandling() && s.getRound() == 1;
                case PUBLISH -> staff && !s.isPublished() && SuggestionStatus.PUBLISHABLE.contains(st);
                case UNPUBLISH -> staff && s.isPublished();
                case RECORD_CONTACT -> handling && st.isHandling();
                case CO_OPINION -> co && st.isHandling();
                case ANSWER -> lead && SuggestionStep.ANSWER.allowedFrom(st);
                case REQUEST_EXTENSION -> lead && st.isHandling() && s.getRound() == 1 && s.findPendingExtension().isEmpty();
                case REQUEST_REASSIGNMENT -> lead && SuggestionStep.REQUEST_REASSIGNMENT.allowedFrom(st);
                case FULFIL_COMMITMENT -> lead && (st == SuggestionStatus.FOLLOW_UP || st == SuggestionStatus.ANSWERED)
                        && s.getCommitments().stream().anyMatch(c -> !c.isDone());
            };
            if (allowed) {
                open.add(action);
            }
        }
        return open;
    }

    /** An invited joint deputy who has not confirmed yet, or any deputy while a motion gathers names. */
    private static boolean mayJoin(Asker a, Suggestion s, boolean author) {
        if (!a.deputy() || author) {
            return false;
        }
        var signer = s.signerOf(a.deputyId());
        boolean unconfirmed = signer.map(x -> !x.isConfirmed()).orElse(false);
        return s.getStatus() == SuggestionStatus.MOTION && (signer.isEmpty() || unconfirmed)
                || s.getStatus() == SuggestionStatus.SUBMITTED && unconfirmed;
    }
}
