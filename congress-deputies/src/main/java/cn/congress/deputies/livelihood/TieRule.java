package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.Labeled;

/** Rule {@code livelihood.tie-rule}: what happens when the last places are tied among more projects than places. */
public enum TieRule implements Labeled {
    /** 在得票相同的项目中再次表决. */
    REVOTE,
    /** 得票相同的项目一并确定. */
    INCLUDE_ALL;

    static TieRule parse(String value) {
        try {
            return valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new DomainException("规则“民生实事票决得票相同处理”的取值须为 REVOTE 或 INCLUDE_ALL，请管理员修正");
        }
    }
}
