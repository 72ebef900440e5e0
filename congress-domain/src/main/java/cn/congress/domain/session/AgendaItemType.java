package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;

/** What an agenda item is about; it may point at a record of another module by type and id. */
public enum AgendaItemType implements Labeled {
    /** 审议法规案. */
    BILL_READING,
    /** 听取和审议工作报告. */
    WORK_REPORT,
    /** 人事任免. */
    APPOINTMENT,
    /** 决定、决议. */
    RESOLUTION,
    /** 专题询问. */
    SPECIAL_INQUIRY,
    /** 民生实事项目票决. */
    LIVELIHOOD_VOTE,
    /** 其他. */
    OTHER
}
