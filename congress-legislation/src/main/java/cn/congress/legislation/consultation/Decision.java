package cn.congress.legislation.consultation;

import cn.congress.domain.shared.Labeled;

/** How an opinion was handled (采纳/部分采纳/未采纳/不属于本法规). */
public enum Decision implements Labeled {
    ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED, OUT_OF_SCOPE;

    public boolean adopted() {
        return this == ADOPTED || this == PARTLY_ADOPTED;
    }
}
