package cn.congress.legislation.regulation;

import cn.congress.domain.shared.Labeled;

/** 制定 / 修正 / 修订 / 废止. */
public enum VersionKind implements Labeled { ENACTED, AMENDED, REVISED, REPEALED }
