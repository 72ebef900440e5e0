package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.ReferenceData;
import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.domain.attachment.Attachment;
import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.TimelineEntry;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;

/**
 * The read side of one suggestion: its page ({@link SuggestionView}), its edit form and its files, each read in one
 * read-only transaction with a bounded number of statements (the collections load in batches, whatever their size).
 */
@Service
@RequiredArgsConstructor
public class SuggestionDetails {

    private final SuggestionSupport support;
    private final SuggestionBundleRepository bundles;
    private final DeputyRepository deputies;
    private final AttachmentService attachments;
    private final Rules rules;
    private final ReferenceData referenceData;

    /** What the filing form shows when the author revises a draft. */
    public record Draft(long id, long version, String title, String content, SuggestionCategory category, List<Long> coSignerIds) {
    }

    /** A 打捆督办 theme, for the supervision form and the list filter. */
    public record BundleOption(long id, String theme) {
    }

    @Transactional(readOnly = true)
    public SuggestionView view(long id) {
        var a = support.asker();
        Suggestion s = support.visible(id, a);
        SuggestionAccess access = support.access();
        boolean unitsView = access.mayReadUnitOpinions(a, s);
        boolean concerned = access.isAuthor(a, s) || a.deputy() && s.signerOf(a.deputyId()).isPresent();
        SuggestionView.UnitRole unitRole = !a.unit() || !s.isHandledBy(a.orgUnitId()) ? null
                : s.isLeadUnit(a.orgUnitId()) ? SuggestionView.UnitRole.LEAD : SuggestionView.UnitRole.CO;
        return new SuggestionView(s.getId(), s.getVersion(), s.getTitle(), s.getContent(), s.getKind(), s.getCategory(), s.getStatus(),
                s.displayNumber(), s.getRegistrationNumber(), s.getLeadDeputy().getName(), s.getDelegation().getName(), s.getSubmittedAt(),
                s.getStatus() == SuggestionStatus.RETURNED ? s.getReturnReason() : null,
                s.getMergedInto() == null ? null : new SuggestionView.Ref(s.getMergedInto().getId(), s.getMergedInto().getTitle()),
                s.getBundle() == null ? null : s.getBundle().getId(), s.getBundle() == null ? null : s.getBundle().getTheme(),
                s.isKeySupervised(), s.getSupervisingLeader(), s.isPublished(), s.getRound(), s.isOverdue(support.today()),
                handling(s), s.getSigners().stream().map(x -> new SuggestionView.Signer(x.getDeputy().getName(), x.isConfirmed())).toList(),
                s.deputyCount(), motion(s), s.isWithdrawalPending() && concerned ? withdrawal(s) : null,
                s.getRounds().stream().map(r -> new SuggestionView.RoundView(r.getNumber(), r.getDueOn(), r.getAnswerCategory(), r.getAnswer(),
                        r.getAnsweredAt(), r.getAnsweredBy(), r.getSatisfaction(), r.getEvaluation(), r.getEvaluatedAt())).toList(),
                s.getCommitments().stream().map(c -> new SuggestionView.Commitment(c.getId(), c.getContent(), c.getDueOn(), c.getDoneOn())).toList(),
                unitsView ? s.getCoUnits().stream().map(c -> new SuggestionView.CoUnitOpinion(c.getOrgUnit().getName(), c.getOpinion())).toList()
                        : List.of(),
                s.getContacts().stream().map(c -> new SuggestionView.Contact(c.getContactDate(), c.getOrgUnit().getName(),
                        rules.label(SuggestionQueries.CONTACT_WAYS, c.getWay()),
                        c.getContent())).toList(),
                s.findPendingReassignment().map(r -> new SuggestionView.PendingRequest(r.getOrgUnit().getName(), r.getReason(), null))
                        .orElse(null),
                unitsView ? s.findPendingExtension().map(r -> new SuggestionView.PendingRequest(r.getOrgUnit().getName(), r.getReason(),
                        r.getProposedDue())).orElse(null) : null,
                s.getStatus() == SuggestionStatus.DISSATISFIED ? s.currentRound().getEvaluation() : null,
                attachments.list(SuggestionSupport.ATTACHMENT_OWNER, id), attachments.list(SuggestionSupport.ANSWER_ATTACHMENT_OWNER, id),
                timeline(s), access.actions(a, s), unitRole);
    }

    /** The author's draft as the filing form edits it. */
    @Transactional(readOnly = true)
    public Draft draft(long id) {
        var a = support.asker();
        Suggestion s = support.visible(id, a);
        support.access().requireAuthor(a, s, "只有领衔代表可以修改、提交或撤回本建议");
        return new Draft(s.getId(), s.getVersion(), s.getTitle(), s.getContent(), s.getCategory(),
                s.getSigners().stream().map(x -> x.getDeputy().getId()).toList());
    }

    /** A file of the suggestion (or of its answer), if the caller may see the suggestion. */
    @Transactional(readOnly = true)
    public Attachment attachment(long id, long attachmentId, boolean ofAnswer) {
        support.visible(id, support.asker());
        return attachments.get(ofAnswer ? SuggestionSupport.ANSWER_ATTACHMENT_OWNER : SuggestionSupport.ATTACHMENT_OWNER, id, attachmentId);
    }

    public List<BundleOption> bundles() {
        return referenceData.get("suggestion_bundle", "all",
                () -> bundles.findAllByOrderByThemeAsc().stream().map(b -> new BundleOption(b.getId(), b.getTheme())).toList());
    }

    private static SuggestionView.Handling handling(Suggestion s) {
        if (s.getLeadUnit() == null) {
            return null;
        }
        return new SuggestionView.Handling(s.getAssignmentNumber(), s.getLeadUnit().getName(),
                s.getCoUnits().stream().map(c -> c.getOrgUnit().getName()).toList(), s.getAssignedOn(), s.getDueOn(), s.getExtensionReason());
    }

    private SuggestionView.Motion motion(Suggestion s) {
        if (s.getStatus() != SuggestionStatus.MOTION) {
            return null;
        }
        int threshold = rules.integer("motion.min-deputies");
        List<String> mayStillSign = deputies.findServing(s.getTerm().getId()).stream()
                .filter(d -> !d.getId().equals(s.getLeadDeputy().getId()))
                .filter(d -> s.signerOf(d.getId()).map(x -> !x.isConfirmed()).orElse(true))
                .sorted(Comparator.comparing(Deputy::getId)).map(Deputy::getName).toList();
        return new SuggestionView.Motion(threshold, Math.max(0, threshold - s.deputyCount()), mayStillSign);
    }

    private static SuggestionView.Withdrawal withdrawal(Suggestion s) {
        return new SuggestionView.Withdrawal(s.getWithdrawalReason(), s.confirmedSigners().stream()
                .map(x -> new SuggestionView.Consent(x.getDeputy().getName(), x.hasConsentedToWithdrawal())).toList());
    }

    /** The history rows in the one history shape, labelled by the bundle key of their step. */
    private static List<TimelineEntry> timeline(Suggestion s) {
        return s.getEvents().stream().map(e -> TimelineEntry.of(e.getOccurredAt(), e.getStepKey(), e.getActor(), e.getRemark())).toList();
    }
}
