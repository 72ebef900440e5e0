package cn.congress.legislation.compare;

import cn.congress.domain.shared.Labeled;

/** How an article of the new text relates to the old text. */
public enum RowKind implements Labeled {
    /** 未修改. */
    SAME,
    /** 修改. */
    CHANGED,
    /** 新增. */
    ADDED,
    /** 删除. */
    DELETED;

    /** An article only in one of the texts (its renumbering says nothing). */
    public boolean isOneSided() {
        return this == ADDED || this == DELETED;
    }
}
