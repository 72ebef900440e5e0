package cn.congress.deputies.suggestion;

import cn.congress.domain.docno.DocumentNumbers;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.DomainException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff's review of what deputies filed: register, return, merge, or handle as a motion. */
@Service
@RequiredArgsConstructor
public class SuggestionReview {

    /** The yearly sequence of registration numbers (登记号), kept by {@link DocumentNumbers}. */
    static final String REGISTRATION_COUNTER = "建议登记";

    private final SuggestionSupport support;
    private final DocumentNumbers documentNumbers;
    private final Rules rules;

    @Transactional
    public void accept(long id) {
        var a = staff();
        support.visible(id, a).accept(nextRegistrationNumber(), support.now(), a.name());
    }

    @Transactional
    public void returnToDeputy(long id, String reason) {
        var a = staff();
        SuggestionSupport.requireText(reason, "请填写退回理由");
        support.visible(id, a).returnToDeputy(reason.trim(), support.now(), a.name());
    }

    @Transactional
    public void merge(long id, Long targetId) {
        var a = staff();
        if (targetId == null) {
            throw new DomainException("请填写要并入的建议编号");
        }
        Suggestion target = support.visible(targetId, a);
        support.visible(id, a).mergeInto(target, support.now(), a.name());
    }

    @Transactional
    public void markAsMotion(long id, String remark) {
        var a = staff();
        support.visible(id, a).markAsMotion(support.now(), a.name(), SuggestionSupport.trimmed(remark));
    }

    @Transactional
    public void listAsMotion(long id) {
        var a = staff();
        support.visible(id, a).listAsMotion(rules.integer("motion.min-deputies"), support.now(), a.name());
    }

    @Transactional
    public void convertToSuggestion(long id, String remark) {
        var a = staff();
        support.visible(id, a).convertToSuggestion(nextRegistrationNumber(), support.now(), a.name(), SuggestionSupport.trimmed(remark));
    }

    private SuggestionAccess.Asker staff() {
        var a = support.asker();
        support.access().requireStaff(a);
        return a;
    }

    /** 登记号, gap-free per year: 2026年第12号. */
    private String nextRegistrationNumber() {
        int year = support.today().getYear();
        return year + "年第" + documentNumbers.nextInSequence(REGISTRATION_COUNTER, year) + "号";
    }
}
