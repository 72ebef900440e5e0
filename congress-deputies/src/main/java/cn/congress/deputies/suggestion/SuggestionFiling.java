package cn.congress.deputies.suggestion;

import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.deputies.roster.DeputyStatus;
import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.term.TermService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The deputies' side of a suggestion: filing, revising, submitting, withdrawing and signing jointly. */
@Service
@RequiredArgsConstructor
public class SuggestionFiling {

    private static final String AUTHOR_ONLY = "只有领衔代表可以修改、提交或撤回本建议";

    private final SuggestionSupport support;
    private final SuggestionRepository suggestions;
    private final DeputyRepository deputies;
    private final TermService terms;
    private final AttachmentService attachments;

    /** A new filing: what the deputy typed, and the deputies invited to sign jointly. */
    public record Filing(String title, String content, SuggestionCategory category, Collection<Long> coSignerIds) {
    }

    /** Files a draft in the caller's name; returns its id. */
    @Transactional
    public long file(Filing filing) {
        var a = support.asker();
        Deputy author = deputies.findById(support.access().requireDeputy(a)).orElseThrow();
        if (author.getStatus() != DeputyStatus.SERVING) {
            throw new DomainException("您的代表职务目前不在任，不能提出建议");
        }
        Suggestion s = new Suggestion(terms.current(), author, filing.title().trim(), filing.content().trim(),
                filing.category(), support.now(), a.name());
        invite(s, filing.coSignerIds());
        return suggestions.save(s).getId();
    }

    @Transactional
    public void revise(long id, long version, Filing filing) {
        var a = support.asker();
        Suggestion s = ownDraft(id, a);
        s.checkVersion(version);
        s.revise(filing.title().trim(), filing.content().trim(), filing.category());
        s.getSigners().stream().filter(x -> !x.isConfirmed() && !filing.coSignerIds().contains(x.getDeputy().getId()))
                .map(x -> x.getDeputy().getId()).toList().forEach(s::removeInvitation);
        invite(s, filing.coSignerIds());
    }

    @Transactional
    public void addAttachment(long id, String fileName, byte[] content) {
        Suggestion s = ownDraft(id, support.asker());
        if (!SuggestionStep.SUBMIT.allowedFrom(s.getStatus())) {
            throw new DomainException("建议已提交，不能再添加附件");
        }
        attachments.store(SuggestionSupport.ATTACHMENT_OWNER, id, fileName, content);
    }

    @Transactional
    public void submit(long id) {
        var a = support.asker();
        Suggestion s = ownDraft(id, a);
        s.submit(support.now(), a.name());
        List<Long> invited = s.getSigners().stream().filter(x -> !x.isConfirmed()).map(x -> x.getDeputy().getUserAccountId())
                .filter(Objects::nonNull).toList();
        support.publish(new SuggestionEvents.SignaturesRequested(id, s.getTitle(), s.getLeadDeputy().getName(), invited));
    }

    /** Withdraws at once, or asks the joint deputies' consent; returns whether it is withdrawn now. */
    @Transactional
    public boolean withdraw(long id, String reason) {
        var a = support.asker();
        Suggestion s = ownDraft(id, a);
        boolean withdrawn = s.withdraw(support.now(), a.name(), SuggestionSupport.trimmed(reason));
        if (!withdrawn) {
            support.publish(new SuggestionEvents.WithdrawalRequested(id, s.getTitle(), s.getLeadDeputy().getName(),
                    s.confirmedSigners().stream().map(x -> x.getDeputy().getUserAccountId()).filter(Objects::nonNull).toList()));
        }
        return withdrawn;
    }

    /** A joint deputy consents, in their own account, to the lead deputy's withdrawal. Returns whether it is withdrawn now. */
    @Transactional
    public boolean consentToWithdrawal(long id) {
        var a = support.asker();
        Suggestion s = support.visible(id, a);
        boolean withdrawn = s.consentToWithdrawal(support.access().requireDeputy(a), support.now(), a.name());
        if (withdrawn) {
            support.publish(new SuggestionEvents.WithdrawnByConsent(id, s.getTitle(), s.getLeadDeputy().getUserAccountId()));
        }
        return withdrawn;
    }

    @Transactional
    public void sign(long id) {
        var a = support.asker();
        long deputyId = support.access().requireDeputy(a);
        Suggestion s = support.visible(id, a);
        s.sign(deputies.findById(deputyId).orElseThrow(), support.now(), a.name());
    }

    private Suggestion ownDraft(long id, SuggestionAccess.Asker a) {
        Suggestion s = support.visible(id, a);
        support.access().requireAuthor(a, s, AUTHOR_ONLY);
        return s;
    }

    private void invite(Suggestion s, Collection<Long> coSignerIds) {
        if (coSignerIds == null) {
            return;
        }
        for (Long deputyId : coSignerIds.stream().filter(Objects::nonNull).distinct().toList()) {
            if (deputyId.equals(s.getLeadDeputy().getId())) {
                continue;
            }
            s.invite(deputies.findById(deputyId).orElseThrow(() -> new DomainException("附议代表不存在")));
        }
    }
}
