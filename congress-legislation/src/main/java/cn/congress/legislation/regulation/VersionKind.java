package cn.congress.legislation.regulation;

import cn.congress.domain.shared.Labeled;

/** 制定 / 修正 / 修订 / 废止. */
public enum VersionKind implements Labeled {
    ENACTED, AMENDED, REVISED, REPEALED;

    /** The repeal decision: a version without a text in force. */
    public boolean isRepeal() {
        return this == REPEALED;
    }
}
