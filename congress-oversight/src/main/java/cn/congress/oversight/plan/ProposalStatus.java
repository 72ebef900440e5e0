package cn.congress.oversight.plan;

import cn.congress.domain.shared.Labeled;

/** 待筛选, 采纳 (became a topic), 未采纳 (with reasons), 不予受理 (a public proposal that fails moderation). */
public enum ProposalStatus implements Labeled {
    PENDING, ADOPTED, NOT_ADOPTED, REJECTED
}
