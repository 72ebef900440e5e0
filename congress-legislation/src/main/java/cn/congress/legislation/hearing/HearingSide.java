package cn.congress.legislation.hearing;

import cn.congress.domain.shared.Labeled;

/** The side a hearing participant spoke for. */
public enum HearingSide implements Labeled {
    FOR, AGAINST, NEUTRAL
}
