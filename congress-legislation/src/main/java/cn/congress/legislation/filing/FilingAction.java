package cn.congress.legislation.filing;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/** What staff may do with a filing on its page, and from which states (the same states the transitions accept). */
enum FilingAction implements Labeled {
    /** 确定审查人. */
    ASSIGN(EnumSet.of(FilingStatus.RECEIVED)),
    /** 审查合法 / 存在问题. */
    REVIEW(EnumSet.of(FilingStatus.UNDER_REVIEW)),
    /** 提出纠正意见, or 沟通后办结. */
    REQUEST_CORRECTION(EnumSet.of(FilingStatus.PROBLEM_FOUND)),
    /** 登记答复. */
    RECORD_ANSWER(EnumSet.of(FilingStatus.CORRECTION_REQUESTED)),
    /** 办结 after the answer. */
    CLOSE(EnumSet.of(FilingStatus.ANSWERED));

    private final Set<FilingStatus> from;

    FilingAction(Set<FilingStatus> from) {
        this.from = from;
    }

    static Set<FilingAction> from(FilingStatus status) {
        Set<FilingAction> actions = EnumSet.noneOf(FilingAction.class);
        for (FilingAction a : values()) {
            if (a.from.contains(status)) {
                actions.add(a);
            }
        }
        return actions;
    }
}
