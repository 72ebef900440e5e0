package cn.congress.legislation.filing;

import cn.congress.domain.shared.Labeled;

/** 已接收 / 审查中 / 发现问题 / 已提出纠正意见 / 已答复 / 已办结. */
public enum FilingStatus implements Labeled {
    RECEIVED, UNDER_REVIEW, PROBLEM_FOUND, CORRECTION_REQUESTED, ANSWERED, CLOSED;
}
