package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.Labeled;

/** Rule {@code livelihood.shortfall-rule}: what happens when fewer projects pass than there are places. */
public enum ShortfallRule implements Labeled {
    /** 以通过的项目为准，不再补足. */
    LEAVE_VACANT,
    /** 在未通过的候选项目中再次表决补足（只补一次）. */
    REVOTE;

    static ShortfallRule parse(String value) {
        try {
            return valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new DomainException("规则“民生实事通过项目不足处理”的取值须为 LEAVE_VACANT 或 REVOTE，请管理员修正");
        }
    }
}
