package cn.congress.deputies.roster;

import cn.congress.domain.shared.Labeled;

/** A deputy's standing (代表法第六十一、六十二条). */
public enum DeputyStatus implements Labeled {
    /** 在任. */
    SERVING,
    /** 暂停执行代表职务. */
    SUSPENDED,
    /** 代表资格终止. */
    TERMINATED
}
