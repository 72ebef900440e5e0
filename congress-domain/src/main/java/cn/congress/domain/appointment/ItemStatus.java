package cn.congress.domain.appointment;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person-item of a motion (domain guide §6.5): proposed, then not put to the vote by the council of chairpersons,
 * adopted or rejected by its own vote, or withdrawn; an adopted item is announced (公告), an adopted appointment then
 * sworn in (宪法宣誓) and given its appointment letter (任命书).
 */
public enum ItemStatus implements Labeled {
    PROPOSED, NOT_VOTED, ADOPTED, REJECTED, WITHDRAWN, PUBLISHED, SWORN_IN, CERTIFICATE_ISSUED;

    /** The states an item of this action may move to from this one: the transitions, stated once. */
    public Set<ItemStatus> next(AppointmentAction action) {
        return switch (this) {
            case PROPOSED -> EnumSet.of(NOT_VOTED, ADOPTED, REJECTED, WITHDRAWN);
            case ADOPTED -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> action.requiresOath() ? EnumSet.of(SWORN_IN) : EnumSet.noneOf(ItemStatus.class);
            case SWORN_IN -> EnumSet.of(CERTIFICATE_ISSUED);
            default -> EnumSet.noneOf(ItemStatus.class);
        };
    }

    /** Adopted by the vote, whatever happened after. */
    public boolean isAdopted() {
        return this == ADOPTED || this == PUBLISHED || this == SWORN_IN || this == CERTIFICATE_ISSUED;
    }
}
