package cn.congress.domain.appointment;

import cn.congress.domain.shared.Labeled;

/** A person-item of a motion: proposed, then adopted or rejected by its own vote, or withdrawn. */
public enum ItemStatus implements Labeled {
    PROPOSED, ADOPTED, REJECTED, WITHDRAWN
}
