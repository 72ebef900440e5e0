package cn.congress.deputies.suggestion;

import cn.congress.domain.rules.CodeLabel;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.DomainException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of handling: the lead deputy's evaluation, the staff's decision after dissatisfaction, and publication
 * of the answer. Which evaluation option means "dissatisfied" is a flag of the rule value, not its position.
 */
@Service
@RequiredArgsConstructor
public class SuggestionEvaluation {

    private final SuggestionSupport support;
    private final Rules rules;

    @Transactional
    public void evaluate(long id, String satisfaction, String comment) {
        var a = support.asker();
        Suggestion s = support.visible(id, a);
        support.access().requireAuthor(a, s, "只有领衔代表可以评价办理结果");
        CodeLabel chosen = rules.codes("suggestion.satisfaction-options").stream().filter(o -> o.code().equals(satisfaction)).findFirst()
                .orElseThrow(() -> new DomainException("请选择评价意见"));
        boolean dissatisfied = chosen.has(CodeLabel.DISSATISFIED);
        if (dissatisfied && (comment == null || comment.isBlank())) {
            throw new DomainException("不满意的，请写明理由，以便再次办理");
        }
        s.evaluate(chosen.code(), chosen.label(), dissatisfied, SuggestionSupport.trimmed(comment),
                rules.integer("suggestion.max-rounds"), support.today(), support.now(), a.name());
        if (s.getStatus() == SuggestionStatus.DISSATISFIED) {
            support.publish(new SuggestionEvents.Dissatisfied(id, s.getTitle(), s.getAssignedByAccount(), comment.trim()));
        }
    }

    /** After 不满意 staff decide: another round for the lead unit, or an explanation and no further round. */
    @Transactional
    public void decideDissatisfaction(long id, boolean rehandle, String note) {
        var a = staff();
        Suggestion s = support.visible(id, a);
        if (rehandle) {
            String complaint = s.currentRound().getEvaluation();
            s.rehandle(support.today().plusMonths(rules.integer("suggestion.rehandling-months")), SuggestionSupport.trimmed(note),
                    support.now(), a.name());
            support.publish(new SuggestionEvents.Rehandling(id, s.getTitle(), s.getLeadUnit().getId(), complaint, s.getDueOn()));
        } else {
            SuggestionSupport.requireText(note, "不再办理的，请向代表说明情况");
            s.concludeDespiteDissatisfaction(note.trim(), support.today(), support.now(), a.name());
            support.publish(new SuggestionEvents.ConcludedDespiteDissatisfaction(id, s.getTitle(), s.getLeadDeputy().getUserAccountId(),
                    note.trim()));
        }
    }

    @Transactional
    public void publish(long id, boolean publish) {
        var a = staff();
        support.visible(id, a).publish(publish, support.now(), a.name());
    }

    private SuggestionAccess.Asker staff() {
        var a = support.asker();
        support.access().requireStaff(a);
        return a;
    }
}
