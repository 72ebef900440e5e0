package cn.congress.deputies.reception;

import cn.congress.domain.shared.Labeled;

/** Where an opinion stands. */
public enum OpinionStatus implements Labeled {
    RECEIVED, SETTLED, TRANSFERRED, ANSWERED, SUGGESTED, CLOSED
}
