package cn.congress.deputies.suggestion;

import cn.congress.domain.attachment.AttachmentService;
import cn.congress.domain.org.OrgUnitService;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.DomainException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** The handling units' work: contacts with the deputy, co-unit opinions, the answer and its commitments. */
@Service
@RequiredArgsConstructor
public class SuggestionHandling {

    private final SuggestionSupport support;
    private final OrgUnitService orgUnits;
    private final AttachmentService attachments;
    private final Rules rules;

    /** A commitment an answer makes: what, by when. */
    public record Promise(String content, LocalDate dueOn) {
    }

    /** The lead unit's answer: a category of the rule {@code suggestion.answer-categories}, the text, its promises. */
    public record Answer(String category, String text, List<Promise> promises, String letterName, byte[] letter) {
    }

    @Transactional
    public void recordContact(long id, LocalDate date, String way, String content) {
        var a = support.asker();
        Suggestion s = support.handled(id, a);
        // The way is a code of the rule, so that 面商率 counts the ways flagged face-to-face, not a word typed in.
        if (way == null || rules.codes(SuggestionQueries.CONTACT_WAYS).stream().noneMatch(c -> c.code().equals(way))) {
            throw new DomainException("请选择联系方式");
        }
        SuggestionSupport.requireText(content, "请填写沟通内容");
        if (date == null || date.isAfter(support.today())) {
            throw new DomainException("联系日期不能为空，也不能晚于今天");
        }
        s.recordContact(orgUnits.get(a.orgUnitId()), date, way, rules.label(SuggestionQueries.CONTACT_WAYS, way), content.trim(),
                support.now(), a.name());
    }

    @Transactional
    public void giveCoUnitOpinion(long id, String opinion) {
        var a = support.asker();
        Suggestion s = support.handled(id, a);
        SuggestionSupport.requireText(opinion, "请填写协办意见");
        s.giveCoUnitOpinion(a.orgUnitId(), opinion.trim(), support.now(), a.name());
    }

    @Transactional
    public void answer(long id, Answer answer) {
        var a = support.asker();
        Suggestion s = support.handled(id, a);
        support.access().requireLeadUnit(a, s, "答复由主办单位办理；协办单位请向主办单位提出协办意见");
        if (rules.codes("suggestion.answer-categories").stream().noneMatch(c -> c.code().equals(answer.category()))) {
            throw new DomainException("请选择答复类别");
        }
        SuggestionSupport.requireText(answer.text(), "请填写答复内容");
        LocalDate today = support.today();
        for (Promise p : answer.promises()) {
            if (p.dueOn() == null || p.dueOn().isBefore(today)) {
                throw new DomainException("承诺事项“" + p.content() + "”须填写今天以后的完成日期");
            }
        }
        s.answer(answer.category(), answer.text().trim(), answer.promises(), support.now(), today, a.name());
        if (answer.letter() != null && answer.letter().length > 0) {
            attachments.store(SuggestionSupport.ANSWER_ATTACHMENT_OWNER, id, answer.letterName(), answer.letter());
        }
        support.publish(new SuggestionEvents.Answered(id, s.getTitle(), s.getLeadDeputy().getUserAccountId(), s.getLeadUnit().getName()));
    }

    @Transactional
    public void fulfilCommitment(long id, long commitmentId, String note) {
        var a = support.asker();
        Suggestion s = support.handled(id, a);
        support.access().requireLeadUnit(a, s, "承诺落实情况由主办单位登记");
        s.fulfilCommitment(commitmentId, note, support.today(), support.now(), a.name());
    }
}
