package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.Labeled;

/** 建议 (suggestion, criticism and opinion) or 议案 (motion, needing the rule's number of joint deputies). */
public enum SuggestionKind implements Labeled {
    SUGGESTION, MOTION
}
