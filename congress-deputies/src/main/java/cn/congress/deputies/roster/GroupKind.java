package cn.congress.deputies.roster;

import cn.congress.domain.shared.Labeled;

/** 代表小组 by region, or 专业代表小组 by field (代表法第二十七条). */
public enum GroupKind implements Labeled {
    REGIONAL,
    PROFESSIONAL
}
