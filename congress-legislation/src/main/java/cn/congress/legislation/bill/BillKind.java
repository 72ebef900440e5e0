package cn.congress.legislation.bill;

import cn.congress.domain.shared.Labeled;

/** 制定 / 修正 / 修订 / 废止. */
public enum BillKind implements Labeled { NEW, AMENDMENT, REVISION, REPEAL }
