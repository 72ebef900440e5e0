package cn.congress.domain.member;

import cn.congress.domain.shared.Labeled;

/** A standing-committee member's position (常委会组成人员). */
public enum ScPosition implements Labeled {
    /** 主任. */
    CHAIR,
    /** 副主任. */
    VICE_CHAIR,
    /** 秘书长. */
    SECRETARY_GENERAL,
    /** 委员. */
    MEMBER;

    /** Sits on the council of chairpersons (主任会议): 主任、副主任、秘书长 (地方组织法第五十四条). */
    public boolean onChairpersonsCouncil() {
        return this != MEMBER;
    }
}
