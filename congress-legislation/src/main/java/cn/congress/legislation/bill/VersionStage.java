package cn.congress.legislation.bill;

import cn.congress.domain.shared.Labeled;

/** The stage a text version belongs to, in order: 征求意见稿, 一审稿, 二审稿, 三审稿, 表决稿, 公布文本. */
public enum VersionStage implements Labeled {
    CONSULTATION, FIRST_READING, SECOND_READING, THIRD_READING, VOTING, PROMULGATED
}
