package cn.congress.deputies.station;

import cn.congress.domain.shared.Labeled;

/** What a resident says when called back (回访) about how an opinion or a case was handled. */
public enum ResidentSatisfaction implements Labeled {
    SATISFIED,
    BASICALLY,
    DISSATISFIED
}
