package cn.congress.legislation.bill;

import cn.congress.domain.shared.Labeled;

/** 起草说明, 专门委员会审议意见, 修改情况的报告, 审议结果的报告, 表决前评估, 参阅资料, 其他. */
public enum DocumentType implements Labeled {
    DRAFT_EXPLANATION, COMMITTEE_OPINION, REVISION_STATUS_REPORT, REVIEW_RESULT_REPORT, PRE_VOTE_ASSESSMENT, REFERENCE_MATERIAL, OTHER
}
