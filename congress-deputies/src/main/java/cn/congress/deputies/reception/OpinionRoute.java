package cn.congress.deputies.reception;

import cn.congress.domain.shared.Labeled;

/** The way an opinion was handled (the analysis groups by it). */
public enum OpinionRoute implements Labeled {
    /** 当场解答或就地解决. */
    SETTLED,
    /** 转交有关机关办理. */
    TRANSFERRED,
    /** 转为代表建议. */
    SUGGESTION
}
