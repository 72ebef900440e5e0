package cn.congress.legislation.hearing;

import cn.congress.domain.shared.Labeled;

/** 听证会 when interests are sharply divided, 论证会 for technical questions. */
public enum HearingKind implements Labeled {
    HEARING, DEMONSTRATION
}
