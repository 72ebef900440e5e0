package cn.congress.legislation.filing;

import cn.congress.domain.shared.Labeled;

/** 合法 / 存在问题. */
public enum FilingFinding implements Labeled { LAWFUL, PROBLEM }
