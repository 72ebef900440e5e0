package cn.congress.domain.appointment;

import cn.congress.domain.shared.Labeled;

/** What an item does to a person's post: 任命, 免职, 辞职 (接受辞职), 撤职. */
public enum AppointmentAction implements Labeled {
    APPOINT,
    REMOVE,
    RESIGN,
    DISMISS;

    /** Adopted, the action ends the person's holding of the post. */
    public boolean endsHolding() {
        return this != APPOINT;
    }

    /** An adopted appointment is followed by the constitutional oath and the appointment letter; a removal is not. */
    public boolean requiresOath() {
        return this == APPOINT;
    }
}
